/**
 * Shared helpers for the scale benchmarks: the production server in its own process, plan
 * documents of any size, figures (percentiles) and the admin's socket (it sees every token).
 */
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789';
export const root = new URL('../..', import.meta.url).pathname;
export const now = () => performance.timeOrigin + performance.now();

export async function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** Starts a node script as its own process on a free loopback port; resolves once it answers HTTP. */
export async function startProcess(script, env = {}) {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'doi-thoai-bench-'));
	const child = spawn(process.execPath, [script], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN, PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${script} exited: ${output}`);
		if (Date.now() > deadline) throw new Error(`${script} did not start: ${output}`);
		try {
			await fetch(url);
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		pid: child.pid,
		output: () => output,
		/** Resident memory of the process in MB, from /proc. */
		rssMb() {
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
		},
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** Today in Vietnam (UTC+7) and a start time a few minutes ago: check-in is open. */
function vietnamNow() {
	const d = new Date(Date.now() + 7 * 3600_000 - 5 * 60_000);
	const pad = (n) => String(n).padStart(2, '0');
	return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, startTime: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Thảo'];
const TITLES = ['', '', 'Tổ trưởng tổ dân phố', 'Bí thư chi bộ', 'Trưởng ban công tác Mặt trận', 'Chi hội trưởng Hội Phụ nữ'];
const CATEGORIES = ['Đại biểu Nhân dân', 'Đại biểu phường', 'Đại biểu cơ sở', 'Khách mời'];

/** A realistic plan document: names, titles, units, phones, four categories, a programme. */
export function planDocument(delegates, title = `Hội nghị đối thoại ${delegates} đại biểu`) {
	const units = Math.max(10, Math.ceil(delegates / 20));
	return {
		basics: { title, place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['HỘI NGHỊ', 'ĐỐI THOẠI VỚI NHÂN DÂN'], ...vietnamNow() },
		agenda: ['Tuyên bố lý do, giới thiệu đại biểu', 'Báo cáo kết quả thực hiện', 'Báo cáo trả lời ý kiến', 'Đối thoại', 'Kết luận'].map((t) => ({ title: t })),
		categories: CATEGORIES.map((name, i) => ({ name, expected: Math.ceil(delegates / (i === 0 ? 2 : 6)) })),
		units: Array.from({ length: Math.min(500, units) }, (_, i) => ({ name: `Tổ dân phố số ${i + 1}` })),
		delegates: Array.from({ length: delegates }, (_, i) => ({
			salutation: i % 2 ? 'Bà' : 'Ông',
			fullName: `${FAMILY[i % 10]} ${MIDDLE[(i >> 1) % 8]} ${GIVEN[(i * 7) % 12]} ${i + 1}`,
			title: TITLES[i % TITLES.length],
			unit: `Tổ dân phố số ${(i % units) + 1}`,
			category: CATEGORIES[i % 4],
			phone: `09${String(10_000_000 + i).slice(-8)}`
		}))
	};
}

/** Connects one socket.io client to the app; resolves with the socket and its first snapshot. */
export function connectApp(url, meetingId, role, cookie, options = {}) {
	const socket = io(url, { auth: { meetingId, role }, extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true, ...options });
	return new Promise((resolve, reject) => {
		socket.once('snapshot', (snapshot) => resolve({ socket, snapshot }));
		socket.once('connect_error', reject);
	});
}

export const adminCookie = `dt_admin=${ADMIN_TOKEN}`;
export const delegateCookie = (meetingId, token) => `dt_delegate_${meetingId}=${token}`;

/** Creates a meeting of `delegates` people through the plan API, starts it, returns the tokens. */
export async function createMeeting(url, delegates) {
	const response = await fetch(`${url}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify(planDocument(delegates))
	});
	if (response.status !== 201) throw new Error(`create: ${response.status} ${await response.text()}`);
	const { id } = await response.json();
	const { socket, snapshot } = await connectApp(url, id, 'chair', adminCookie);
	const ack = await socket.timeout(10_000).emitWithAck('command', { id: `start-${id}`, type: 'meeting.start', payload: {} });
	socket.close();
	if (!ack.ok) throw new Error(`start: ${JSON.stringify(ack)}`);
	const admin = await connectApp(url, id, 'admin', adminCookie);
	admin.socket.close();
	return {
		meetingId: id,
		tokens: admin.snapshot.state.delegates.map((d) => d.token),
		agenda: snapshot.state.agenda.map((i) => i.id)
	};
}

export function percentile(values, p) {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 1 : 0)} ms` : '—');
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The phones' process (bench/scale/phones.mjs), driven over IPC; a process that dies fails its calls. */
export function phonesProcess() {
	const child = fork(join(root, 'bench/scale/phones.mjs'), [], { stdio: 'inherit' });
	let n = 0;
	const pending = new Map();
	child.on('message', ({ id, result, error }) => {
		const p = pending.get(id);
		pending.delete(id);
		if (error) p.reject(new Error(error));
		else p.resolve(result);
	});
	// A phones process that dies fails its calls (the servers are then stopped in `finally`).
	const fail = (why) => {
		for (const p of pending.values()) p.reject(new Error(why));
		pending.clear();
	};
	child.on('exit', (code) => fail(`phones process exited (${code})`));
	child.on('error', (error) => fail(String(error)));
	return {
		call: (op, args = {}) =>
			new Promise((resolve, reject) => {
				pending.set(++n, { resolve, reject });
				child.send({ id: n, op, args }, (error) => error && fail(String(error)));
			}),
		stop: () => child.kill()
	};
}

/** Hydrated: the element has the submit listener `use:enhance` adds (polled over CDP, bounded). */
export async function hydrated(cdp, selector, timeoutMs = 60_000) {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
		if (result.objectId) {
			const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
			await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
			if (listeners.some((l) => l.type === 'submit')) return;
		}
		await new Promise((r) => setTimeout(r, 20));
	}
	throw new Error(`${selector} not hydrated in ${timeoutMs} ms`);
}
