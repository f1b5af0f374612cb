import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../domain/events';
import type { MeetingState } from '../domain/types';
import { App } from './app';
import { configFromEnv } from './config';
import { LiveMeeting } from './live-meeting';
import type { MeetingStore } from './store/types';

/** A store that keeps everything in memory: enough to hold a meeting and read its log back. */
function memoryStore(): MeetingStore & { logs: Map<string, StoredEvent[]> } {
	const logs = new Map<string, StoredEvent[]>();
	return {
		logs,
		listIds: async () => [...logs.keys()],
		load: async (id) => (logs.has(id) ? { version: 1, events: logs.get(id)!, access: {} as never } : null),
		create: async (id, record) => void logs.set(id, [...record.events]),
		append: async (id, events) => void logs.get(id)!.push(...events),
		setAccess: async () => undefined,
		previousVersion: async () => null,
		restorePrevious: async () => {
			throw new Error('none');
		},
		close: async () => undefined,
		putAttachment: async () => undefined,
		getAttachment: async () => null
	};
}

const dirs: string[] = [];
afterEach(async () => {
	for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function meetingWithLog() {
	const store = memoryStore();
	const dataDir = await mkdtemp(join(tmpdir(), 'doi-thoai-follow-'));
	dirs.push(dataDir);
	const app = await new App({ ...configFromEnv({}), dataDir, adminToken: 'x'.repeat(20) }, store).init();
	const created = await app.execute(null, { id: 'create-follow-1', type: 'meeting.create', payload: { basics: { title: 'Hội nghị', date: '2026-07-13', startTime: '08:00', place: 'Hội trường', bannerLines: ['HỘI NGHỊ'] }, agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }] } }, { role: 'admin' });
	const meetingId = (created as { meetingId: string }).meetingId;
	const live = app.meeting(meetingId)!;
	expect(await app.execute(meetingId, { id: 'start-follow-1', type: 'meeting.start', payload: {} }, { role: 'chair' })).toMatchObject({ ok: true });
	for (const [i, item] of live.state.agenda.entries()) {
		const ack = await app.execute(meetingId, { id: `set-current-${i}`, type: 'agenda.setCurrent', payload: { itemId: item.id } }, { role: 'chair' });
		if (!ack.ok) throw new Error(ack.error.message);
		expect(ack).toMatchObject({ ok: true });
	}
	return { store, meetingId, log: store.logs.get(meetingId)!, writer: live };
}

describe('a process that follows a meeting another process writes', () => {
	it('[K4] applies the writer\'s events in order, tells its observers, refuses a gap and ignores what it has', async () => {
		const { store, meetingId, log, writer } = await meetingWithLog();
		const follower = new LiveMeeting(meetingId, log.slice(0, 1), store);
		const seen = vi.fn();
		follower.observe(seen);
		expect(follower.follow(log.slice(2))).toBe(false); // seq 2 missing: read it from the store
		expect(follower.seq).toBe(1);
		expect(follower.follow(log.slice(1, 2))).toBe(true);
		expect(follower.follow(log.slice(0, 4))).toBe(true); // 1 and 2 already there, 3 and 4 are new
		expect(follower.seq).toBe(log.length);
		expect(follower.state).toEqual(writer.state);
		expect(seen.mock.calls.map(([events]) => events.map((e: StoredEvent) => e.seq))).toEqual([[2], [3, 4]]);
		// A retry of a command the writer took is a duplicate here too (after a take-over).
		expect(await follower.execute({ id: 'set-current-1', type: 'agenda.setCurrent', payload: {} }, { role: 'admin' })).toMatchObject({ ok: true, duplicate: true, seq: 4 });
	});

	it('[K3] a meeting opened from a snapshot starts from its state and replays only the events after it', async () => {
		const { store, meetingId, log, writer } = await meetingWithLog();
		const atTwo = new LiveMeeting(meetingId, log.slice(0, 2), store).state;
		const marked = { ...atTwo, basics: { ...atTwo.basics, title: 'from the snapshot' } } as MeetingState;
		const opened = new LiveMeeting(meetingId, log, store, { seq: 2, state: marked });
		expect(opened.state.basics.title).toBe('from the snapshot');
		expect({ ...opened.state, basics: writer.state.basics }).toEqual(writer.state);
		expect(opened.seq).toBe(log.length);
	});
});
