import type { Socket } from 'socket.io-client';
import { apply } from '../domain/apply';
import type { CommandType, EmptyCommand, PayloadOf } from '../domain/commands';
import type { DomainError } from '../domain/errors';
import { lastSeq, type StoredEvent } from '../domain/events';
import type { ClientToServer, CommandAck, PresenceEntry, PresenceUpdate, ServerToClient, Snapshot } from '../domain/protocol';
import type { MeetingState, Role } from '../domain/types';
import { newCommandId } from './command-id';
import { OutboxStorage, type Place } from './outbox-storage';

/**
 * `sent`: handed to a socket at least once (or restored after a reload: an earlier page may
 * have sent it), so the server may hold it under this id and it can no longer be rewritten.
 */
type Outgoing = { id: string; type: string; payload: unknown; place: Place; sent: boolean; resolve: (ack: CommandAck) => void };
/** A command waiting for the server, as screens see it (same id as on the wire). */
export type PendingCommand = { readonly id: string; readonly type: string; readonly payload: unknown };
/** A command the server refused, kept until the screen deals with it (e.g. a conflict to merge). */
export type Refusal = PendingCommand & { readonly error: DomainError };
/**
 * `id`: the command's id, chosen by the screen when it must refer to what it creates.
 * `holdMs`: kept (in storage too) but sent only after this long without `amend`: a text
 * being typed is saved at every keystroke and goes out once the typing pauses.
 */
export type SendOptions = { id?: string; holdMs?: number };
/** How many refusals to keep for screens; older ones are dropped. */
const MAX_REFUSALS = 50;

/** How long one attempt waits for its ack before sending the same command again. */
const ACK_TIMEOUT_MS = 8_000;
/** How long a command the server could not write (`storage_failed`) waits before it is sent again. */
const STORAGE_RETRY_MS = 3_000;
/** How soon `pending` shows a rewritten command (see `amend`); below the typing pause of text boxes. */
const AMEND_SHOWN_MS = 150;

/**
 * The live meeting in the browser: starts from a server snapshot, folds seq-numbered events
 * with the shared reducer, resyncs on a gap or a reconnect, and keeps commands until the
 * server has acknowledged them (resent with the same id, so they apply once). Unacknowledged
 * commands are also kept in localStorage, so a reload or a closed tab loses none of them.
 * Screens read `state` and call `send`; they never touch the socket.
 */
export class MeetingClient {
	state = $state.raw<MeetingState>() as MeetingState;
	seq = $state(0);
	connected = $state(false);
	/** The server cut this device off (its role link was revoked) or refused it. */
	refused = $state<'revoked' | 'forbidden' | null>(null);
	unsent = $state(0);
	lastError = $state<DomainError | null>(null);
	/** Server time minus local time, measured from each snapshot. */
	clockOffset = $state(0);
	/** Unacknowledged commands in the order sent, including those restored after a reload. */
	pending = $state.raw<PendingCommand[]>([]);
	/** Refused commands, newest last, until `dismissRefusal` (also those resent after a reload). */
	refusals = $state.raw<Refusal[]>([]);
	/** Who edits which text right now (secretaries and chair only; see protocol.md). */
	presence = $state.raw<PresenceEntry[]>([]);
	socketId = $state<string | null>(null);

	readonly meetingId: string;
	readonly role: Role;
	/** null until socket.io-client has loaded (see the constructor). */
	#socket: Socket<ServerToClient, ClientToServer> | null = null;
	#closed = false;
	// Not reactive on purpose: screens read `unsent`, which is updated with the outbox.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#outbox = new Map<string, Outgoing>();
	#resyncing = false;
	#stored: OutboxStorage;
	#presence: PresenceUpdate | null = null;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#held = new Map<string, ReturnType<typeof setTimeout>>();
	#changedSoon: ReturnType<typeof setTimeout> | null = null;

	constructor(snapshot: Snapshot) {
		this.meetingId = snapshot.meetingId;
		this.role = snapshot.role;
		this.#takeSnapshot(snapshot);
		// What an earlier page left unacknowledged (closed tab, dead battery) is resent with its ids.
		this.#stored = new OutboxStorage(snapshot.meetingId, snapshot.role);
		for (const { id, type, payload, queuedAt, n } of this.#stored.load()) this.#outbox.set(id, { id, type, payload, place: { queuedAt, n }, sent: true, resolve: () => undefined });
		this.#outboxChanged();
		window.addEventListener('offline', this.#goOffline);
		window.addEventListener('online', this.#goOnline);
		// socket.io-client (≈13 KB) loads after the page works: on a slow phone the button is
		// usable sooner, and a tap before the connection waits in the outbox like any other.
		void import('socket.io-client').then(({ io }) => {
			if (!this.#closed) this.#connect(io);
		});
	}

	/** Server time now, for clocks and timers. */
	now(): number {
		return Date.now() + this.clockOffset;
	}

	/**
	 * Queues a command: kept in localStorage before it is first sent, resent with the same id
	 * until acknowledged. The name and payload are checked by the compiler (`PayloadOf`);
	 * `options.id` lets a screen name what it creates before the ack (a new opinion's id is
	 * its recording command's id).
	 */
	send<T extends EmptyCommand>(type: T): Promise<CommandAck>;
	send<T extends CommandType>(type: T, payload: PayloadOf<T>, options?: SendOptions): Promise<CommandAck>;
	send(type: CommandType, payload: unknown = {}, options: SendOptions = {}): Promise<CommandAck> {
		return new Promise((resolve) => {
			const id = options.id ?? newCommandId();
			const item: Outgoing = { id, type, payload, place: this.#stored.save({ id, type, payload }), sent: false, resolve };
			this.#outbox.set(item.id, item);
			this.#outboxChanged();
			if (options.holdMs) this.#hold(item, options.holdMs);
			else if (this.connected) this.#transmit(item);
		});
	}

	/**
	 * Rewrites a queued command that has not gone out yet: same id, same place in the order,
	 * new payload, stored at once (and held again for `holdMs`). False when it has gone out
	 * (or was restored from an earlier page): the server may already hold that id, so the
	 * caller sends a new command instead.
	 */
	amend(id: string, payload: unknown, holdMs = 0): boolean {
		const item = this.#outbox.get(id);
		if (!item || item.sent) return false;
		item.payload = payload;
		this.#stored.save(item);
		// Screens show the typing from their own box: the outbox's view (and all that derives
		// from it) follows a moment later instead of at every keystroke.
		this.#changedSoon ??= setTimeout(() => {
			this.#changedSoon = null;
			this.#outboxChanged();
		}, AMEND_SHOWN_MS);
		if (holdMs) this.#hold(item, holdMs);
		return true;
	}

	/** Drops a queued command that has not gone out yet (typing came back to the text before it). */
	withdraw(id: string): boolean {
		const item = this.#outbox.get(id);
		if (!item || item.sent) return false;
		clearTimeout(this.#held.get(id));
		this.#held.delete(id);
		this.#outbox.delete(id);
		this.#stored.remove(id);
		this.#outboxChanged();
		return true;
	}

	#hold(item: Outgoing, ms: number) {
		clearTimeout(this.#held.get(item.id));
		this.#held.set(
			item.id,
			setTimeout(() => {
				this.#held.delete(item.id);
				if (this.connected) this.#transmit(item); // else the next snapshot (reconnect) sends it
			}, ms)
		);
	}

	/** Where this screen's cursor is, for the other editors; re-sent after every reconnection. */
	setPresence(update: PresenceUpdate) {
		this.#presence = update;
		if (this.connected) this.#socket?.emit('presence', update);
	}

	dismissRefusal(id: string) {
		this.refusals = this.refusals.filter((r) => r.id !== id);
	}

	#outboxChanged() {
		clearTimeout(this.#changedSoon ?? undefined);
		this.#changedSoon = null;
		this.unsent = this.#outbox.size;
		this.pending = [...this.#outbox.values()].map(({ id, type, payload }) => ({ id, type, payload }));
	}

	#connect(io: typeof import('socket.io-client').io) {
		const socket: Socket<ServerToClient, ClientToServer> = io({
			auth: { meetingId: this.meetingId, role: this.role },
			withCredentials: true,
			reconnectionDelay: 500,
			reconnectionDelayMax: 3_000,
			// A laptop that knows it is offline waits for the network instead of retrying in vain.
			autoConnect: navigator.onLine !== false
		});
		socket.on('connect', () => {
			this.connected = true;
			this.socketId = socket.id ?? null;
			if (this.#presence) socket.emit('presence', this.#presence);
		});
		socket.on('presence', (entries) => (this.presence = entries));
		socket.on('disconnect', () => (this.connected = false));
		socket.on('connect_error', (error) => {
			if ((error as Error & { data?: DomainError }).data?.code === 'forbidden') this.refused = 'forbidden';
		});
		socket.on('revoked', () => (this.refused = 'revoked'));
		// Sent by the server on every (re)connection: then resend whatever is unacknowledged.
		socket.on('snapshot', (snap) => {
			this.#takeSnapshot(snap);
			for (const item of this.#outbox.values()) this.#transmit(item);
		});
		socket.on('events', (events) => this.#receive(events));
		this.#socket = socket;
	}

	close() {
		this.#closed = true;
		for (const timer of this.#held.values()) clearTimeout(timer);
		window.removeEventListener('offline', this.#goOffline);
		window.removeEventListener('online', this.#goOnline);
		this.#socket?.close();
	}

	// The browser says the network is gone (Wi-Fi dropped): stop using a socket that cannot
	// deliver, so nothing is sent into the void; commands wait in the outbox until 'online'.
	#goOffline = () => this.#socket?.disconnect();
	#goOnline = () => this.#socket?.connect();

	#transmit(item: Outgoing) {
		item.sent = true;
		clearTimeout(this.#held.get(item.id));
		this.#held.delete(item.id);
		const envelope = { id: item.id, type: item.type, payload: item.payload };
		this.#socket?.timeout(ACK_TIMEOUT_MS).emit('command', envelope, (timedOut: Error | null, ack: CommandAck) => {
			if (!this.#outbox.has(item.id)) return; // answered by an earlier attempt
			if (timedOut) {
				if (this.connected) this.#transmit(item); // same id: the server applies it once
				return; // otherwise the next snapshot (reconnect) resends it
			}
			if (!ack.ok && ack.error.code === 'storage_failed') {
				// The laptop's disk refused the write, not the meeting the command: keep it and
				// try again soon (the next snapshot also resends it); the same id applies once.
				this.lastError = ack.error;
				this.#hold(item, STORAGE_RETRY_MS);
				return;
			}
			this.#outbox.delete(item.id);
			this.#stored.remove(item.id);
			this.#outboxChanged();
			this.lastError = ack.ok ? null : ack.error;
			if (!ack.ok) this.refusals = [...this.refusals, { id: item.id, type: item.type, payload: item.payload, error: ack.error }].slice(-MAX_REFUSALS);
			item.resolve(ack);
		});
	}

	#takeSnapshot(snapshot: Snapshot) {
		this.state = snapshot.state;
		this.seq = snapshot.seq;
		this.clockOffset = snapshot.serverTime - Date.now();
	}

	#receive(events: StoredEvent[]) {
		let state = this.state;
		let seq = this.seq;
		for (const event of events) {
			if (lastSeq(event) <= seq) continue; // already folded (snapshot raced the broadcast)
			if (event.seq !== seq + 1) return this.#resync();
			state = apply(state, event);
			seq = lastSeq(event); // a blank may stand for several events (project.ts)
		}
		this.state = state;
		this.seq = seq;
	}

	#resync() {
		if (this.#resyncing) return;
		this.#resyncing = true;
		this.#socket?.emit('resync', (snapshot) => {
			this.#resyncing = false;
			this.#takeSnapshot(snapshot);
		});
	}
}
