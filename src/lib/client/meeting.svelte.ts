import type { Socket } from 'socket.io-client';
import { apply } from '../domain/apply';
import type { CommandType, EmptyCommand, PayloadOf } from '../domain/commands';
import type { DomainError } from '../domain/errors';
import { lastSeq, type StoredEvent } from '../domain/events';
import type { ClientToServer, CommandAck, ServerToClient, Snapshot } from '../domain/protocol';
import type { MeetingState, Role } from '../domain/types';
import { newCommandId } from './command-id';

type Outgoing = { id: string; type: CommandType; payload: unknown; resolve: (ack: CommandAck) => void };

/** How long one attempt waits for its ack before sending the same command again. */
const ACK_TIMEOUT_MS = 8_000;

/**
 * The live meeting in the browser: starts from a server snapshot, folds seq-numbered events
 * with the shared reducer, resyncs on a gap or a reconnect, and keeps commands until the
 * server has acknowledged them (resent with the same id, so they apply once).
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

	readonly meetingId: string;
	readonly role: Role;
	/** null until socket.io-client has loaded (see the constructor). */
	#socket: Socket<ServerToClient, ClientToServer> | null = null;
	#closed = false;
	// Not reactive on purpose: screens read `unsent`, which is updated with the outbox.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#outbox = new Map<string, Outgoing>();
	#resyncing = false;

	constructor(snapshot: Snapshot) {
		this.meetingId = snapshot.meetingId;
		this.role = snapshot.role;
		this.#takeSnapshot(snapshot);
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

	/** The command name and its payload are checked by the compiler (`PayloadOf`). */
	send<T extends EmptyCommand>(type: T): Promise<CommandAck>;
	send<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<CommandAck>;
	send(type: CommandType, payload: unknown = {}): Promise<CommandAck> {
		return new Promise((resolve) => {
			const item: Outgoing = { id: newCommandId(), type, payload, resolve };
			this.#outbox.set(item.id, item);
			this.unsent = this.#outbox.size;
			if (this.connected) this.#transmit(item);
		});
	}

	#connect(io: typeof import('socket.io-client').io) {
		const socket: Socket<ServerToClient, ClientToServer> = io({
			auth: { meetingId: this.meetingId, role: this.role },
			withCredentials: true,
			reconnectionDelay: 500,
			reconnectionDelayMax: 3_000
		});
		socket.on('connect', () => (this.connected = true));
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
		this.#socket?.close();
	}

	#transmit(item: Outgoing) {
		const envelope = { id: item.id, type: item.type, payload: item.payload };
		this.#socket?.timeout(ACK_TIMEOUT_MS).emit('command', envelope, (timedOut: Error | null, ack: CommandAck) => {
			if (!this.#outbox.has(item.id)) return; // answered by an earlier attempt
			if (timedOut) {
				if (this.connected) this.#transmit(item); // same id: the server applies it once
				return; // otherwise the next snapshot (reconnect) resends it
			}
			this.#outbox.delete(item.id);
			this.unsent = this.#outbox.size;
			this.lastError = ack.ok ? null : ack.error;
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
