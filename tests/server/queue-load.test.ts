import { describe, expect, it } from 'vitest';
import { apply } from '../../src/lib/domain/apply';
import { lastSeq, type StoredEvent } from '../../src/lib/domain/events';
import type { CommandAck } from '../../src/lib/domain/protocol';
import type { LiveMeeting } from '../../src/lib/domain/queue/live';
import { connectAs, createPlannedMeeting, numberedDelegates, send, serverPerTest, type TestClient, type TestServer } from './harness';

const PHONES = 300;

/** A delegate's phone, folding the broadcast events with the shared reducer as the browser does. */
async function connectPhone(server: TestServer, meetingId: string, token: string): Promise<{ socket: TestClient; view: () => LiveMeeting; seq: () => number }> {
	const { socket, snapshot } = await connectAs(server, meetingId, 'delegate', token);
	let state = snapshot.state;
	let seq = snapshot.seq;
	socket.on('events', (events: StoredEvent[]) => {
		for (const e of events) {
			if (e.seq !== seq + 1) throw new Error(`gap: ${seq} → ${e.seq}`);
			state = apply(state, e);
			seq = lastSeq(e);
		}
	});
	return { socket, view: () => state as LiveMeeting, seq: () => seq };
}

describe('the queue under load', () => {
	const fixture = serverPerTest();
	const { sockets } = fixture;

	it('[Q19] 300 phones ask to speak at once: one place each, unique positions, every phone agrees with the chair and the file', async () => {
		let server = fixture.server;
		const meetingId = await createPlannedMeeting(server.app, {
			agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại', type: 'dialogue' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: PHONES }],
			delegates: numberedDelegates(PHONES, 'Đại biểu Nhân dân')
		});
		const delegates = server.app.meeting(meetingId)!.state.delegates;
		await Promise.all(delegates.map((d, i) => server.app.execute(meetingId, { id: `checkin-${i}`, type: 'checkin.desk', payload: { delegateId: d.id } }, { role: 'desk' })));
		const chair = await connectAs(server, meetingId, 'chair');
		sockets.push(chair.socket);
		expect((await send(chair.socket, 'meeting.start')).ok).toBe(true);

		const phones = await Promise.all(delegates.map((d) => connectPhone(server, meetingId, d.token)));
		sockets.push(...phones.map((p) => p.socket));
		let chairState = chair.snapshot.state;
		chair.socket.on('events', (events) => events.forEach((e) => (chairState = apply(chairState, e))));

		// All at once; every tenth phone also resends its command (a Wi-Fi hiccup): still one place.
		const acks: CommandAck[][] = await Promise.all(
			phones.map(({ socket }, i) => {
				const payload = { fieldId: 'field-1', statement: `Kiến nghị số ${i + 1}` };
				const tries = i % 10 === 0 ? 2 : 1;
				return Promise.all(Array.from({ length: tries }, () => send(socket, 'request.submit', payload, `speak-request-${i}`)));
			})
		);
		expect(acks.flat().filter((a) => !a.ok)).toEqual([]);
		expect(acks.flat()).toHaveLength(PHONES + PHONES / 10);
		// A resent command gets the first one's answer: the same place in the log.
		expect(acks.filter((a) => a.length === 2 && (a[0] as { seq: number }).seq !== (a[1] as { seq: number }).seq)).toEqual([]);

		const server_ = server.app.meeting(meetingId)!.state as LiveMeeting;
		expect(server_.queue.requests).toHaveLength(PHONES);
		expect(new Set(server_.queue.order).size).toBe(PHONES);
		const owners = server_.queue.order.map((id) => server_.queue.requests.find((r) => r.id === id)!.who);
		expect(new Set(owners.map((w) => (w.kind === 'delegate' ? w.delegateId : '')))).toEqual(new Set(delegates.map((d) => d.id)));

		// Every phone's folded view and the chair's are the server's order, so each phone's position is its own.
		// Wait until every phone has folded the server's last event (broadcasts trail the acks).
		const last = server.app.meeting(meetingId)!.seq;
		await expect.poll(() => phones.filter((p) => p.seq() < last).length, { timeout: 10_000 }).toBe(0);
		expect((chairState as LiveMeeting).queue.order).toEqual(server_.queue.order);
		const positions = phones.map(({ view }, i) => {
			expect(view().queue.order).toEqual(server_.queue.order);
			const mine = view().queue.requests.find((r) => r.who.kind === 'delegate' && r.who.delegateId === delegates[i].id)!;
			return view().queue.order.indexOf(mine.id) + 1;
		});
		expect(new Set(positions).size).toBe(PHONES);
		expect(Math.min(...positions)).toBe(1);

		// A second request from a phone is refused: one waiting request per person.
		const again = await send(phones[7].socket, 'request.submit', { fieldId: 'field-1', statement: 'again' });
		expect(again.ok ? 'ok' : again.error.code).toBe('already_waiting');

		server = await fixture.restart();
		expect((server.app.meeting(meetingId)!.state as LiveMeeting).queue.order).toEqual(server_.queue.order);
	}, 90_000);
});
