/**
 * The scale benchmarks (issue 12), run by `npm run bench` after a build. Every figure is taken
 * side by side with its baseline in the same run: the machine is shared and noisy.
 *   node bench/scale/run.mjs [fanout storm checkin snapshot page]   (default: all)
 * Prints a markdown report and writes it to bench/results/scale-<date>.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { adminCookie, connectApp, createMeeting, delegateCookie, hydrated, kb, ms, now, percentile, phonesProcess, root, startProcess } from './common.mjs';

const only = new Set(process.argv.slice(2));
const wants = (name) => only.size === 0 || only.has(name);
const PHONES = Number(process.env.BENCH_PHONES || 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 15);
const buildDir = join(root, process.env.BUILD_DIR || 'build');

const report = [];
const say = (line = '') => {
	report.push(line);
	console.log(line);
};

const line = (name, values) => `| ${name} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 99))} | ${ms(Math.max(...values))} | ${values.length} |`;

async function chairTimings(url, meetingId, agenda, durationMs, everyMs = 100) {
	const { socket } = await connectApp(url, meetingId, 'chair', adminCookie);
	const latencies = [];
	let k = 0;
	const end = now() + durationMs;
	while (now() < end) {
		const sent = now();
		const ack = await socket.timeout(30_000).emitWithAck('command', { id: `chair-${sent}`.replace('.', '-'), type: 'agenda.setCurrent', payload: { itemId: agenda[++k % agenda.length] } });
		if (!ack.ok) throw new Error(JSON.stringify(ack));
		latencies.push(now() - sent);
		await new Promise((r) => setTimeout(r, Math.max(0, everyMs - (now() - sent))));
	}
	socket.close();
	return latencies;
}

async function fanoutAndStorm(phones) {
	const app = await startProcess(join(buildDir, 'server.js'));
	const bare = await startProcess(join(root, 'bench/scale/bare-server.mjs'));
	try {
		const meeting = await createMeeting(app.url, PHONES);
		const rssIdle = app.rssMb();
		const cookies = meeting.tokens.map((t) => delegateCookie(meeting.meetingId, t));
		const appConnect = await phones.call('connect', { set: 'app', url: app.url, kind: 'app', meetingId: meeting.meetingId, cookies });
		const connectBare = await phones.call('connect', { set: 'bare', url: bare.url, kind: 'bare', count: PHONES });
		const appLat = [];
		const bareLat = [];
		const appLast = [];
		const bareLast = [];
		let bytes = 0;
		let dropped = 0;
		const trigger = { kind: 'app', url: app.url, meetingId: meeting.meetingId, cookie: adminCookie };
		// Warm-up round each, then alternate so both see the same machine noise.
		await phones.call('fanout', { set: 'app', trigger: { ...trigger, itemId: meeting.agenda[1] } });
		bytes = (await phones.call('fanout', { set: 'app', trigger: { ...trigger, itemId: meeting.agenda[2] } })).bytes;
		await phones.call('fanout', { set: 'bare', trigger: { kind: 'bare', url: bare.url, bytes } });
		for (let r = 0; r < ROUNDS; r++) {
			const a = await phones.call('fanout', { set: 'app', trigger: { ...trigger, itemId: meeting.agenda[r % meeting.agenda.length] } });
			const b = await phones.call('fanout', { set: 'bare', trigger: { kind: 'bare', url: bare.url, bytes } });
			if (!a.complete || !b.complete) say(`> round ${r}: incomplete (app ${a.latencies.length}, bare ${b.latencies.length})`);
			dropped = Math.max(dropped, a.dropped);
			appLat.push(...a.latencies);
			bareLat.push(...b.latencies);
			appLast.push(Math.max(...a.latencies));
			bareLast.push(Math.max(...b.latencies));
		}
		say(`## 1. Fan-out to ${PHONES} delegate phones (${ROUNDS} rounds each, alternating)`);
		say();
		say(`Event payload as a phone receives it: ${bytes} bytes of JSON. Connecting ${PHONES} phones, 100 at a time (at most 3 minutes): app ${ms(appConnect.ms)} (each waits for its snapshot; ${appConnect.opened} opened, ${appConnect.connected} still connected after), bare ${ms(connectBare.ms)} (${connectBare.connected}).`);
		say();
		if (dropped) say(`**${dropped} of ${PHONES} phones were dropped by the app server** (missed heartbeats while it sent the snapshots); the figures below are for the rest.`);
		if (dropped) say();
		say('| every phone, every round | p50 | p99 | max | n |');
		say('|---|---|---|---|---|');
		say(line('app: chair changes the current item', appLat));
		say(line('bare socket.io broadcast, same size', bareLat));
		say(line('app: last phone of each round', appLast));
		say(line('bare: last phone of each round', bareLast));
		say();
		say(`**Ratio app/bare: p50 ${(percentile(appLat, 50) / percentile(bareLat, 50)).toFixed(2)}, p99 ${(percentile(appLat, 99) / percentile(bareLat, 99)).toFixed(2)}** (target p99 ≤ 1.3).`);
		say();
		say(`## 4b. Server memory`);
		say();
		say(`| process | RSS |`);
		say('|---|---|');
		say(`| app, meeting of ${PHONES} loaded, no phones | ${rssIdle.toFixed(0)} MB |`);
		say(`| app, ${PHONES} phones connected | **${app.rssMb().toFixed(0)} MB** (target ≤ 250 MB) |`);
		say(`| bare socket.io, ${PHONES} sockets | ${bare.rssMb().toFixed(0)} MB |`);
		say();
		// The same storm against the bare server first (its phones get a phone-sized snapshot too).
		const bareStorm = await phones.call('storm', { set: 'bare', windowMs: 2000 });
		await phones.call('close', { set: 'bare' });

		// Reconnection storm, with a chair tapping every 100 ms: before (quiet) and during.
		const quiet = await chairTimings(app.url, meeting.meetingId, meeting.agenda, 3000);
		const during = chairTimings(app.url, meeting.meetingId, meeting.agenda, 4000);
		const storm = await phones.call('storm', { set: 'app', windowMs: 2000 });
		const stormChair = await during;
		await new Promise((r) => setTimeout(r, 1500));
		const { seqs } = await phones.call('seqs', { set: 'app' });
		const { socket: admin, snapshot } = await connectApp(app.url, meeting.meetingId, 'admin', adminCookie);
		admin.close();
		const right = seqs.filter((s) => s === snapshot.seq).length;
		say(`## 5. Reconnection storm: ${PHONES} phones drop and reconnect within 2 s`);
		say();
		say(`App: ${storm.back}/${PHONES} back with a snapshot after **${ms(storm.allBackMs)}** from the first drop${storm.complete ? '' : ' (NOT all back within 30 s)'}; ${right}/${PHONES} at the server's seq ${snapshot.seq} afterwards (the chair kept changing the item during the storm).`);
		say();
		say(`Bare socket.io, same storm, a 2.5 KB snapshot each: ${bareStorm.back}/${PHONES} back after **${ms(bareStorm.allBackMs)}** (ratio app/bare ${(storm.allBackMs / bareStorm.allBackMs).toFixed(2)}). Both include the phones' own process reconnecting 2,000 sockets.`);
		say();
		say('| chair ack, one command every 100 ms | p50 | p99 | max | n |');
		say('|---|---|---|---|---|');
		say(line('quiet (phones connected, idle)', quiet));
		say(line('during the storm', stormChair));
		say();
		await phones.call('close', { set: 'app' });
	} finally {
		await app.stop();
		await bare.stop();
	}
}

async function checkinBurst(phones) {
	const app = await startProcess(join(buildDir, 'server.js'));
	try {
		const meeting = await createMeeting(app.url, 1000);
		const cookies = meeting.tokens.map((t) => delegateCookie(meeting.meetingId, t));
		await phones.call('connect', { set: 'checkin', url: app.url, kind: 'app', meetingId: meeting.meetingId, cookies });
		const burst = await phones.call('checkin', { set: 'checkin', inFlight: 200 });
		say('## 2. Check-in burst: 1,000 self check-ins from phones, 200 in flight');
		say();
		const failed = Object.entries(burst.failures.reduce((n, f) => ((n[f] = (n[f] ?? 0) + 1), n), {})).map(([f, n]) => `${n} × ${f}`);
		say(`Total **${ms(burst.totalMs)}** (target ≤ 3 s); not acknowledged: ${failed.join(', ') || 'none'}. Every ack comes after the fsync of its batch.`);
		say();
		say('| ack | p50 | p99 | max | n |');
		say('|---|---|---|---|---|');
		say(line('self check-in', burst.latencies));
		say();
		await phones.call('close', { set: 'checkin' });
	} finally {
		await app.stop();
	}
}

/** Raw bytes of one GET as sent on the wire (node:http does not decompress). */
function rawGet(url, headers) {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (res) => {
			let bytes = 0;
			res.on('data', (d) => (bytes += d.length));
			res.on('end', () => resolve({ status: res.statusCode, bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
		})
			.on('error', reject)
			.end();
	});
}

async function snapshotsAndPages() {
	const app = await startProcess(join(buildDir, 'server.js'));
	try {
		const meetings = {};
		for (const n of [70, 182, 3000]) meetings[n] = await createMeeting(app.url, n);
		const big = meetings[3000];
		if (wants('snapshot')) {
			say('## 4. Snapshot per role, 3,000 delegates');
			say();
			say('| role | socket snapshot (JSON) | gzip of it |');
			say('|---|---|---|');
			for (const role of ['admin', 'chair', 'secretary', 'desk', 'projector', 'delegate']) {
				const cookie = role === 'delegate' ? delegateCookie(big.meetingId, big.tokens[0]) : adminCookie;
				const { socket, snapshot } = await connectApp(app.url, big.meetingId, role, cookie);
				socket.close();
				const json = JSON.stringify(snapshot);
				say(`| ${role} | ${kb(Buffer.byteLength(json))} | ${kb(gzipSync(json).length)} |`);
			}
			say();
			say('| page (HTML), on the wire | 70 | 182 | 3,000 |');
			say('|---|---|---|---|');
			for (const [name, path, cookieFor] of [
				['phone /m/…/me', 'me', (m) => delegateCookie(m.meetingId, m.tokens[0])],
				['projector', 'projector', () => adminCookie],
				['chair', 'chair', () => adminCookie]
			]) {
				for (const accept of ['identity', 'br, gzip']) {
					const cells = [];
					for (const n of [70, 182, 3000]) {
						const m = meetings[n];
						const r = await rawGet(`${app.url}/m/${m.meetingId}/${path}`, { cookie: cookieFor(m), 'accept-encoding': accept });
						cells.push(`${kb(r.bytes)}${r.encoding === 'none' ? '' : ` (${r.encoding})`}`);
					}
					say(`| ${name}, Accept-Encoding: ${accept} | ${cells.join(' | ')} |`);
				}
			}
			say();
		}
		if (wants('page')) await phonePage(app, meetings);
	} finally {
		await app.stop();
	}
}

/** Chromium, 400 kbit/s and 400 ms round trip: bytes and time until the check-in button works. */
async function phonePage(app, meetings) {
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
	say('## 3. Phone page at 400 kbit/s, 400 ms round trip (Chromium, cold cache)');
	say();
	say('| delegates | button usable as a plain form (HTML): bytes / time | bytes until the app works (HTML+JS+CSS, as transferred) | of it the HTML | then the live connection (4 s) | app works (button enhanced) |');
	say('|---|---|---|---|---|---|');
	try {
		for (const n of [70, 182, 3000]) {
			const m = meetings[n];
			const times = [];
			const formTimes = [];
			let last;
			for (let run = 0; run < 3; run++) {
				const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
				await context.addCookies([{ name: `dt_delegate_${m.meetingId}`, value: m.tokens[5], url: app.url }]);
				const page = await context.newPage();
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
				await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 });
				const sizes = { http: 0, html: 0, ws: 0 };
				const documents = new Set();
				cdp.on('Network.responseReceived', (e) => e.type === 'Document' && documents.add(e.requestId));
				cdp.on('Network.loadingFinished', (e) => {
					sizes.http += e.encodedDataLength;
					if (documents.has(e.requestId)) sizes.html += e.encodedDataLength;
				});
				cdp.on('Network.webSocketFrameReceived', (e) => (sizes.ws += e.response.payloadData.length));
				const t0 = Date.now();
				await page.goto(`${app.url}/m/${m.meetingId}/me`, { waitUntil: 'commit' });
				// The button works as a plain form as soon as the HTML is there (old phones, JS off)...
				await page.locator('[data-testid=checkin] button:enabled').waitFor({ timeout: 60_000 });
				formTimes.push(Date.now() - t0);
				const asForm = { ...sizes };
				// ...and as the app once hydrated: `use:enhance` has put its submit listener on the form.
				await hydrated(cdp, '[data-testid=checkin] form');
				times.push(Date.now() - t0);
				const usable = { ...sizes, form: asForm.http };
				// Then the live connection: socket.io's handshake and the snapshot (polling, then websocket).
				await page.waitForTimeout(4000);
				last = { ...usable, live: sizes.http + sizes.ws - usable.http };
				await context.close();
			}
			say(`| ${n} | ${kb(last.form)} / ${ms(percentile(formTimes, 50))} | **${kb(last.http)}** | ${kb(last.html)} | ${kb(last.live)} | **${ms(percentile(times, 50))}** (median of 3; ${times.map((t) => ms(t)).join(', ')}) |`);
		}
	} finally {
		await browser.close();
	}
	say();
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const stamp = new Date().toISOString();
say(`# Scale benchmarks, ${stamp}`);
say();
say(`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; open files limit ${process.env.BENCH_ULIMIT ?? '?'}; build ${buildDir}.`);
say();
const phones = phonesProcess();
try {
	// A section that fails is reported and the others still run.
	const section = async (fn) => fn().catch((error) => say(`\n**Section failed:** ${String(error?.message ?? error)}\n`));
	if (wants('fanout') || wants('storm')) await section(() => fanoutAndStorm(phones));
	if (wants('checkin')) await section(() => checkinBurst(phones));
	if (wants('snapshot') || wants('page')) await section(() => snapshotsAndPages());
} finally {
	phones.stop();
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, `bench/results/scale-${stamp.slice(0, 16).replace(':', '')}.md`);
writeFileSync(file, report.join('\n') + '\n');
console.log(`\n(written to ${file})`);
process.exit(0);
