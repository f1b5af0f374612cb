/**
 * The province server with its real parts: PostgreSQL and Redis started here (temp dirs,
 * random loopback ports), two processes of the production build joined through them.
 * `npm run test:province` (after `npm run build`; .ci/run runs it after `npm test`).
 */
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSeq, type StoredEvent } from '../../../src/lib/domain/events';
import type { ClientToServer, CommandAck, ServerToClient, Snapshot } from '../../../src/lib/domain/protocol';
import { postgresMissing, startPostgres, type TestPostgres } from '../pg';
import { ADMIN_TOKEN, AppProcess, buildMissing } from '../processes';
import { redisMissing, startRedis, type TestRedis } from '../redis';

type Client = Socket<ServerToClient, ClientToServer>;
const missing = postgresMissing() ?? redisMissing() ?? buildMissing();
if (missing) console.log(`[province] multi-process tests skipped: ${missing}`);

const PHONES = 500;
const BATCH = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A connection that remembers the highest seq it has seen (snapshot or events). */
interface Watched {
	socket: Client;
	seq: number;
	snapshot: Snapshot;
}

function watch(url: string, meetingId: string, role: string, cookie: string): Promise<Watched> {
	const socket: Client = io(url, { auth: { meetingId, role }, extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
	return new Promise((resolve, reject) => {
		socket.once('connect_error', reject);
		socket.once('snapshot', (snapshot) => {
			const watched: Watched = { socket, seq: snapshot.seq, snapshot };
			socket.on('events', (events: StoredEvent[]) => {
				for (const e of events) watched.seq = Math.max(watched.seq, lastSeq(e));
			});
			resolve(watched);
		});
	});
}

const asAdmin = (url: string, meetingId: string, role: string) => watch(url, meetingId, role, `dt_admin=${ADMIN_TOKEN}`);

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 20_000) {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
		await sleep(50);
	}
}

let counter = 0;
const scan = (desk: Watched, code: string, id: string = `prov-scan-${++counter}`) =>
	desk.socket
		.timeout(10_000)
		.emitWithAck('command', { id, type: 'checkin.scan', payload: { code } })
		.then((ack: CommandAck) => ({ id, ack }))
		.catch(() => ({ id, ack: null })); // no answer (the process died): not acknowledged

describe.skipIf(missing)('province server: two processes, PostgreSQL, Redis (real servers)', () => {
	let db: TestPostgres;
	let redis: TestRedis;
	let a: AppProcess;
	let b: AppProcess;
	let sql: pg.Client;
	const open: Client[] = [];

	beforeAll(async () => {
		[db, redis] = await Promise.all([startPostgres(), startRedis()]);
		// A long sweep: broadcasts after the Redis restart must come through Redis, not the safety net.
		const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, PROVINCE_SWEEP_MS: '600000' };
		a = new AppProcess('A', env);
		b = new AppProcess('B', env);
		await a.start();
		await b.start();
		sql = new pg.Client(db.url);
		sql.on('error', () => undefined);
		await sql.connect();
	}, 90_000);

	afterAll(async () => {
		open.forEach((s) => s.close());
		await sql?.end().catch(() => undefined);
		await Promise.all([a?.dispose(), b?.dispose()]);
		await Promise.all([db?.stop(), redis?.stop()]);
	}, 30_000);

	const k4 = '[K4] 500 phones split across two processes; the chair on one and the projector on the other see the same seq';
	const k5 = '[K5] killing the writing process mid-burst loses no acknowledged check-in';
	const k6 = '[K6] after a Redis restart broadcasts resume';
	it(`${k4}; ${k5}; ${k6}`, async () => {
		const started = Date.now();
		const steps: string[] = [];
		const step = (name: string) => steps.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
		const plan = {
			basics: { title: 'Hội nghị đối thoại cấp tỉnh', date: '2026-07-13', startTime: '08:00', place: 'Hội trường UBND tỉnh', bannerLines: ['HỘI NGHỊ ĐỐI THOẠI'] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: PHONES }],
			delegates: Array.from({ length: PHONES }, (_, i) => ({ salutation: i % 2 ? 'Bà' : 'Ông', fullName: `Đại biểu số ${i + 1}`, category: 'Đại biểu Nhân dân' }))
		};
		const created = await a.api('POST', '/api/meetings', plan);
		expect(created.status, JSON.stringify(created.body)).toBe(201);
		const meetingId = String(created.body.id);
		// B learns of the meeting from A's notice.
		await until('B lists the meeting', async () => ((await b.api('GET', '/api/meetings')).body.meetings as unknown[]).length === 1, 10_000);

		step('meeting on both');
		const admin = await asAdmin(a.url, meetingId, 'admin');
		open.push(admin.socket);
		const tokens = admin.snapshot.state.delegates.map((d) => d.token!);
		expect(tokens).toHaveLength(PHONES);

		const chair = await asAdmin(a.url, meetingId, 'chair');
		const projector = await asAdmin(b.url, meetingId, 'projector');
		open.push(chair.socket, projector.socket);
		const phones: Watched[] = [];
		for (let i = 0; i < PHONES; i += BATCH) {
			const batch = await Promise.all(
				tokens.slice(i, i + BATCH).map((token, j) => watch((i + j) % 2 ? b.url : a.url, meetingId, 'delegate', `dt_delegate_${meetingId}=${token}`))
			);
			phones.push(...batch);
			open.push(...batch.map((p) => p.socket));
		}
		step('phones connected');
		const phonesOn = (p: AppProcess) => phones.filter((_, i) => (i % 2 ? b : a) === p);

		// Desks on both processes; A's desk goes first, so A takes the meeting's lock and writes it.
		const desksA = await Promise.all(Array.from({ length: 4 }, () => asAdmin(a.url, meetingId, 'desk')));
		const desksB = await Promise.all(Array.from({ length: 4 }, () => asAdmin(b.url, meetingId, 'desk')));
		open.push(...[...desksA, ...desksB].map((d) => d.socket));
		expect((await scan(desksA[0], tokens[0])).ack).toMatchObject({ ok: true });

		// Phase 1: 200 check-ins from both sides at once, no failure.
		const phase1 = await Promise.all(tokens.slice(1, 201).map((t, i) => scan(i % 2 ? desksB[i % 4] : desksA[i % 4], t)));
		expect(phase1.filter((r) => !r.ack?.ok)).toEqual([]);
		const seq1 = Math.max(...phase1.map((r) => (r.ack?.ok ? r.ack.seq : 0)));
		await until('chair (A) and projector (B) reach the last seq', () => chair.seq === seq1 && projector.seq === seq1);
		await until('all 500 phones on both processes reach it', () => phones.every((p) => p.seq === seq1));
		expect([chair.seq, projector.seq, Math.min(...phonesOn(a).map((p) => p.seq)), Math.min(...phonesOn(b).map((p) => p.seq))]).toEqual([seq1, seq1, seq1, seq1]);

		step('phase 1 seen everywhere');
		// Phase 2: a burst from both sides; A (the writer) is killed in the middle of it.
		// Each desk sends its next scan when the last is answered, like a desk at the door;
		// A is killed the moment the 40th acknowledgement arrives.
		const results: { id: string; token: string; ack: CommandAck | null }[] = [];
		const burst = tokens.slice(201, 401);
		const desks = [...desksA, ...desksB];
		let killed: Promise<void> | null = null;
		await Promise.all(
			desks.map(async (desk, d) => {
				for (let i = d; i < burst.length; i += desks.length) {
					if (!desk.socket.connected) break; // its process is gone: what is left is resent below
					const r = await scan(desk, burst[i]);
					results.push({ ...r, token: burst[i] });
					if (!killed && results.filter((x) => x.ack?.ok).length >= 40) killed = a.stop('SIGKILL');
				}
			})
		);
		await killed;
		step('burst done');
		const acked = results.filter((r) => r.ack?.ok).map((r) => r.id);
		const lost = results.filter((r) => !r.ack).map((r) => r.id);
		expect(acked.length).toBeGreaterThanOrEqual(40);
		expect(lost.length).toBeGreaterThan(0); // A's desks never heard back: the kill really cut the burst
		const { rows } = await sql.query<{ command_id: string }>('SELECT DISTINCT command_id FROM events WHERE meeting_id = $1 AND command_id = ANY($2)', [meetingId, acked]);
		expect(new Set(rows.map((r) => r.command_id))).toEqual(new Set(acked));
		// B took the meeting over: a check-in on B after the kill is written.
		expect((await scan(desksB[0], tokens[450])).ack).toMatchObject({ ok: true });

		step('checked table');
		// A's desks "reconnect" to B and resend what was never acknowledged, with the same ids.
		const answered = new Set(results.filter((r) => r.ack?.ok).map((r) => r.token));
		const unacked = burst.filter((t) => !answered.has(t)).map((token) => ({ token, id: results.find((r) => r.token === token)?.id }));
		const resent = await Promise.all(unacked.map((r) => scan(desksB[1], r.token, r.id)));
		expect(resent.filter((r) => !r.ack?.ok)).toEqual([]);
		const present = await sql.query('SELECT count(*)::int AS n FROM events WHERE meeting_id = $1 AND type = $2', [meetingId, 'checkin.recorded']);
		expect(present.rows[0].n).toBe(1 + 200 + 200 + 1);

		step('resent');
		// Phase 3: A again, then Redis restarted (its stream gone): broadcasts resume both ways.
		await a.start();
		const projectorA = await asAdmin(a.url, meetingId, 'projector');
		const deskA = await asAdmin(a.url, meetingId, 'desk');
		open.push(projectorA.socket, deskA.socket);
		step('A restarted');
		await redis.restart();
		step('redis restarted');
		const afterRestart = await scan(desksB[2], tokens[460]); // written by B, broadcast to A's sockets through Redis
		expect(afterRestart.ack).toMatchObject({ ok: true });
		const s1 = afterRestart.ack!.ok ? afterRestart.ack!.seq : 0;
		await until('A\'s projector gets B\'s event after the Redis restart', () => projectorA.seq >= s1, 15_000);
		const forwarded = await scan(deskA, tokens[461]); // A forwards to B through the new Redis
		expect(forwarded.ack).toMatchObject({ ok: true });
		const s2 = forwarded.ack!.ok ? forwarded.ack!.seq : 0;
		await until('both projectors see it', () => projectorA.seq >= s2 && projector.seq >= s2, 15_000);
		step('done');
		console.log(`[province] ${steps.join(', ')}`);
		console.log(`[province] ${PHONES} phones, ${acked.length} acked in the burst, ${lost.length} unanswered when A died, ${Math.round((Date.now() - started) / 1000)} s`);
	}, 120_000);
});
