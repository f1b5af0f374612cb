import { beforeEach, describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../src/lib/domain/protocol';
import { connectAs, createMeeting, serverPerTest, type TestClient, type TestServer } from './harness';

/** Resolves with the next presence list that satisfies `test`. */
function nextPresence(socket: TestClient, test: (list: PresenceEntry[]) => boolean): Promise<PresenceEntry[]> {
	return new Promise((resolve) => {
		const listener = (list: PresenceEntry[]) => {
			if (!test(list)) return;
			socket.off('presence', listener);
			resolve(list);
		};
		socket.on('presence', listener);
	});
}

describe('presence of editors', () => {
	const fixture = serverPerTest();
	const { sockets } = fixture;
	let server: TestServer;
	let meetingId: string;

	beforeEach(async () => {
		server = fixture.server;
		meetingId = await createMeeting(server.app);
	});

	it('[N15] a secretary sees which opinion another secretary is editing, and when they leave; the projector is not told', async () => {
		const a = (await connectAs(server, meetingId, 'secretary')).socket;
		const b = (await connectAs(server, meetingId, 'secretary')).socket;
		const chair = (await connectAs(server, meetingId, 'chair')).socket;
		const projector = (await connectAs(server, meetingId, 'projector')).socket;
		sockets.push(a, b, chair, projector);
		let projectorTold = false;
		projector.on('presence', () => (projectorTold = true));

		const seenByB = nextPresence(b, (list) => list.some((e) => e.name === 'Lan' && e.target === 'opinion:op-1'));
		const seenByChair = nextPresence(chair, (list) => list.some((e) => e.name === 'Lan'));
		a.emit('presence', { name: 'Lan', target: 'opinion:op-1' });
		expect((await seenByB).find((e) => e.name === 'Lan')).toMatchObject({ role: 'secretary', target: 'opinion:op-1' });
		await seenByChair;

		// Garbage is ignored, not echoed.
		a.emit('presence', { name: 42, target: {} } as never);
		const gone = nextPresence(b, (list) => !list.some((e) => e.name === 'Lan'));
		a.close();
		await gone;
		expect(projectorTold).toBe(false);
	});
});
