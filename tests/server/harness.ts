/** A real HTTP + socket.io server on a random loopback port with a temp data dir. */
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach } from 'vitest';
import type { ClientToServer, CommandAck, ServerToClient, Snapshot } from '../../src/lib/domain/protocol';
import type { LinkRole, Role } from '../../src/lib/domain/types';
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

/** What a describe's tests share: a fresh server per test, and the sockets to close after it. */
export interface ServerFixture {
	server: TestServer;
	sockets: TestClient[];
	/** Keeps a connection to close after the test. */
	track<T extends { socket: TestClient }>(connection: T): T;
	/** Closes the sockets, stops the server and starts it again on the same data dir. */
	restart(): Promise<TestServer>;
}

/**
 * Call inside a describe: each test gets its own server and data dir, stopped and removed
 * after it (tracked sockets closed first), so no test sees another's files.
 */
export function serverPerTest(): ServerFixture {
	const closeSockets = () => fixture.sockets.splice(0).forEach((s) => s.close());
	const fixture: ServerFixture = {
		server: undefined as unknown as TestServer,
		sockets: [],
		track: (connection) => (fixture.sockets.push(connection.socket), connection),
		async restart() {
			closeSockets();
			await fixture.server.stop();
			fixture.server = await startServer(fixture.server.dataDir);
			return fixture.server;
		}
	};
	beforeEach(async () => {
		fixture.server = await startServer(await makeDataDir());
	});
	afterEach(async () => {
		closeSockets();
		await fixture.server.stop();
		await removeDataDir(fixture.server.dataDir);
	});
	return fixture;
}

export const sampleBasics = {
	title: 'Hội nghị đối thoại năm 2026',
	date: '2026-07-13',
	startTime: '14:00',
	place: 'Hội trường UBND phường Bạch Đằng',
	bannerLines: ['HỘI NGHỊ', 'ĐỐI THOẠI VỚI NHÂN DÂN']
};

export function createMeeting(app: App, agenda = ['Khai mạc', 'Báo cáo', 'Đối thoại', 'Kết luận']): Promise<string> {
	return createPlannedMeeting(app, { agenda: agenda.map((title) => ({ title })) });
}

/** A meeting from a whole plan document (categories, delegates, …), as the admin creates it. */
export async function createPlannedMeeting(app: App, plan: Record<string, unknown>): Promise<string> {
	const ack = await app.execute(null, { id: `create-${Math.random().toString(36).slice(2)}`, type: 'meeting.create', payload: { basics: sampleBasics, ...plan } }, { role: 'admin' });
	if (!ack.ok || !ack.meetingId) throw new Error(`could not create meeting: ${ack.ok ? '' : ack.error.message}`);
	return ack.meetingId;
}

/** `count` made-up delegates of one category, for load tests. */
export function numberedDelegates(count: number, category: string) {
	return Array.from({ length: count }, (_, i) => ({ salutation: i % 2 ? 'Bà' : 'Ông', fullName: `Đại biểu số ${i + 1}`, category }));
}

/**
 * Connects as a role with the role link's cookie — or as a delegate's phone with its
 * personal token's cookie, as after opening /i/<token>; resolves with the first snapshot.
 */
export function connectAs(server: TestServer, meetingId: string, role: LinkRole | Extract<Role, 'delegate'>, token?: string): Promise<{ socket: TestClient; snapshot: Snapshot }> {
	const cookieToken = token ?? (role === 'delegate' ? undefined : server.app.roleTokens(meetingId)![role]);
	if (!cookieToken) throw new Error('a delegate connects with their own token');
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
