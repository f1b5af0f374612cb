/** Per-screen views over the real socket.io server: a phone holds its own record and counts only. */
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { StoredEvent } from '../../src/lib/domain/events';
import type { Snapshot } from '../../src/lib/domain/protocol';
import { roleCookieName } from '../../src/lib/server/auth';
import { connectAs, makeDataDir, removeDataDir, sampleBasics, send, startServer, type TestClient, type TestServer } from './harness';

function phone(server: TestServer, meetingId: string, token: string): Promise<{ socket: TestClient; snapshot: Snapshot }> {
	const socket: TestClient = connect(server.url, {
		auth: { meetingId, role: 'delegate' },
		extraHeaders: { cookie: `${roleCookieName(meetingId, 'delegate')}=${token}` },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true
	});
	return new Promise((resolve, reject) => {
		socket.once('snapshot', (snapshot) => resolve({ socket, snapshot }));
		socket.once('connect_error', reject);
	});
}

const nextEvents = (socket: TestClient) => new Promise<StoredEvent[]>((resolve) => socket.once('events', resolve));

describe('per-screen views', () => {
	let server: TestServer;
	const sockets: TestClient[] = [];
	afterEach(async () => {
		sockets.splice(0).forEach((s) => s.close());
		await server.stop();
		await removeDataDir(server.dataDir);
	});

	it('[V7] a phone gets its own record and the counts; another\'s check-in arrives blank with the same seq, its own in full', async () => {
		server = await startServer(await makeDataDir());
		const doc = {
			basics: sampleBasics,
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			delegates: [
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', category: 'Đại biểu Nhân dân', phone: '0912345678' },
				{ salutation: 'Ông', fullName: 'Lê Văn An', category: 'Đại biểu Nhân dân', phone: '0987654321' }
			]
		};
		const created = await server.app.execute(null, { id: 'create-views-meeting', type: 'meeting.create', payload: doc }, { role: 'admin' });
		const meetingId = created.ok ? created.meetingId! : '';
		const [binh, an] = server.app.meeting(meetingId)!.state.delegates;

		const binhPhone = await phone(server, meetingId, binh.token);
		const anPhone = await phone(server, meetingId, an.token);
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
