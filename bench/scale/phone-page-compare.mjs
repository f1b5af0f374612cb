/**
 * The phone page of two builds, measured alternately in one run (the machine is shared: compare
 * medians and the ratio, not absolute times). Same method as `run.mjs page`: Chromium, 400 kbit/s,
 * 400 ms round trip, cold cache; bytes as transferred until the check-in form is hydrated.
 *   BUILDS=base=/path/to/old/worktree,now=. RUNS=7 SIZES=70,182,3000 node bench/scale/phone-page-compare.mjs
 * Each folder needs its own `npm ci` and `npm run build` (its `build/server.js` is started there).
 * Also prints each build's delegate snapshot (JSON / gzip) and the files the page loads.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ADMIN_TOKEN, connectApp, createMeeting, delegateCookie, freePort, hydrated, percentile, root } from './common.mjs';
const RUNS = Number(process.env.RUNS || 5);
const SIZES = (process.env.SIZES || '70,3000').split(',').map(Number);
const builds = Object.fromEntries((process.env.BUILDS || 'now=.').split(',').map((s) => s.split('=')).map(([name, dir]) => [name, resolve(root, dir)]));

async function start(dir) {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'phonesize-bench-'));
	const child = spawn(process.execPath, [join(dir, 'build/server.js')], { cwd: dir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN, PUBLIC_URL: `http://127.0.0.1:${port}` }, stdio: ['ignore', 'pipe', 'pipe'] });
	let out = ''; child.stdout.on('data', (d) => (out += d)); child.stderr.on('data', (d) => (out += d));
	const url = `http://127.0.0.1:${port}`;
	const end = Date.now() + 20000;
	for (;;) { if (child.exitCode !== null || Date.now() > end) throw new Error(out); try { await fetch(url); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
	return { url, stop: async () => { const e = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await e; rmSync(dataDir, { recursive: true, force: true }); } };
}

const servers = {};
for (const [name, dir] of Object.entries(builds)) {
	const app = await start(dir);
	const meetings = {};
	for (const n of SIZES) meetings[n] = await createMeeting(app.url, n);
	servers[name] = { app, meetings };
}
const kb = (b) => (b / 1024).toFixed(1);
// Snapshots of a delegate's phone.
for (const [name, { app, meetings }] of Object.entries(servers)) {
	for (const n of SIZES) {
		const m = meetings[n];
		const { socket, snapshot } = await connectApp(app.url, m.meetingId, 'delegate', delegateCookie(m.meetingId, m.tokens[0]));
		socket.close();
		const json = JSON.stringify(snapshot);
		const cal = JSON.stringify(snapshot.state?.calendar ?? null);
		console.log(`snapshot ${name} n=${n}: ${kb(Buffer.byteLength(json))} KB JSON, ${kb(gzipSync(json).length)} KB gzip; calendar ${Buffer.byteLength(cal)} B JSON`);
	}
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const results = {};
try {
	for (let run = 0; run < RUNS; run++) {
		for (const n of SIZES) {
			const order = run % 2 ? Object.keys(servers).reverse() : Object.keys(servers);
			for (const name of order) {
				const { app, meetings } = servers[name];
				const m = meetings[n];
				const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
				await context.addCookies([{ name: `dt_delegate_${m.meetingId}`, value: m.tokens[5], url: app.url }]);
				const page = await context.newPage();
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
				await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 400000 / 8, uploadThroughput: 400000 / 8 });
				const sizes = { http: 0, html: 0 };
				const docs = new Set(); const urls = new Map(); const files = [];
				cdp.on('Network.responseReceived', (e) => { urls.set(e.requestId, e.response.url); if (e.type === 'Document') docs.add(e.requestId); });
				cdp.on('Network.loadingFinished', (e) => { sizes.http += e.encodedDataLength; files.push([urls.get(e.requestId), e.encodedDataLength]); if (docs.has(e.requestId)) sizes.html += e.encodedDataLength; });
				const t0 = Date.now();
				await page.goto(`${app.url}/m/${m.meetingId}/me`, { waitUntil: 'commit' });
				await page.locator('[data-testid=checkin] button:enabled').waitFor({ timeout: 60000 });
				const form = Date.now() - t0;
				await hydrated(cdp, '[data-testid=checkin] form');
				const t = Date.now() - t0;
				const r = ((results[name] ??= {})[n] ??= { times: [], forms: [], bytes: [], html: [], files: null });
				r.times.push(t); r.forms.push(form); r.bytes.push(sizes.http); r.html.push(sizes.html); r.files ??= files.slice();
				await context.close();
				console.log(`run ${run} n=${n} ${name}: ${kb(sizes.http)} KB (html ${kb(sizes.html)}), ${t} ms (form ${form} ms)`);
			}
		}
	}
} finally {
	await browser.close();
	for (const s of Object.values(servers)) await s.app.stop();
}
console.log('\n| delegates | build | bytes until the app works (median) | of it HTML | time (median) | form usable | files |');
for (const n of SIZES) for (const name of Object.keys(results)) {
	const r = results[name][n];
	console.log(`| ${n} | ${name} | ${kb(percentile(r.bytes, 50))} KB | ${kb(percentile(r.html, 50))} KB | ${percentile(r.times, 50)} ms (${r.times.join(', ')}) | ${percentile(r.forms, 50)} ms | ${r.files.length} |`);
}
const names = Object.keys(results);
if (names.length === 2) for (const n of SIZES) {
	const [a, b] = names.map((x) => results[x][n]);
	console.log(`ratio ${names[1]}/${names[0]} n=${n}: bytes ${(percentile(b.bytes, 50) / percentile(a.bytes, 50)).toFixed(3)}, time ${(percentile(b.times, 50) / percentile(a.times, 50)).toFixed(3)}`);
}
for (const name of names) { console.log(`\nfiles ${name} (n=${SIZES[0]}):`); for (const [u, b] of results[name][SIZES[0]].files) console.log(`  ${b}\t${u.replace(/^http:\/\/[^/]+/, '')}`); }
process.exit(0);
