import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/lib/domain/apply';
import { App } from '../../src/lib/server/app';
import { configFromEnv } from '../../src/lib/server/config';
import { PostgresMeetingStore } from '../../src/lib/server/store/postgres-store';
import { storeContract, storedEvent } from '../../src/lib/server/store/store-contract';
import { buildArchive, restoreArchive } from '../../src/lib/server/archive/archive';
import type { MeetingState } from '../../src/lib/domain/types';
import { createPlannedMeeting, makeDataDir, numberedDelegates, removeDataDir, startServer } from '../server/harness';
import { heldMeeting } from '../server/held-meeting';
import { postgresMissing, startPostgres, type TestPostgres } from './pg';

const missing = postgresMissing();
if (missing) console.log(`[province] PostgreSQL store tests skipped: ${missing}`);

let server: TestPostgres;
let databases = 0;
/** A fresh database on the test's PostgreSQL server. */
async function freshDatabase(): Promise<string> {
	const name = `t${++databases}_${process.pid}`;
	const admin = new pg.Client(server.url);
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	return server.url.replace(/\/postgres$/, `/${name}`);
}

describe.skipIf(missing)('PostgreSQL meeting store (a real PostgreSQL in a temp dir)', () => {
	beforeAll(async () => {
		server = await startPostgres();
	}, 60_000);
	afterAll(() => server?.stop());

	describe('[K1] the PostgreSQL store keeps the MeetingStore contract', () => storeContract('PostgreSQL', () => {
		let url = '';
		return {
			fresh: async () => new PostgresMeetingStore((url = await freshDatabase())),
			reopen: async () => new PostgresMeetingStore(url),
			cleanup: async () => undefined
		};
	}));

	it('[K2] the database refuses a seq written twice and a command written twice; a refused batch leaves nothing', async () => {
		const url = await freshDatabase();
		const store = new PostgresMeetingStore(url);
		const access = { chair: 'c', desk: 'd', projector: 'p', secretary: 's' } as never;
		await store.create('meetingk2', { version: 1, events: [storedEvent(1, 'create')], access });
		await store.append('meetingk2', [storedEvent(2, 'cmd-a'), storedEvent(3, 'cmd-a')]);
		// Same seq again (a second writer), in a batch whose other event is fine: all refused.
		await expect(store.append('meetingk2', [storedEvent(4, 'cmd-b'), storedEvent(3, 'cmd-c')])).rejects.toMatchObject({ code: '23505' });
		// The same command written again at new seqs (a retry decided twice): refused.
		await expect(store.append('meetingk2', [storedEvent(4, 'cmd-a')])).rejects.toMatchObject({ code: '23505' });
		// Commands without an id may repeat.
		await store.append('meetingk2', [storedEvent(4, ''), storedEvent(5, '')]);
		const { events } = (await store.load('meetingk2'))!;
		expect(events.map((e) => `${e.seq}:${e.commandId}`)).toEqual(['1:create', '2:cmd-a', '3:cmd-a', '4:', '5:']);
		await store.close();
	});

	it('[K3] acks come after COMMIT; snapshots every N events; a reload from the snapshot has the state of a full replay', async () => {
		const url = await freshDatabase();
		const dataDir = await makeDataDir();
		const config = { ...configFromEnv({}), dataDir, adminToken: 'test-admin-token' };
		try {
			const app = await new App(config, new PostgresMeetingStore(url, { snapshotEvery: 10 })).init();
			const meetingId = await createPlannedMeeting(app, { categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }], delegates: numberedDelegates(30, 'Đại biểu Nhân dân') });
			const live = app.meeting(meetingId)!;
			const tokens = live.state.delegates.map((d) => d.token);
			const check = (i: number) => app.execute(meetingId, { id: `scan-cmd-${i}`, type: 'checkin.scan', payload: { code: tokens[i] } }, { role: 'desk' });
			// 25 scans at once: a few group commits. Each ack's command is in the table when it comes.
			const db = new pg.Client(url);
			db.on("error", () => undefined);
			await db.connect();
			const seen: boolean[] = [];
			const scan = (i: number) =>
				check(i).then(async (ack) => {
					if (!ack.ok) throw new Error(JSON.stringify(ack));
					const { rowCount } = await db.query('SELECT 1 FROM events WHERE meeting_id = $1 AND command_id = $2', [meetingId, `scan-cmd-${i}`]);
					seen.push(rowCount === 1);
				});
			// 12 one by one (one commit each), then 13 at once (group commits).
			for (let i = 0; i < 12; i++) await scan(i);
			await Promise.all(tokens.slice(12, 25).map((_, i) => scan(12 + i)));
			expect(seen).toEqual(Array(25).fill(true));
			const state = live.state;
			await app.close();

			const { rows } = await db.query('SELECT seq FROM snapshots WHERE meeting_id = $1 ORDER BY seq', [meetingId]);
			expect(rows.length).toBeGreaterThanOrEqual(2);
			await db.end();
			const store = new PostgresMeetingStore(url, { snapshotEvery: 10 });
			const record = (await store.load(meetingId))!;
			expect(record.snapshot!.seq).toBe(rows.at(-1).seq);
			expect(record.snapshot!.seq).toBeLessThanOrEqual(record.events.length);
			await store.close();
			const reopened = await new App(config, new PostgresMeetingStore(url)).init();
			expect(reopened.meeting(meetingId)!.state).toEqual(state);
			expect(reopened.meeting(meetingId)!.state).toEqual(replay(record.events));
			// A retry after the restart is still a duplicate (command ids come from the table).
			expect(await reopened.execute(meetingId, { id: 'scan-cmd-3', type: 'checkin.scan', payload: { code: tokens[3] } }, { role: 'desk' })).toMatchObject({ ok: true, duplicate: true });
			await reopened.close();
		} finally {
			await removeDataDir(dataDir);
		}
	}, 60_000);

	it('[K7] a meeting held on a hall laptop (lowdb) and archived is restored into the PostgreSQL store with the same log and state, and survives a restart there', async () => {
		const laptop = await startServer(await makeDataDir());
		const url = await freshDatabase();
		const provinceDir = await makeDataDir();
		const config = { ...configFromEnv({}), dataDir: provinceDir, adminToken: 'test-admin-token' };
		try {
			const { meetingId } = await heldMeeting(laptop.app);
			const held = laptop.app.meeting(meetingId)!;
			const archive = (await buildArchive(laptop.app, meetingId, 'vi'))!;
			const province = await new App(config, new PostgresMeetingStore(url)).init();
			expect(await restoreArchive(province, archive.bytes)).toEqual({ ok: true, meetingId });
			// The same again: refused, nothing written twice.
			expect(await restoreArchive(province, archive.bytes)).toMatchObject({ ok: false, problem: 'meeting_exists' });
			const withoutTokens = (state: MeetingState) => ({ ...state, delegates: state.delegates.map(({ token: _token, ...d }) => d) });
			expect(withoutTokens(province.meeting(meetingId)!.state)).toEqual(withoutTokens(held.state));
			await province.close();

			const again = await new App(config, new PostgresMeetingStore(url)).init();
			const laptopLog = (await laptop.app.store.load(meetingId))!.events;
			const provinceLog = (await again.store.load(meetingId))!.events;
			expect(provinceLog.slice(0, laptopLog.length)).toEqual(laptopLog);
			expect(again.meeting(meetingId)!.state).toEqual(replay(provinceLog));
			expect(withoutTokens(again.meeting(meetingId)!.state)).toEqual(withoutTokens(held.state));
			await again.close();
		} finally {
			await laptop.stop();
			await removeDataDir(laptop.dataDir);
			await removeDataDir(provinceDir);
		}
	}, 60_000);
});
