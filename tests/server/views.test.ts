/** Per-screen views over the real socket.io server: a phone holds its own record and counts only. */
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/lib/domain/events';
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
});
