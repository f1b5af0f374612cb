import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/lib/domain/events';
import type { MeetingRecord } from '../../src/lib/server/store/types';
import { connectAs, createMeeting, send, serverPerTest, type TestServer } from './harness';

const readRecord = (dataDir: string, meetingId: string): MeetingRecord =>
	JSON.parse(readFileSync(join(dataDir, 'meetings', `${meetingId}.json`), 'utf8'));

describe('realtime server', () => {
	const fixture = serverPerTest();
	const { track } = fixture;
	let dataDir: string;
	let server: TestServer;
	let meetingId: string;

	beforeEach(async () => {
		server = fixture.server;
		dataDir = server.dataDir;
		meetingId = await createMeeting(server.app);
	});

	it('[S1] acks only after the event is in the file', async () => {
		const { socket } = track(await connectAs(server, meetingId, 'chair'));
		const ack = await send(socket, 'meeting.start', {}, 'start-command-1');
		expect(ack).toMatchObject({ ok: true, seq: 3 });
		// Read synchronously the moment the ack arrives: the write must already be on disk.
		const record = readRecord(dataDir, meetingId);
		expect(record.events.filter((e) => e.commandId === 'start-command-1').map((e) => e.type)).toEqual(['meeting.started', 'agenda.currentSet']);
	});

	it('[S2] the projector receives the chair’s events in seq order', async () => {
		const chair = track(await connectAs(server, meetingId, 'chair'));
		const projector = track(await connectAs(server, meetingId, 'projector'));
		expect(projector.snapshot.state.status).toBe('planned');
		const received: StoredEvent[] = [];
		projector.socket.on('events', (events) => received.push(...events));
		await send(chair.socket, 'meeting.start');
		const second = chair.snapshot.state.agenda[1].id;
		await send(chair.socket, 'agenda.setCurrent', { itemId: second });
		await expect.poll(() => received.length).toBe(3);
		expect(received.map((e) => e.seq)).toEqual([2, 3, 4]);
		expect(received.at(-1)).toMatchObject({ type: 'agenda.currentSet', data: { itemId: second }, actor: { role: 'chair' } });
	});

	it('[S3] a projector token cannot send chair commands; nothing is written', async () => {
		const { socket } = track(await connectAs(server, meetingId, 'projector'));
		const before = readRecord(dataDir, meetingId).events.length;
		const ack = await send(socket, 'meeting.start');
		expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
		expect(readRecord(dataDir, meetingId).events.length).toBe(before);
	});

	it('[S3] a projector token presented as chair is refused at the handshake', async () => {
		const projectorToken = server.app.roleTokens(meetingId)!.projector;
		await expect(connectAs(server, meetingId, 'chair', projectorToken)).rejects.toMatchObject({ message: 'forbidden', data: { code: 'forbidden' } });
		await expect(connectAs(server, meetingId, 'chair', 'made-up-token')).rejects.toMatchObject({ message: 'forbidden' });
	});

	it('[S4] a duplicate command id is applied once and answered with the first result', async () => {
		const { socket } = track(await connectAs(server, meetingId, 'chair'));
		const [a, b] = await Promise.all([send(socket, 'meeting.start', {}, 'same-id-123'), send(socket, 'meeting.start', {}, 'same-id-123')]);
		const c = await send(socket, 'meeting.start', {}, 'same-id-123');
		expect(a).toMatchObject({ ok: true, seq: 3 });
		expect(b).toMatchObject({ ok: true, seq: 3 });
		expect(c).toMatchObject({ ok: true, seq: 3, duplicate: true });
		expect(readRecord(dataDir, meetingId).events.filter((e) => e.type === 'meeting.started')).toHaveLength(1);
	});

	it('[S4] a refused command retried with the same id gets the same refusal', async () => {
		const { socket } = track(await connectAs(server, meetingId, 'chair'));
		const first = await send(socket, 'agenda.setCurrent', { itemId: 'x' }, 'refused-id-1');
		const again = await send(socket, 'agenda.setCurrent', { itemId: 'x' }, 'refused-id-1');
		expect(first).toMatchObject({ ok: false, error: { code: 'not_started' } });
		expect(again).toEqual(first);
	});

	it('[S5] bad input gets a Vietnamese error and changes nothing', async () => {
		const { socket } = track(await connectAs(server, meetingId, 'chair'));
		const before = readRecord(dataDir, meetingId);
		const answers = await Promise.all([
			socket.timeout(5000).emitWithAck('command', { id: 'bad-envelope-1', type: 'meeting.start' } as never),
			send(socket, 'meeting.start', { force: true }),
			send(socket, 'meeting.fly')
		]);
		expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['invalid_command', 'invalid_command', 'unknown_command']);
		expect(answers.every((a) => !a.ok && /[ạệốổờữ]/.test(a.error.message))).toBe(true);
		expect(readRecord(dataDir, meetingId)).toEqual(before);
	});

	it('[S6] state survives a restart from the same data dir', async () => {
		const chair = track(await connectAs(server, meetingId, 'chair'));
		await send(chair.socket, 'meeting.start');
		const third = chair.snapshot.state.agenda[2].id;
		await send(chair.socket, 'agenda.setCurrent', { itemId: third });
		server = await fixture.restart();
		const projector = track(await connectAs(server, meetingId, 'projector'));
		expect(projector.snapshot.state).toMatchObject({ status: 'running', currentItemId: third });
		expect(projector.snapshot.seq).toBe(4);
	});

	it('[S7] commands that arrive together are written in one group', async () => {
		let appends = 0;
		const store = server.app.store;
		const original = store.append.bind(store);
		store.append = (id, events) => (appends++, original(id, events));
		const { socket, snapshot } = track(await connectAs(server, meetingId, 'chair'));
		await send(socket, 'meeting.start');
		appends = 0;
		const items = snapshot.state.agenda.map((item) => item.id);
		const acks = await Promise.all(Array.from({ length: 40 }, (_, i) => send(socket, 'agenda.setCurrent', { itemId: items[i % items.length] === snapshot.state.agenda[0].id ? items[1] : items[i % items.length] })));
		expect(acks.every((a) => a.ok)).toBe(true);
		expect(appends).toBeGreaterThan(0);
		expect(appends).toBeLessThan(10);
	});

	it('[S8] revoking a role link disconnects its devices and refuses the old token', async () => {
		const old = server.app.roleTokens(meetingId)!.chair;
		const chair = track(await connectAs(server, meetingId, 'chair'));
		const revoked = new Promise<void>((resolve) => chair.socket.once('revoked', () => resolve()));
		const disconnected = new Promise<string>((resolve) => chair.socket.once('disconnect', (reason) => resolve(reason)));
		const fresh = await server.app.reissueLink(meetingId, 'chair');
		await revoked;
		expect(await disconnected).toBe('io server disconnect');
		expect(fresh).not.toBe(old);
		expect(fresh).toMatch(/^[A-Za-z0-9_-]{22}$/);
		await expect(connectAs(server, meetingId, 'chair', old)).rejects.toMatchObject({ message: 'forbidden' });
		expect(readRecord(dataDir, meetingId).access.chair).toBe(fresh);
	});
});
