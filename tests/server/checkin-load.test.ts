import { describe, expect, it } from 'vitest';
import type { CommandAck } from '../../src/lib/domain/protocol';
import { connectAs, createPlannedMeeting, numberedDelegates, send, serverPerTest } from './harness';

const DELEGATES = 400;
const CLIENTS = 100;

describe('check-in under load', () => {
	const fixture = serverPerTest();
	const { sockets } = fixture;

	it('[C8] 520 scans from 100 desk clients at once: 400 present, every ack says what happened, the file agrees', async () => {
		let server = fixture.server;
		const meetingId = await createPlannedMeeting(server.app, {
			categories: [{ name: 'Đại biểu Nhân dân', expected: DELEGATES }],
			delegates: numberedDelegates(DELEGATES, 'Đại biểu Nhân dân')
		});
		const tokens = server.app.meeting(meetingId)!.state.delegates.map((d) => d.token);

		// 400 first scans, 50 network retries (same command id), 50 re-scans (new id), 20 bad codes.
		type Attempt = { id: string; code: string; expect: 'ok' | 'retry' | 'already_checked_in' | 'unknown_token' };
		const attempts: Attempt[] = tokens.map((token, i) => ({ id: `first-scan-${i}`, code: `http://hall.local:3000/i/${token}`, expect: 'ok' }));
		for (let i = 0; i < 50; i++) attempts.push({ ...attempts[i * 3], expect: 'retry' });
		for (let i = 0; i < 50; i++) attempts.push({ id: `repeat-scan-${i}`, code: tokens[i * 7], expect: 'already_checked_in' });
		for (let i = 0; i < 20; i++) attempts.push({ id: `bad-code-${i}`, code: `http://hall.local:3000/i/forged${i}xxxxxxxxxxxxxx`, expect: 'unknown_token' });

		const clients = await Promise.all(Array.from({ length: CLIENTS }, () => connectAs(server, meetingId, 'desk')));
		sockets.push(...clients.map((c) => c.socket));
		// First scans go first on every client; repeats follow, like people queuing at several doors.
		const order = [...attempts.filter((a) => a.expect === 'ok'), ...attempts.filter((a) => a.expect !== 'ok')];
		const acks: { attempt: Attempt; ack: CommandAck }[] = [];
		await Promise.all(
			clients.map(async ({ socket }, c) => {
				for (let i = c; i < order.length; i += CLIENTS) {
					const attempt = order[i];
					acks.push({ attempt, ack: await send(socket, 'checkin.scan', { code: attempt.code }, attempt.id) });
				}
			})
		);

		expect(acks).toHaveLength(520);
		const outcome = ({ ack }: { ack: CommandAck }) => (ack.ok ? (ack.duplicate ? 'retry' : 'ok') : ack.error.code);
		const mismatches = acks.filter((a) => outcome(a) !== a.attempt.expect && !(a.attempt.expect === 'retry' && outcome(a) === 'ok'));
		expect(mismatches.map((m) => [m.attempt.id, outcome(m)])).toEqual([]);
		const counts = acks.reduce<Record<string, number>>((n, a) => ((n[a.attempt.expect] = (n[a.attempt.expect] ?? 0) + 1), n), {});
		expect(counts).toEqual({ ok: 400, retry: 50, already_checked_in: 50, unknown_token: 20 });
		expect(acks.filter((a) => !a.ack.ok && a.ack.error.code === 'already_checked_in').every((a) => !a.ack.ok && /^Đã điểm danh lúc \d\d:\d\d/.test(a.ack.error.message))).toBe(true);
		expect(Object.keys(server.app.meeting(meetingId)!.state.attendance)).toHaveLength(DELEGATES);

		server = await fixture.restart();
		const after = server.app.meeting(meetingId)!.state;
		expect(Object.keys(after.attendance)).toHaveLength(DELEGATES);
		expect(new Set(Object.values(after.attendance).map((c) => c.via))).toEqual(new Set(['scan']));
	}, 60_000);
});
