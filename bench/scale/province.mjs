/**
 * The province benchmark (issue 19): MEETINGS meetings at once × PHONES phones each, the chair
 * of every meeting changing the current item at the same moment; time from the chair's send to
 * each phone's event. Measured in the same run on
 *   1. one process, lowdb files (the hall laptop's server), all meetings in it;
 *   1b. one process on PostgreSQL (what the database alone costs);
 *   2. the province server: two processes of the same build, PostgreSQL and Redis (started here,
 *      temp dirs, loopback), phones and chairs split across the two processes.
 *   node bench/scale/province.mjs     (after a build; `npm run bench` runs it when PostgreSQL
 *   and redis-server are installed). BENCH_MEETINGS, BENCH_MEETING_PHONES, BENCH_ROUNDS.
 * Prints a markdown report and writes it to bench/results/province-<date>.md.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ADMIN_TOKEN, adminCookie, createMeeting, delegateCookie, freePort, ms, percentile, phonesProcess, root, startProcess } from './common.mjs';

const MEETINGS = Number(process.env.BENCH_MEETINGS || 20);
const PHONES = Number(process.env.BENCH_MEETING_PHONES || 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 8);
const server = join(root, process.env.BUILD_DIR || 'build', 'server.js');

const report = [];
const say = (line = '') => {
	report.push(line);
	console.log(line);
};

function pgBin() {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return null;
	const v = readdirSync(base).filter((d) => existsSync(join(base, d, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a))[0];
	return v ? join(base, v, 'bin') : null;
}

/** PostgreSQL in a temp dir on a free loopback port; as the postgres (or nobody) user when root. */
async function startPostgres(bin) {
	const dir = mkdtempSync(join(tmpdir(), 'doi-thoai-bench-pg-'));
	const user = process.getuid?.() === 0 ? (spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody') : null;
	if (user) chownSync(dir, Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })));
	const run = (tool, args) => (user ? execFileSync('runuser', ['-u', user, '--', join(bin, tool), ...args], { cwd: tmpdir() }) : execFileSync(join(bin, tool), args, { cwd: tmpdir() }));
	const port = await freePort();
	run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
	run('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function startRedis() {
	const port = await freePort();
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
	await new Promise((resolve) => child.stdout.on('data', (d) => String(d).includes('Ready to accept') && resolve()));
	return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

/** MEETINGS meetings, their phones split over `urls` (in a phones process of its own); returns a round runner. */
async function setUp(label, urls) {
	const phones = phonesProcess();
	const meetings = [];
	for (let m = 0; m < MEETINGS; m++) meetings.push(await createMeeting(urls[m % urls.length], PHONES));
	// Every process must know every meeting before phones connect to it.
	for (const url of urls) {
		for (let tries = 0; ; tries++) {
			const list = await fetch(`${url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }).then((r) => r.json());
			if (list.meetings.length === MEETINGS) break;
			if (tries > 100) throw new Error(`${url} knows ${list.meetings.length} meetings`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	const t0 = Date.now();
	let connected = 0;
	for (const [m, meeting] of meetings.entries()) {
		for (const [u, url] of urls.entries()) {
			const cookies = meeting.tokens.filter((_, i) => i % urls.length === u).map((t) => delegateCookie(meeting.meetingId, t));
			const r = await phones.call('connect', { set: `${m}-${u}`, url, kind: 'app', meetingId: meeting.meetingId, cookies });
			connected += r.connected;
		}
	}
	const connectMs = Date.now() - t0;
	const rounds = (r) =>
		meetings.flatMap((meeting, m) =>
			urls.map((_, u) => ({
				set: `${m}-${u}`,
				// Meeting m is created (and so written) on urls[m % 2]; its chair sits there for half
				// the meetings and on the other process for the other half.
				trigger: { kind: 'app', url: urls[(m + Math.floor(m / urls.length)) % urls.length], meetingId: meeting.meetingId, cookie: adminCookie, itemId: meeting.agenda[r % meeting.agenda.length] }
			}))
		);
	await phones.call('fanoutMany', { rounds: rounds(1) }); // warm-up
	const result = { label, latencies: [], lastPerRound: [], connectMs, connected, incomplete: 0 };
	return {
		result,
		async round(r) {
			const round = await phones.call('fanoutMany', { rounds: rounds(r + 2) });
			if (!round.complete) result.incomplete++;
			result.latencies.push(...round.latencies);
			result.lastPerRound.push(Math.max(...round.latencies));
		},
		stop: () => phones.stop()
	};
}

const row = (r) => `| ${r.label} | ${ms(percentile(r.latencies, 50))} | ${ms(percentile(r.latencies, 99))} | ${ms(Math.max(...r.latencies))} | ${ms(percentile(r.lastPerRound, 50))} | ${r.latencies.length} |`;

const bin = pgBin();
if (!bin || spawnSync('redis-server', ['--version']).status !== 0) {
	console.log('[bench] province benchmark skipped: PostgreSQL server binaries or redis-server not installed');
	process.exit(0);
}

say(`# Province benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
say();
say(`${MEETINGS} meetings at once × ${PHONES} phones = ${MEETINGS * PHONES} phones per setup; every round all ${MEETINGS} chairs change the current item at the same moment; ${ROUNDS} rounds per setup (+1 warm-up), the setups alternating round by round (all connected at once). Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; phones in one process of their own, websocket transport.`);
say();

// All three set up at once (their phones connected, idle between rounds), then measured in
// alternating rounds so each sees the same machine noise (the machine is shared).
const pg = await startPostgres(bin);
const redis = await startRedis();
const createDb = (name) => execFileSync(process.execPath, ['-e', `const pg=require('pg');const c=new pg.Client(process.argv[1]);c.connect().then(()=>c.query('CREATE DATABASE ${name}')).then(()=>c.end())`, pg.url], { cwd: root });
createDb('single_pg');
createDb('province');
const processes = [];
const start = async (env) => {
	const p = await startProcess(server, env);
	processes.push(p);
	return p;
};
const setups = [];
try {
	const single = await start();
	setups.push({ setup: await setUp('one process, lowdb files (the hall laptop)', [single.url]), procs: [single] });
	const singlePg = await start({ DATABASE_URL: pg.url.replace(/\/postgres$/, '/single_pg') });
	setups.push({ setup: await setUp('one process, PostgreSQL', [singlePg.url]), procs: [singlePg] });
	const env = { DATABASE_URL: pg.url.replace(/\/postgres$/, '/province'), REDIS_URL: redis.url };
	const a = await start(env);
	const b = await start(env);
	setups.push({ setup: await setUp('province: 2 processes, PostgreSQL + Redis', [a.url, b.url]), procs: [a, b] });
	for (let r = 0; r < ROUNDS; r++) {
		for (const { setup } of setups) {
			await setup.round(r);
			await new Promise((res) => setTimeout(res, 300));
		}
	}
} finally {
	for (const { setup, procs } of setups) setup.result.rss = procs.map((p) => p.rssMb());
	for (const { setup } of setups) setup.stop();
	await Promise.allSettled(processes.map((p) => p.stop()));
	redis.stop();
	pg.stop();
}
const results = setups.map((s) => s.setup.result);

say('| chair → phone, every phone every round | p50 | p99 | max | last phone of a round (median) | n |');
say('|---|---|---|---|---|---|');
for (const r of results) say(row(r));
say();
for (const r of results) say(`- ${r.label}: ${r.connected} phones connected in ${ms(r.connectMs)}; RSS ${r.rss.map((x) => `${x.toFixed(0)} MB`).join(' + ')}${r.incomplete ? `; ${r.incomplete} rounds incomplete within 20 s` : ''}.`);
say();
const ratio = (i, p) => (percentile(results[i].latencies, p) / percentile(results[0].latencies, p)).toFixed(2);
say(`**p99 province / one process (lowdb): ${ratio(2, 99)}**; p50 ${ratio(2, 50)}. One process on PostgreSQL / lowdb: p99 ${ratio(1, 99)}, p50 ${ratio(1, 50)}.`);

mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results', `province-${new Date().toISOString().slice(0, 10)}.md`);
writeFileSync(file, report.join('\n') + '\n');
console.log(`\n(written to ${file})`);
process.exit(0);
