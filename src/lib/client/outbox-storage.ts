/**
 * The outbox's copy in the browser's own storage (localStorage): a command is written here
 * before it is first sent and removed when the server acknowledges it, so a Wi-Fi drop, a
 * reload or a dead battery loses nothing; after a reload the same ids are resent and the
 * server applies each once (S4).
 *
 * One key per command (`dt-outbox:<meeting>:<role>:<id>`), not one list: two tabs of the same
 * screen never overwrite each other's commands; each resends both, harmlessly.
 */
export interface StoredCommand {
	id: string;
	type: string;
	payload: unknown;
	/** Local time it was queued, then a counter: the order to resend in. */
	queuedAt: number;
	n: number;
}

/** A command's place in the resend order. */
export type Place = Pick<StoredCommand, 'queuedAt' | 'n'>;

const PREFIX = 'dt-outbox';

function browserStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage disabled by the browser's settings
	}
}

export class OutboxStorage {
	readonly #prefix: string;
	readonly #storage: Storage | null;
	#n = 0;

	constructor(meetingId: string, role: string, storage: Storage | null = browserStorage()) {
		this.#prefix = `${PREFIX}:${meetingId}:${role}:`;
		this.#storage = storage;
	}

	/** What an earlier page left unacknowledged, oldest first. */
	load(): StoredCommand[] {
		const storage = this.#storage;
		if (!storage) return [];
		const found: StoredCommand[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (!key?.startsWith(this.#prefix)) continue;
			try {
				const item = JSON.parse(storage.getItem(key) ?? '') as StoredCommand;
				if (typeof item?.id === 'string' && typeof item.type === 'string') found.push(item);
			} catch {
				storage.removeItem(key); // unreadable: nothing to resend
			}
		}
		found.sort((a, b) => a.queuedAt - b.queuedAt || a.n - b.n);
		this.#n = found.reduce((max, c) => Math.max(max, c.n + 1), 0);
		return found;
	}

	/**
	 * Keeps a command and returns its place in the resend order. A command saved again (the
	 * same id, its text typed further before it went out) keeps its place: rewriting an entry
	 * must never move it after commands that depend on it (an answer after its opinion).
	 * The place is returned even when the browser refused to store (full or disabled storage).
	 */
	save(command: { id: string; type: string; payload: unknown; place?: Place }): Place {
		const place = command.place ?? { queuedAt: Date.now(), n: this.#n++ };
		const item: StoredCommand = { id: command.id, type: command.type, payload: command.payload, ...place };
		try {
			this.#storage?.setItem(this.#prefix + command.id, JSON.stringify(item));
		} catch {
			/* kept in memory only: the screen still sends it */
		}
		return place;
	}

	remove(id: string): void {
		this.#storage?.removeItem(this.#prefix + id);
	}
}
