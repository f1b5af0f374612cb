import type { Server as HttpServer } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { Server, type Socket } from 'socket.io';
import { domainError } from '../domain/errors';
import type { StoredEvent } from '../domain/events';
import { project, projectEvent } from '../domain/project';
import type { ClientToServer, HandshakeAuth, ServerToClient, Snapshot } from '../domain/protocol';
import { LINK_ROLES, ROLES, type Actor, type LinkRole } from '../domain/types';
import { getApp, type App } from './app';
import { ADMIN_COOKIE, roleCookieName, sameSecret } from './auth';

interface SocketData {
	meetingId: string;
	actor: Actor;
	/** 'link' sockets are cut when their role link is revoked; the admin's are not. */
	via: 'link' | 'admin';
}

type RealtimeServer = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

const IO_KEY = Symbol.for('doi-thoai.io');
type IoRegistry = { [IO_KEY]?: { io: RealtimeServer; detach: () => void } };

const room = (meetingId: string, role?: string) => (role ? `${meetingId}:${role}` : meetingId);

/**
 * Attaches socket.io to an HTTP server: the dev Vite plugin, the preview server and the
 * production server all call this. A second call (Vite restarted with a new HTTP server)
 * closes the previous socket.io server first, so listeners never pile up.
 */
export function attachRealtime(httpServer: HttpServer, appPromise: Promise<App> = getApp()): RealtimeServer {
	const registry = globalThis as IoRegistry;
	const isProcessWide = arguments.length < 2;
	if (isProcessWide && registry[IO_KEY]) {
		registry[IO_KEY].detach();
		void registry[IO_KEY].io.close();
	}
	const io: RealtimeServer = new Server(httpServer, {
		serveClient: false,
		perMessageDeflate: false,
		maxHttpBufferSize: 1_000_000,
		pingInterval: 10_000,
		pingTimeout: 8_000
	});
	const detachers: (() => void)[] = [];

	io.use(async (socket, next) => {
		const app = await appPromise;
		const granted = authorise(app, socket.handshake.auth, socket.handshake.headers.cookie);
		if (!granted) {
			const error = new Error('forbidden') as Error & { data: unknown };
			error.data = domainError('forbidden', { role: String(socket.handshake.auth?.role ?? '') });
			return next(error);
		}
		socket.data = granted;
		next();
	});

	io.on('connection', async (socket: RealtimeSocket) => {
		const app = await appPromise;
		const { meetingId, actor } = socket.data;
		const live = app.meeting(meetingId);
		if (!live) return socket.disconnect(true);
		socket.join([room(meetingId), room(meetingId, actor.role)]);
		const snapshot = (): Snapshot => ({
			meetingId,
			role: actor.role,
			seq: live.seq,
			state: project(live.state, actor.role),
			serverTime: Date.now()
		});
		socket.emit('snapshot', snapshot());

		socket.on('command', async (command, ack) => {
			if (typeof ack !== 'function') return; // a command without an ack cannot be confirmed
			ack(await app.execute(meetingId, command, actor));
		});
		socket.on('resync', (ack) => {
			if (typeof ack === 'function') ack(snapshot());
		});
	});

	void appPromise.then((app) => {
		detachers.push(
			app.on((event) => {
				if (event.kind === 'committed') broadcast(io, event.meetingId, event.events);
				else void disconnectRevoked(io, event.meetingId, event.role);
			})
		);
	});

	const detach = () => detachers.forEach((fn) => fn());
	if (isProcessWide) registry[IO_KEY] = { io, detach };
	const close = io.close.bind(io);
	io.close = (fn) => {
		detach();
		return close(fn);
	};
	return io;
}

function authorise(app: App, auth: Partial<HandshakeAuth> | undefined, cookieHeader: string | undefined): SocketData | null {
	const meetingId = typeof auth?.meetingId === 'string' ? auth.meetingId : '';
	const role = auth?.role as LinkRole | 'admin' | 'delegate';
	if (!app.meeting(meetingId)) return null;
	const cookies = parseCookies(cookieHeader ?? '');
	// The admin's own screens (plan, delegates) are live too.
	if (role === 'admin') return app.isAdmin(cookies[ADMIN_COOKIE]) ? { meetingId, actor: { role }, via: 'admin' } : null;
	if (role === 'delegate') {
		const found = app.findDelegateByToken(cookies[roleCookieName(meetingId, 'delegate')], meetingId);
		return found ? { meetingId, actor: { role, delegateId: found.delegateId }, via: 'link' } : null;
	}
	if (!LINK_ROLES.includes(role)) return null;
	const tokens = app.roleTokens(meetingId);
	if (tokens && sameSecret(cookies[roleCookieName(meetingId, role)], tokens[role])) {
		return { meetingId, actor: { role }, via: 'link' };
	}
	if (app.isAdmin(cookies[ADMIN_COOKIE])) return { meetingId, actor: { role }, via: 'admin' };
	return null;
}

/** Each role gets the events projected for it; one encode per role room. */
function broadcast(io: RealtimeServer, meetingId: string, events: StoredEvent[]) {
	for (const role of ROLES) {
		io.to(room(meetingId, role)).emit('events', events.map((e) => projectEvent(e, role)));
	}
}

async function disconnectRevoked(io: RealtimeServer, meetingId: string, role: LinkRole) {
	for (const socket of await io.in(room(meetingId, role)).fetchSockets()) {
		if (socket.data.via !== 'link') continue;
		socket.emit('revoked');
		socket.disconnect(true);
	}
}
