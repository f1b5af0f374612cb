import type { Server as HttpServer } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { Server, type Socket } from 'socket.io';
import { domainError } from '../domain/errors';
import type { StoredEvent } from '../domain/events';
import { delegatesConcerned, projectEvents } from '../domain/project';
import type { ClientToServer, HandshakeAuth, ServerToClient, Snapshot } from '../domain/protocol';
import { ROLES, type Actor, type LinkRole, type MeetingState } from '../domain/types';
import { getApp, type App } from './app';
import { grant } from './access';
import { sharedJsonParser } from './encoded-json';
import { MeetingPresence } from './presence';
import { encodedSnapshot } from './views';

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
/** One room per phone: what concerns its owner (their own check-in) goes there. */
const phoneRoom = (meetingId: string, delegateId: string) => `${meetingId}:delegate:${delegateId}`;

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
		// Snapshots go out as JSON encoded once per role and seq (views.ts), not once per socket.
		parser: sharedJsonParser,
		perMessageDeflate: false,
		maxHttpBufferSize: 1_000_000,
		pingInterval: 10_000,
		pingTimeout: 8_000
	});
	const detachers: (() => void)[] = [];
	const presence = new Map<string, MeetingPresence>();

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
		socket.join([room(meetingId), room(meetingId, actor.role), ...(actor.delegateId ? [phoneRoom(meetingId, actor.delegateId)] : [])]);
		// Clients decode it as a `Snapshot` (the wire format is socket.io's own).
		const snapshot = () => encodedSnapshot(live, actor.role, actor.delegateId) as unknown as Snapshot;
		socket.emit('snapshot', snapshot());

		socket.on('command', async (command, ack) => {
			if (typeof ack !== 'function') return; // a command without an ack cannot be confirmed
			ack(await app.execute(meetingId, command, actor));
		});
		socket.on('resync', (ack) => {
			if (typeof ack === 'function') ack(snapshot());
		});
		attachPresence(io, socket, presence);
	});

	void appPromise.then((app) => {
		detachers.push(
			app.on((event) => {
				// After a commit the meeting's state is the one after the whole batch.
				if (event.kind === 'committed') broadcast(io, event.meetingId, event.events, app.meeting(event.meetingId)!.state);
				else if (event.kind === 'revoked') void disconnectRevoked(io, event.meetingId, event.role);
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

/** The handshake asks for a meeting and a role; the one gate (`grant`) answers. */
function authorise(app: App, auth: Partial<HandshakeAuth> | undefined, cookieHeader: string | undefined): SocketData | null {
	const meetingId = typeof auth?.meetingId === 'string' ? auth.meetingId : '';
	const role = auth?.role;
	if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return null;
	const cookies = parseCookies(cookieHeader ?? '');
	const access = grant(app, meetingId, role, (name) => cookies[name], 'socket');
	return access.ok ? { meetingId, actor: access.actor, via: access.via } : null;
}

/** Only the people who edit the minutes see (and set) who is editing what. */
const PRESENCE_ROLES = ['secretary', 'chair', 'admin'];

function attachPresence(io: RealtimeServer, socket: RealtimeSocket, byMeeting: Map<string, MeetingPresence>) {
	const { meetingId, actor } = socket.data;
	if (!PRESENCE_ROLES.includes(actor.role)) return;
	const presence = byMeeting.get(meetingId) ?? new MeetingPresence();
	byMeeting.set(meetingId, presence);
	const tell = () => {
		for (const role of PRESENCE_ROLES) io.local.to(room(meetingId, role)).emit('presence', presence.list()); // this process's list (province server: per process)
	};
	socket.emit('presence', presence.list());
	socket.on('presence', (update) => {
		if (presence.set(socket.id, actor.role, update)) tell();
	});
	socket.on('disconnect', () => {
		if (presence.leave(socket.id)) tell();
	});
}

/**
 * Each role gets the events projected for it, one encode per role room. To this process's
 * sockets only (`io.local`): on the province server every process applies the committed
 * events and sends them to its own sockets (province/cluster.ts). Phones share one
 * version; a phone whose owner an event concerns (its own check-in) gets its own.
 */
function broadcast(io: RealtimeServer, meetingId: string, events: StoredEvent[], after: MeetingState) {
	const rooms = io.sockets.adapter.rooms;
	for (const role of ROLES) {
		if (role === 'delegate' || !rooms.get(room(meetingId, role))?.size) continue;
		io.local.to(room(meetingId, role)).emit('events', projectEvents(events, role, undefined, after));
	}
	if (!rooms.get(room(meetingId, 'delegate'))?.size) return;
	const concerned = [...delegatesConcerned(events)].filter((id) => rooms.get(phoneRoom(meetingId, id))?.size);
	io.local.to(room(meetingId, 'delegate'))
		.except(concerned.map((id) => phoneRoom(meetingId, id)))
		.emit('events', projectEvents(events, 'delegate', undefined, after));
	for (const id of concerned) io.local.to(phoneRoom(meetingId, id)).emit('events', projectEvents(events, 'delegate', id, after));
}

async function disconnectRevoked(io: RealtimeServer, meetingId: string, role: LinkRole) {
	for (const socket of await io.in(room(meetingId, role)).fetchSockets()) {
		if (socket.data.via !== 'link') continue;
		socket.emit('revoked');
		socket.disconnect(true);
	}
}
