/**
 * The province server: several processes behind one address, meetings in PostgreSQL,
 * joined through Redis. Loaded only when REDIS_URL is set (realtime.ts imports it then).
 *
 * One writer per meeting: the process that holds the meeting's PostgreSQL advisory lock
 * (taken on first need, held for the life of its lock connection) decides and writes its
 * commands, group commit as on a hall laptop. Every other process forwards the commands it
 * receives to that owner over Redis (`serverSideEmit`) and passes the owner's ack back.
 * After each commit the owner publishes the events; every process applies them to its copy
 * of the meeting (`LiveMeeting.follow`) and sends them to ITS OWN sockets. A process that
 * sees a gap, or missed messages while Redis was away, reads what it lacks from PostgreSQL,
 * which is the one source of truth: Redis only carries notices and forwards.
 *
 * When the owner dies, PostgreSQL frees its lock with its connection; a forward that gets no
 * answer makes the forwarding process take the lock, read the log up to the end and carry on
 * (the client resends its unacknowledged commands with the same id, so a command the dead
 * owner wrote but never acknowledged answers as a duplicate). An ack is sent only after
 * COMMIT, so an acknowledged command is in the table whatever process dies afterwards, and
 * `PRIMARY KEY (meeting_id, seq)` refuses a second writer's batch should two ever overlap.
 */
import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import { domainError } from '../../domain/errors';
import type { StoredEvent } from '../../domain/events';
import type { CommandAck } from '../../domain/protocol';
import type { Actor } from '../../domain/types';
import type { App } from '../app';
import type { LiveMeeting } from '../live-meeting';
import type { PostgresMeetingStore } from '../store/postgres-store';
import type { RoleTokens } from '../store/types';

export interface ProvinceOptions {
	/** How long a forwarded command waits for the owner before the lock is tried again. */
	forwardTimeoutMs?: number;
	/** After this long without an owner's answer the command is refused (storage_failed). */
	deadlineMs?: number;
	/** How often each process checks PostgreSQL for meetings and events it missed. */
	sweepMs?: number;
}

type Forward = { requestId: string; from: string; meetingId: string; raw: unknown; actor: Actor };
type ForwardAck = { requestId: string; to: string; ack: CommandAck };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyServer = Server<any, any, any, any>;

export class ProvinceCluster {
	readonly uid = randomUUID();
	#io: AnyServer;
	#app: App;
	#store: PostgresMeetingStore;
	#redis: Redis;
	#options: Required<ProvinceOptions>;
	/** Meetings this process writes (it holds their lock). */
	#owned = new Set<string>();
	/** Meetings whose owner answered our last forward: no need to try the lock first. */
	#ownedElsewhere = new Set<string>();
	#claiming = new Map<string, Promise<boolean>>();
	#catchingUp = new Map<string, Promise<void>>();
	#waiting = new Map<string, (ack: CommandAck) => void>();
	#sweep: NodeJS.Timeout;
	#closed = false;

	constructor(io: AnyServer, app: App, store: PostgresMeetingStore, redis: Redis, options: ProvinceOptions = {}) {
		this.#io = io;
		this.#app = app;
		this.#store = store;
		this.#redis = redis;
		const given = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'number' && v > 0));
		this.#options = { forwardTimeoutMs: 2_000, deadlineMs: 15_000, sweepMs: 5_000, ...given };
		io.adapter(createAdapter(redis));
		io.on('dt:command', (message: Forward) => logged(this.#serve(message)));
		io.on('dt:ack', (message: ForwardAck) => {
			if (message.to === this.uid) this.#waiting.get(message.requestId)?.(message.ack);
		});
		io.on('dt:committed', (message: { meetingId: string; events: StoredEvent[] }) => logged(this.#follow(message.meetingId, message.events)));
		io.on('dt:meeting', (message: { meetingId: string }) => logged(app.adoptFromStore(message.meetingId)));
		io.on('dt:access', (message: { meetingId: string; access: RoleTokens }) => app.acceptAccess(message.meetingId, message.access));
		app.on((event) => {
			if (event.kind === 'committed' && this.#owned.has(event.meetingId)) {
				io.serverSideEmit('dt:committed', { meetingId: event.meetingId, events: event.events });
			} else if (event.kind === 'created') {
				io.serverSideEmit('dt:meeting', { meetingId: event.meetingId });
			} else if (event.kind === 'revoked' || event.kind === 'access') {
				io.serverSideEmit('dt:access', { meetingId: event.meetingId, access: app.roleTokens(event.meetingId) });
			}
		});
		app.route = (live, raw, actor) => this.execute(live, raw, actor);
		// The lock connection dropped: PostgreSQL has freed our locks, another process may own
		// our meetings now. Stop writing them; the next command takes the lock again or forwards.
		store.onLockLost((error) => {
			if (this.#closed) return;
			console.error('[province] lock connection lost, giving up meeting ownership:', error.message);
			this.#owned.clear();
		});
		// Back from a Redis outage: notices may have been missed; read them from PostgreSQL.
		redis.on('ready', () => void this.sweep());
		this.#sweep = setInterval(() => void this.sweep(), this.#options.sweepMs);
		this.#sweep.unref();
	}

	/** Meetings this process writes now. */
	owned(): string[] {
		return [...this.#owned];
	}

	/** The command path of a meeting on the province server (`App.route`). */
	async execute(live: LiveMeeting, raw: unknown, actor: Actor): Promise<CommandAck> {
		const deadline = Date.now() + this.#options.deadlineMs;
		for (;;) {
			if (this.#owned.has(live.id)) return live.execute(raw, actor);
			if (!this.#ownedElsewhere.has(live.id) && (await this.#claim(live))) return live.execute(raw, actor);
			const ack = await this.#forward(live.id, raw, actor);
			if (ack) {
				this.#ownedElsewhere.add(live.id);
				return ack;
			}
			// No answer: the owner may be gone (its lock is then free) or busy; try again.
			this.#ownedElsewhere.delete(live.id);
			if (Date.now() > deadline) return { ok: false, error: domainError('storage_failed') };
		}
	}

	/** Takes the meeting's lock if it is free, then reads the log to its end before writing. */
	#claim(live: LiveMeeting): Promise<boolean> {
		let claiming = this.#claiming.get(live.id);
		if (!claiming) {
			claiming = (async () => {
				try {
					if (!(await this.#store.tryLock(live.id))) return false;
					await live.settled();
					await this.#catchUp(live);
					this.#owned.add(live.id);
					this.#ownedElsewhere.delete(live.id);
					return true;
				} catch (error) {
					console.error(`[province] could not take meeting ${live.id}:`, error);
					return false;
				}
			})().finally(() => this.#claiming.delete(live.id));
			this.#claiming.set(live.id, claiming);
		}
		return claiming;
	}

	#forward(meetingId: string, raw: unknown, actor: Actor): Promise<CommandAck | null> {
		const requestId = randomUUID();
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#waiting.delete(requestId);
				resolve(null);
			}, this.#options.forwardTimeoutMs);
			this.#waiting.set(requestId, (ack) => {
				clearTimeout(timer);
				this.#waiting.delete(requestId);
				resolve(ack);
			});
			try {
				this.#io.serverSideEmit('dt:command', { requestId, from: this.uid, meetingId, raw, actor } satisfies Forward);
			} catch (error) {
				console.error('[province] could not forward a command:', error);
			}
		});
	}

	/** A command forwarded by another process: answered only by the meeting's owner. */
	async #serve({ requestId, from, meetingId, raw, actor }: Forward) {
		if (!this.#owned.has(meetingId)) return;
		const live = this.#app.meeting(meetingId);
		if (!live) return;
		const ack = await live.execute(raw, actor);
		this.#io.serverSideEmit('dt:ack', { requestId, to: from, ack } satisfies ForwardAck);
	}

	/** Events the owner committed: applied here and sent to this process's sockets. */
	async #follow(meetingId: string, events: StoredEvent[]) {
		if (this.#owned.has(meetingId)) return;
		const live = this.#app.meeting(meetingId) ?? (await this.#app.adoptFromStore(meetingId));
		if (!live) return;
		if (!live.follow(events)) await this.#catchUp(live);
	}

	/** Reads from PostgreSQL what this copy of the meeting lacks. */
	#catchUp(live: LiveMeeting): Promise<void> {
		let running = this.#catchingUp.get(live.id);
		if (!running) {
			running = (async () => {
				const missing = await this.#store.eventsAfter(live.id, live.seq);
				if (missing.length && !live.follow(missing)) throw new Error(`meeting ${live.id}: could not apply the log after seq ${live.seq}`);
			})().finally(() => this.#catchingUp.delete(live.id));
			this.#catchingUp.set(live.id, running);
		}
		return running;
	}

	/** Meetings and events this process missed (a Redis outage, a lost notice). */
	async sweep(): Promise<void> {
		if (this.#closed) return;
		try {
			for (const [id, seq] of await this.#store.lastSeqs()) {
				const live = this.#app.meeting(id) ?? (await this.#app.adoptFromStore(id));
				if (live && !this.#owned.has(id) && seq > live.seq) await this.#catchUp(live);
			}
		} catch (error) {
			console.error('[province] sweep failed:', error);
		}
	}

	async close(): Promise<void> {
		this.#closed = true;
		clearInterval(this.#sweep);
		this.#redis.disconnect();
	}
}

/** Joins this process to the others: the Redis adapter, the forwarding, the lock. */
export async function attachProvince(io: AnyServer, app: App, redisUrl: string, options?: ProvinceOptions): Promise<ProvinceCluster> {
	if (!('tryLock' in app.store)) throw new Error('REDIS_URL (several processes) needs DATABASE_URL: the processes share the meetings through PostgreSQL');
	// Commands wait while Redis is away (no retry limit) and go out once it is back.
	const redis = new Redis(redisUrl, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 100, 1_000) });
	redis.on('error', (error) => console.error('[province] Redis:', error.message));
	const fromEnv = { forwardTimeoutMs: Number(process.env.PROVINCE_FORWARD_TIMEOUT_MS), sweepMs: Number(process.env.PROVINCE_SWEEP_MS) };
	return new ProvinceCluster(io, app, app.store as PostgresMeetingStore, redis, { ...fromEnv, ...options });
}

function logged(work: Promise<unknown>) {
	work.catch((error) => console.error('[province]', error));
}
