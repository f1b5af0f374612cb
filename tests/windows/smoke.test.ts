/**
 * The Windows smoke test: build/server.js run by Node for Windows under Wine, with a data
 * folder whose path has spaces and Vietnamese letters, driven from Linux over loopback.
 * What Wine cannot show (real antivirus locks, NTFS on a power cut) is in docs/architecture.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientToServer, CommandAck, ServerToClient, Snapshot } from '../../src/lib/domain/protocol';
import { freePort } from '../e2e/server';
import { resolve as resolvePath } from 'node:path';
import { ADMIN_TOKEN, killWine, runScript, windowsPath, WineServer } from './wine';

type Client = Socket<ServerToClient, ClientToServer>;
const INVITED = 300;
const FIRST_WAVE = 200;
const SOCKETS = 50;

const root = mkdtempSync(join(tmpdir(), 'doi-thoai-windows-'));
const dataDir = join(root, 'Phường Bạch Đằng', 'Đối thoại');
const prefix = process.env.WINEPREFIX || join(tmpdir(), 'doi-thoai-wineprefix');
const server = new WineServer(prefix, dataDir, join(root, 'server.log'));
const timings: string[] = [];
let meetingId = '';

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(`${server.url}${path}`, {
		method,
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A desk device (the admin's cookie opens every role), with its first snapshot. */
function desk(): Promise<{ socket: Client; snapshot: Snapshot }> {
	const socket: Client = io(server.url, {
		auth: { meetingId, role: 'desk' },
		extraHeaders: { cookie: `dt_admin=${ADMIN_TOKEN}` },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true
	});
	return new Promise((resolve, reject) => {
		socket.once('snapshot', (snapshot) => resolve({ socket, snapshot }));
		socket.once('connect_error', reject);
	});
}

const checkIn = (socket: Client, delegateId: string, id = `win-${delegateId}`): Promise<CommandAck> =>
	socket.timeout(20_000).emitWithAck('command', { id, type: 'checkin.desk', payload: { delegateId } });

async function presentNow(): Promise<Set<string>> {
	const { socket, snapshot } = await desk();
	socket.close();
	return new Set(Object.keys(snapshot.state.attendance));
}

function meetingFile(): string {
	return join(dataDir, 'meetings', `${meetingId}.json`);
}

function checkedInOnDisk(): Set<string> {
	const present = new Set<string>();
	for (const event of JSON.parse(readFileSync(meetingFile(), 'utf8')).events) {
		if (event.type === 'checkin.recorded') present.add(event.data.delegateId);
		if (event.type === 'checkin.undone') present.delete(event.data.delegateId);
	}
	return present;
}

/** Read-only even for root (CI runs as root, and root ignores chmod): the immutable flag. */
function setReadOnly(folders: string[], on: boolean) {
	const root = process.getuid?.() === 0;
	for (const folder of folders) {
		if (root && !on) execFileSync('chattr', ['-i', folder]);
		execFileSync('chmod', [on ? 'a-w' : 'u+w', folder]);
		if (root && on) execFileSync('chattr', ['+i', folder]);
	}
	if (on) {
		const probe = join(folders[0], 'probe');
		let writable = true;
		try {
			writeFileSync(probe, '');
			rmSync(probe);
		} catch {
			writable = false;
		}
		if (writable) throw new Error(`could not make ${folders[0]} read-only on this machine`);
	}
}

describe('on Windows (Node for Windows under Wine)', () => {
	beforeAll(async () => {
		mkdirSync(dataDir, { recursive: true });
		timings.push(`start: ${await server.start(await freePort())} ms`);
	});
	afterAll(async () => {
		await server.stop('SIGKILL').catch(() => undefined);
		killWine(prefix);
		if (existsSync(join(dataDir, 'meetings'))) setReadOnly([dataDir, join(dataDir, 'meetings')], false);
		console.log(`[windows smoke] ${timings.join(', ')}\n--- server log ---\n${server.log()}`);
		rmSync(root, { recursive: true, force: true });
	});

	it('`npm run demo` (scripts/demo.js) finds the build from a Windows path and writes the demo into a Vietnamese-named folder', async () => {
		const demoDir = join(root, 'Xã Tân Phú', 'dữ liệu mẫu');
		const log = join(root, 'demo.log');
		const port = await freePort(); // nothing listens there: the demo is written offline
		const code = await runScript(prefix, resolvePath('scripts/demo.js'), { DATA_DIR: windowsPath(demoDir), PORT: String(port) }, log);
		const output = readFileSync(log, 'utf8');
		expect(code, `${output}\n(run "npm run build" first: a stale build would be rebuilt, and npm is not there under Wine)`).toBe(0);
		expect(output).toContain('Đã tạo hội nghị mẫu');
		expect(readdirSync(join(demoDir, 'meetings')).filter((n) => n.endsWith('.json'))).toHaveLength(1);
	});

	it('runs a meeting in a data folder named "Phường Bạch Đằng\\Đối thoại": plan API, 200 check-ins from 50 sockets, a graceful restart keeps all 200', async () => {
		expect(server.log()).toContain(`Z:${dataDir.replaceAll('/', '\\')}`);
		const plan = {
			basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-07-13', startTime: '14:00', place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['HỘI NGHỊ ĐỐI THOẠI'] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: INVITED }],
			delegates: Array.from({ length: INVITED }, (_, i) => ({ salutation: i % 2 ? 'Bà' : 'Ông', fullName: `Đại biểu số ${i + 1}`, category: 'Đại biểu Nhân dân' }))
		};
		const created = await api('POST', '/api/meetings', plan);
		expect(created.status, JSON.stringify(created.body)).toBe(201);
		meetingId = String(created.body.id);
		expect(existsSync(meetingFile())).toBe(true); // the Linux folder with the Vietnamese name

		const clients = await Promise.all(Array.from({ length: SOCKETS }, () => desk()));
		const delegates = clients[0].snapshot.state.delegates.map((d) => d.id);
		expect(delegates).toHaveLength(INVITED);
		const wave = delegates.slice(0, FIRST_WAVE);
		const t0 = Date.now();
		const acks = await Promise.all(
			clients.map(async ({ socket }, c) => {
				const mine: CommandAck[] = [];
				for (let i = c; i < wave.length; i += SOCKETS) mine.push(await checkIn(socket, wave[i]));
				return mine;
			})
		);
		timings.push(`${FIRST_WAVE} check-ins: ${Date.now() - t0} ms`);
		clients.forEach((c) => c.socket.close());
		expect(acks.flat().filter((a) => !a.ok)).toEqual([]);
		expect(acks.flat()).toHaveLength(FIRST_WAVE);

		timings.push(`Ctrl+C: ${await server.stop('SIGINT')} ms`);
		expect(server.log()).toContain('SIGINT: đang dừng');
		expect(checkedInOnDisk()).toEqual(new Set(wave));
		timings.push(`restart: ${await server.start(server.port)} ms`);
		expect(await presentNow()).toEqual(new Set(wave));
	});

	it('killed hard while check-ins arrive, it finds every acknowledged one after a restart', async () => {
		const clients = await Promise.all(Array.from({ length: SOCKETS }, () => desk()));
		const rest = clients[0].snapshot.state.delegates.map((d) => d.id).filter((id) => !(id in clients[0].snapshot.state.attendance));
		expect(rest).toHaveLength(INVITED - FIRST_WAVE);
		const acked = new Set<string>();
		let kill: Promise<number> | null = null;
		await Promise.all(
			clients.map(async ({ socket }, c) => {
				for (let i = c; i < rest.length; i += SOCKETS) {
					const ack = await checkIn(socket, rest[i]).catch(() => null); // the server died: no answer
					if (!ack) return;
					if (ack.ok) acked.add(rest[i]);
					if (acked.size === 30 && !kill) kill = server.stop('SIGKILL');
				}
			})
		);
		await kill;
		clients.forEach((c) => c.socket.close());
		killWine(prefix);
		expect(acked.size).toBeGreaterThanOrEqual(30);
		timings.push(`hard kill after ${acked.size} acks`);

		timings.push(`restart: ${await server.start(server.port)} ms`);
		const present = await presentNow();
		for (const id of acked) expect(present.has(id), `acknowledged check-in ${id} lost`).toBe(true);
		expect(present.size).toBeGreaterThanOrEqual(FIRST_WAVE + acked.size);
	});

	it('with a read-only data folder a write is refused cleanly (storage_failed, 503) and nothing is half applied', async () => {
		const folders = [dataDir, join(dataDir, 'meetings')];
		const { socket, snapshot } = await desk();
		const waiting = snapshot.state.delegates.map((d) => d.id).find((id) => !(id in snapshot.state.attendance));
		const before = new Set(Object.keys(snapshot.state.attendance));
		const fileBefore = readFileSync(meetingFile(), 'utf8');
		const listBefore = readdirSync(join(dataDir, 'meetings')).sort();
		const events: unknown[] = [];
		socket.on('events', (e) => events.push(e));

		setReadOnly(folders, true);
		try {
			const ack = waiting
				? await checkIn(socket, waiting, 'win-readonly-checkin')
				: await socket.timeout(20_000).emitWithAck('command', { id: 'win-readonly-undo', type: 'checkin.undo', payload: { delegateId: [...before][0] } });
			expect(ack).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
			const created = await api('POST', '/api/meetings', { basics: { title: 'Không ghi được', date: '2026-07-14', startTime: '08:00', place: 'Hội trường', bannerLines: ['HỘI NGHỊ'] } });
			expect(created.status, JSON.stringify(created.body)).toBe(503);
			expect(created.body).toMatchObject({ error: { code: 'storage_failed' } });

			expect(await presentNow()).toEqual(before);
			expect((await api('GET', '/api/meetings')).body.meetings).toHaveLength(1);
			expect(readFileSync(meetingFile(), 'utf8')).toBe(fileBefore);
			expect(readdirSync(join(dataDir, 'meetings')).sort()).toEqual(listBefore);
			expect(events).toEqual([]);
		} finally {
			setReadOnly(folders, false);
		}
		// Writable again: the same command goes through.
		if (waiting) expect(await checkIn(socket, waiting, 'win-readonly-checkin')).toMatchObject({ ok: true });
		socket.close();
		timings.push('read-only refusal checked');
	});
});
