import { apply, replay } from '../domain/apply';
import { decide } from '../domain/decide';
import { domainError, isDomainError, type DomainError } from '../domain/errors';
import type { DomainEventBody, StoredEvent } from '../domain/events';
import type { CommandAck } from '../domain/protocol';
import type { Actor, MeetingState } from '../domain/types';
import { newEntityId, newToken } from './ids';
import type { MeetingSnapshot, MeetingStore } from './store/types';

type Waiter = { resolve: (ack: CommandAck) => void; commandId: string | null };

/** How many refused command ids we remember to answer retries identically. */
const REMEMBERED_REFUSALS = 5_000;

/**
 * One meeting in memory: decides commands against the latest state, writes what they
 * produce in batches (group commit: commands that arrive together share one write) and
 * acknowledges only after the write. Observers see events only once they are durable.
 */
export class LiveMeeting {
	readonly id: string;
	/** Id of the command that created the meeting: makes a retried create idempotent. */
	readonly createdBy: string;
	/** Durable state: what snapshots and observers get. */
	state: MeetingState;
	seq: number;
	/** Includes events decided but not yet written; commands are decided against this. */
	#ahead: MeetingState;
	#aheadSeq: number;
	#store: MeetingStore;
	#committed = new Map<string, number>();
	#refused = new Map<string, DomainError>();
	#inBatch = new Map<string, Promise<CommandAck>>();
	#batch: { events: StoredEvent[]; waiters: Waiter[] } = { events: [], waiters: [] };
	#writing: Promise<void> | null = null;
	#scheduled = false;
	#observers = new Set<(events: StoredEvent[]) => void>();

	constructor(id: string, events: StoredEvent[], store: MeetingStore, snapshot?: MeetingSnapshot) {
		const state = snapshot ? events.filter((e) => e.seq > snapshot.seq).reduce(apply, snapshot.state) : replay(events);
		if (!state) throw new Error(`meeting ${id} has no meeting.created event`);
		this.id = id;
		this.createdBy = events[0].commandId;
		this.state = this.#ahead = state;
		this.seq = this.#aheadSeq = events.at(-1)?.seq ?? 0;
		this.#store = store;
		for (const event of events) this.#committed.set(event.commandId, event.seq);
	}

	observe(fn: (events: StoredEvent[]) => void): () => void {
		this.#observers.add(fn);
		return () => this.#observers.delete(fn);
	}

	/** Runs one command; the promise resolves with the ack once its events are on disk. */
	execute(raw: unknown, actor: Actor, now = Date.now()): Promise<CommandAck> {
		const commandId = readCommandId(raw);
		if (commandId) {
			const seq = this.#committed.get(commandId);
			if (seq !== undefined) return Promise.resolve({ ok: true, seq, duplicate: true });
			const refusal = this.#refused.get(commandId);
			if (refusal) return Promise.resolve({ ok: false, error: refusal });
			const running = this.#inBatch.get(commandId);
			if (running) return running;
		}
		const decision = decide(this.#ahead, raw, { actor, now, newId: newEntityId, newToken, meetingId: this.id });
		if (isDomainError(decision)) {
			if (commandId) this.#rememberRefusal(commandId, decision);
			return Promise.resolve({ ok: false, error: decision });
		}
		const stored = this.#stamp(decision, actor, now, commandId ?? '');
		const answer = new Promise<CommandAck>((resolve) => {
			this.#batch.events.push(...stored);
			this.#batch.waiters.push({ resolve, commandId });
		});
		if (commandId) this.#inBatch.set(commandId, answer);
		this.#schedule();
		return answer;
	}

	#stamp(bodies: DomainEventBody[], actor: Actor, at: number, commandId: string): StoredEvent[] {
		return bodies.map((body) => {
			const event = { ...body, seq: ++this.#aheadSeq, at, actor, commandId } as StoredEvent;
			this.#ahead = apply(this.#ahead, event);
			return event;
		});
	}

	#schedule() {
		if (this.#scheduled) return;
		this.#scheduled = true;
		// setImmediate: commands read from the sockets in the same turn join one batch.
		setImmediate(() => {
			this.#scheduled = false;
			void this.#flush();
		});
	}

	async #flush(): Promise<void> {
		if (this.#writing) return; // the running flush picks the batch up when it ends
		while (this.#batch.waiters.length) {
			const batch = this.#batch;
			this.#batch = { events: [], waiters: [] };
			this.#writing = batch.events.length ? this.#store.append(this.id, batch.events) : Promise.resolve();
			try {
				await this.#writing;
			} catch (error) {
				console.error(`[store] write failed for meeting ${this.id}:`, error);
				this.#writing = null;
				this.#failEverythingUnwritten(batch);
				return;
			}
			this.#writing = null;
			this.#commit(batch);
		}
	}

	#commit(batch: { events: StoredEvent[]; waiters: Waiter[] }) {
		const before = this.seq;
		for (const event of batch.events) {
			this.state = apply(this.state, event);
			this.seq = event.seq;
			this.#committed.set(event.commandId, event.seq);
		}
		for (const waiter of batch.waiters) {
			if (waiter.commandId) this.#inBatch.delete(waiter.commandId);
			const seq = waiter.commandId ? (this.#committed.get(waiter.commandId) ?? this.seq) : this.seq;
			waiter.resolve({ ok: true, seq });
		}
		if (batch.events.length) for (const observer of this.#observers) observer(batch.events);
		this.#maybeSnapshot(before);
	}

	/** Every `snapshotEvery` events the store may keep the state (a cache; failure only logs). */
	#maybeSnapshot(before: number) {
		const every = this.#store.snapshotEvery ?? 0;
		if (!this.#store.saveSnapshot || every <= 0 || Math.floor(before / every) === Math.floor(this.seq / every)) return;
		this.#store.saveSnapshot(this.id, this.seq, this.state).catch((error) => console.error(`[store] snapshot of ${this.id} failed:`, error));
	}

	/**
	 * Events another process committed (the province server: this process follows a meeting
	 * it does not write). Applies those after the current seq in order; returns false on a
	 * gap (the caller then reads the missing ones from the store). Only while not writing.
	 */
	follow(events: StoredEvent[]): boolean {
		const fresh = events.filter((e) => e.seq > this.seq);
		if (!fresh.length) return true;
		if (this.#writing || this.#batch.waiters.length || fresh[0].seq !== this.seq + 1) return false;
		for (const event of fresh) {
			this.state = apply(this.state, event);
			this.seq = event.seq;
			this.#committed.set(event.commandId, event.seq);
		}
		this.#ahead = this.state;
		this.#aheadSeq = this.seq;
		for (const observer of this.#observers) observer(fresh);
		return true;
	}

	/** Decisions made after the failed batch built on it: refuse them all, fall back to disk. */
	#failEverythingUnwritten(failed: { waiters: Waiter[] }) {
		const waiters = [...failed.waiters, ...this.#batch.waiters];
		this.#batch = { events: [], waiters: [] };
		this.#ahead = this.state;
		this.#aheadSeq = this.seq;
		for (const waiter of waiters) {
			if (waiter.commandId) this.#inBatch.delete(waiter.commandId);
			waiter.resolve({ ok: false, error: domainError('storage_failed') });
		}
	}

	#rememberRefusal(commandId: string, error: DomainError) {
		if (this.#refused.size >= REMEMBERED_REFUSALS) {
			this.#refused.delete(this.#refused.keys().next().value!);
		}
		this.#refused.set(commandId, error);
	}

	/** Resolves once every accepted command is written. */
	async settled(): Promise<void> {
		while (this.#writing || this.#batch.waiters.length || this.#scheduled) {
			await (this.#writing ?? new Promise((r) => setImmediate(r)));
		}
	}
}

function readCommandId(raw: unknown): string | null {
	if (typeof raw !== 'object' || raw === null) return null;
	const id = (raw as { id?: unknown }).id;
	return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
}
