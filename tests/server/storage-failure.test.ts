import { readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectAs, createMeeting, send, serverPerTest } from './harness';

describe('when the disk write fails', () => {
	const fixture = serverPerTest();

	it('[S9] the command is refused with storage_failed, nobody sees it, and the next one works', async () => {
		const { server } = fixture;
		const meetingId = await createMeeting(server.app);
		const chair = await connectAs(server, meetingId, 'chair');
		const projector = await connectAs(server, meetingId, 'projector');
		let broadcasts = 0;
		projector.socket.on('events', () => broadcasts++);

		const folder = join(server.dataDir, 'meetings');
		await rename(folder, `${folder}-away`); // the temp file cannot be created: the write fails
		const ack = await send(chair.socket, 'meeting.start');
		expect(ack).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
		expect(server.app.meeting(meetingId)!.state.status).toBe('planned');

		await rename(`${folder}-away`, folder);
		const retry = await send(chair.socket, 'meeting.start');
		expect(retry).toMatchObject({ ok: true, seq: 3 });
		const onDisk = JSON.parse(readFileSync(join(folder, `${meetingId}.json`), 'utf8'));
		expect(onDisk.events.map((e: { type: string }) => e.type)).toEqual(['meeting.created', 'meeting.started', 'agenda.currentSet']);
		await expect.poll(() => broadcasts).toBe(1);
		chair.socket.close();
		projector.socket.close();
	});

	it('[S9] a storage_failed command resent with the same id is applied once the disk works (the browser outbox relies on it)', async () => {
		const { server } = fixture;
		const meetingId = await createMeeting(server.app);
		const chair = await connectAs(server, meetingId, 'chair');
		const folder = join(server.dataDir, 'meetings');
		await rename(folder, `${folder}-away`);
		expect(await send(chair.socket, 'meeting.start', {}, 'start-once')).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
		// Still failing: the same id is tried again, not remembered as refused.
		expect(await send(chair.socket, 'meeting.start', {}, 'start-once')).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
		await rename(`${folder}-away`, folder);
		expect(await send(chair.socket, 'meeting.start', {}, 'start-once')).toMatchObject({ ok: true, seq: 3 });
		expect(await send(chair.socket, 'meeting.start', {}, 'start-once')).toMatchObject({ ok: true, duplicate: true });
		expect(server.app.meeting(meetingId)!.state.status).toBe('running');
		chair.socket.close();
	});
});
