/** A real HTTP + socket.io server on a random loopback port with a temp data dir. */
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, CommandAck, ServerToClient, Snapshot } from '../../src/lib/domain/protocol';
import type { LinkRole } from '../../src/lib/domain/types';
import { App } from '../../src/lib/server/app';
import { roleCookieName } from '../../src/lib/server/auth';
import { configFromEnv } from '../../src/lib/server/config';
import { attachRealtime } from '../../src/lib/server/realtime';
import type { MeetingStore } from '../../src/lib/server/store/types';

export type TestClient = Socket<ServerToClient, ClientToServer>;

export interface TestServer {
	url: string;
	app: App;
	dataDir: string;
	http: Server;
	/** Stops taking connections and waits for pending writes, like SIGTERM. */
	stop(): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'doi-thoai-test-'));
}

export async function removeDataDir(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
}

export async function startServer(dataDir: string, store?: MeetingStore): Promise<TestServer> {
	const config = { ...configFromEnv({}), dataDir, adminToken: 'test-admin-token' };
	const app = await new App(config, store).init();
	const http = createServer((_req, res) => res.writeHead(404).end());
	const io = attachRealtime(http, Promise.resolve(app));
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const { port } = http.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		app,
		dataDir,
		http,
		async stop() {
			await io.close();
			await app.close();
		}
	};
}

export const sampleBasics = {
	title: 'Hội nghị đối thoại năm 2026',
	date: '2026-07-13',
	startTime: '14:00',
	place: 'Hội trường UBND phường Bạch Đằng',
	bannerLines: ['HỘI NGHỊ', 'ĐỐI THOẠI VỚI NHÂN DÂN']
};

export async function createMeeting(app: App, agenda = ['Khai mạc', 'Báo cáo', 'Đối thoại', 'Kết luận']): Promise<string> {
	const ack = await app.execute(
		null,
		{ id: `create-${Math.random().toString(36).slice(2)}`, type: 'meeting.create', payload: { basics: sampleBasics, agenda: agenda.map((title) => ({ title })) } },
		{ role: 'admin' }
	);
	if (!ack.ok || !ack.meetingId) throw new Error('could not create meeting');
	return ack.meetingId;
}

/** Connects as a role with the role link's cookie; resolves with the first snapshot. */
export function connectAs(server: TestServer, meetingId: string, role: LinkRole, token?: string): Promise<{ socket: TestClient; snapshot: Snapshot }> {
	const cookieToken = token ?? server.app.roleTokens(meetingId)![role];
	const socket: TestClient = connect(server.url, {
		auth: { meetingId, role },
		extraHeaders: { cookie: `${roleCookieName(meetingId, role)}=${cookieToken}` },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true
	});
	return new Promise((resolve, reject) => {
		socket.once('snapshot', (snapshot) => resolve({ socket, snapshot }));
		socket.once('connect_error', (error) => reject(error));
	});
}

let commandCounter = 0;
export function send(socket: TestClient, type: string, payload: unknown = {}, id = `test-command-${++commandCounter}`): Promise<CommandAck> {
	return socket.timeout(5000).emitWithAck('command', { id, type, payload });
}
