/** Per-screen views over the real socket.io server: a phone holds its own record and counts only. */
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/lib/domain/events';
import { snapshotFor } from '../../src/lib/server/access';
import { encodedSnapshot } from '../../src/lib/server/views';
import { connectAs, createPlannedMeeting, send, serverPerTest, type TestClient } from './harness';

const nextEvents = (socket: TestClient) => new Promise<StoredEvent[]>((resolve) => socket.once('events', resolve));

describe('per-screen views', () => {
	const fixture = serverPerTest();
	const { sockets } = fixture;

	it('[V7] a phone gets its own record and the counts; another\'s check-in arrives blank with the same seq, its own in full', async () => {
		const { server } = fixture;
		const meetingId = await createPlannedMeeting(server.app, {
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			delegates: [
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', category: 'Đại biểu Nhân dân', phone: '0912345678' },
				{ salutation: 'Ông', fullName: 'Lê Văn An', category: 'Đại biểu Nhân dân', phone: '0987654321' }
			]
		});
		const [binh, an] = server.app.meeting(meetingId)!.state.delegates;

		const binhPhone = await connectAs(server, meetingId, 'delegate', binh.token);
		const anPhone = await connectAs(server, meetingId, 'delegate', an.token);
		const projector = await connectAs(server, meetingId, 'projector');
		sockets.push(binhPhone.socket, anPhone.socket, projector.socket);
		expect(binhPhone.snapshot.state.delegates.map((d) => d.fullName)).toEqual(['Trần Thị Bình']);
		expect(binhPhone.snapshot.state.headcount).toMatchObject({ onList: 2, present: 0 });
		expect(projector.snapshot.state.delegates).toEqual([]);
		const binhText = JSON.stringify(binhPhone.snapshot);
		for (const secret of [an.id, 'Lê Văn An', '0987654321', an.token]) expect(binhText).not.toContain(secret);

		const [binhSees, anSees, projectorSees] = [nextEvents(binhPhone.socket), nextEvents(anPhone.socket), nextEvents(projector.socket)];
		const ack = await send(anPhone.socket, 'checkin.self');
		expect(ack.ok).toBe(true);
		const [forBinh, forAn, forProjector] = await Promise.all([binhSees, anSees, projectorSees]);
		expect(forBinh).toEqual([expect.objectContaining({ type: 'view.hidden', seq: ack.ok ? ack.seq : -1, headcount: expect.objectContaining({ present: 1 }) })]);
		expect(JSON.stringify(forBinh)).not.toContain(an.id);
		expect(forAn).toEqual([expect.objectContaining({ type: 'checkin.recorded', data: { delegateId: an.id, via: 'self' } })]);
		expect(forProjector[0]).toMatchObject({ type: 'view.hidden', headcount: { present: 1 } });
	});

	it('[V10] the snapshot encoded once per role and seq is the projection itself, for every role and each phone', async () => {
		const { server } = fixture;
		const meetingId = await createPlannedMeeting(server.app, {
			categories: [{ name: 'Đại biểu Nhân dân', expected: 2 }],
			delegates: [
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', category: 'Đại biểu Nhân dân', phone: '0912345678' },
				{ salutation: 'Ông', fullName: 'Lê Văn An', category: 'Đại biểu Nhân dân', phone: '0987654321' }
			]
		});
		const live = server.app.meeting(meetingId)!;
		const [binh, an] = live.state.delegates;
		const { socket, snapshot } = await connectAs(server, meetingId, 'delegate', an.token);
		sockets.push(socket);
		expect(await send(socket, 'checkin.self')).toMatchObject({ ok: true });

		type ViewRole = 'admin' | 'chair' | 'secretary' | 'desk' | 'projector' | 'delegate';
		const decoded = (role: ViewRole, id?: string) => {
			const { serverTime, ...rest } = JSON.parse(encodedSnapshot(live, role, id).json);
			expect(serverTime).toBeGreaterThan(0);
			return rest;
		};
		const expected = (role: ViewRole, id?: string) => {
			const { serverTime: _time, ...rest } = snapshotFor(live, role, id);
			return JSON.parse(JSON.stringify(rest));
		};
		for (const role of ['admin', 'chair', 'secretary', 'desk', 'projector'] as const) expect(decoded(role)).toEqual(expected(role));
		for (const d of [binh, an]) expect(decoded('delegate', d.id)).toEqual(expected('delegate', d.id));
		// The shared part is cached; one phone's own part never reaches another.
		expect(decoded('delegate', binh.id).state.delegates.map((d: { fullName: string }) => d.fullName)).toEqual(['Trần Thị Bình']);
		expect(JSON.stringify(decoded('delegate', binh.id))).not.toContain(an.id);
		// What the socket delivered (through the realtime encoder) decodes to the same projection.
		expect(snapshot.state.delegates.map((d) => d.fullName)).toEqual(['Lê Văn An']);
		const resynced = await new Promise<typeof snapshot>((resolve) => socket.emit('resync', resolve));
		const { serverTime: _r, ...again } = resynced;
		expect(again).toEqual(expected('delegate', an.id));
	});
});
