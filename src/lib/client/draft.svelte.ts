import { commandProblems } from '../domain/command-problems';
import type { CommandType, PayloadOf } from '../domain/commands';
import type { DomainError } from '../domain/errors';
import type { FieldProblems } from '../domain/field-problems';
import type { LiveMeetingView } from './use-meeting.svelte';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A list for a `*.set` command: rows added in the form have an empty id, which the command fills. */
export function rowsForCommand<T extends { id: string }>(rows: T[]): (T | Omit<T, 'id'>)[] {
	return rows.map(({ id, ...rest }) => (id ? { id, ...rest } : rest) as T | Omit<T, 'id'>);
}

/**
 * A form's working copy of one part of the meeting (the programme, a list, the settings).
 * It follows the live state while untouched, keeps the admin's edits while dirty, and after
 * a save takes the saved state back once its event has arrived (new rows then carry ids).
 * Construct it during a component's init.
 */
export class Draft<T> {
	value = $state() as T;
	error = $state<DomainError | null>(null);
	/** What the command's schema says about the fields, by path (`items.2.title`): shown next to each. */
	problems = $state<FieldProblems>({});
	saved = $state(false);
	busy = $state(false);
	#base = $state('');
	/** Reactive: the ack often arrives after its event, and then the effect must run again. */
	#awaitSeq = $state<number | null>(null);

	constructor(
		private readonly meeting: LiveMeetingView,
		private readonly source: () => T
	) {
		this.#reset();
		$effect(() => {
			const live = JSON.stringify(this.source());
			const seq = this.meeting.client?.seq ?? 0;
			if (this.#awaitSeq !== null && seq < this.#awaitSeq) return;
			if (this.#awaitSeq !== null || (!this.dirty && live !== this.#base)) {
				this.#awaitSeq = null;
				this.#reset();
			}
		});
	}

	get dirty(): boolean {
		return JSON.stringify(this.value) !== this.#base;
	}

	#reset() {
		const live = this.source();
		this.#base = JSON.stringify(live);
		this.value = copy(live);
	}

	discard() {
		this.error = null;
		this.problems = {};
		this.saved = false;
		this.#reset();
	}

	/**
	 * Sends one command built from the draft; a refusal leaves the draft as typed. The
	 * command's schema checks it first: a problem then stands next to its field, not sent.
	 */
	async save<C extends CommandType>(type: C, payload: PayloadOf<C>): Promise<boolean> {
		this.saved = false;
		this.error = null;
		this.problems = commandProblems(type, payload) ?? {};
		if (Object.keys(this.problems).length > 0) return false;
		this.busy = true;
		const ack = await this.meeting.send(type, payload);
		this.busy = false;
		if (!ack.ok) {
			this.error = ack.error;
			return false;
		}
		this.error = null;
		this.saved = true;
		this.#awaitSeq = ack.seq;
		return true;
	}
}
