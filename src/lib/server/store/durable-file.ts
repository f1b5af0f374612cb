import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that survives a power cut, not only a killed process: the temp file and
 * its folder are fsynced around the rename (steno, lowdb's default, never fsyncs).
 * Writes are serialised; writes asked for while one is in flight collapse into one.
 */
export class DurableJSONFile<T> implements Adapter<T> {
	#path: string;
	#tmp: string;
	#inflight: Promise<void> | null = null;
	#queued: { data: T; done: Promise<void> } | null = null;

	constructor(path: string) {
		this.#path = path;
		this.#tmp = join(dirname(path), `.${basename(path)}.tmp`);
	}

	async read(): Promise<T | null> {
		try {
			return JSON.parse(await readFile(this.#path, 'utf8')) as T;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
	}

	write(data: T): Promise<void> {
		if (!this.#inflight) return this.#start(data);
		if (this.#queued) {
			this.#queued.data = data;
			return this.#queued.done;
		}
		const queued: { data: T; done: Promise<void> } = { data, done: Promise.resolve() };
		queued.done = this.#inflight
			.catch(() => undefined)
			.then(() => {
				this.#queued = null;
				return this.#start(queued.data);
			});
		this.#queued = queued;
		return queued.done;
	}

	#start(data: T): Promise<void> {
		const run = this.#writeNow(JSON.stringify(data));
		this.#inflight = run;
		const clear = () => {
			if (this.#inflight === run) this.#inflight = null;
		};
		run.then(clear, clear);
		return run;
	}

	async #writeNow(text: string): Promise<void> {
		const file = await open(this.#tmp, 'w');
		try {
			await file.writeFile(text, 'utf8');
			await file.sync();
		} finally {
			await file.close();
		}
		await rename(this.#tmp, this.#path);
		await syncFolder(dirname(this.#path));
	}

	/** Resolves when nothing is being written. */
	async settled(): Promise<void> {
		while (this.#inflight || this.#queued) {
			await (this.#queued?.done ?? this.#inflight)?.catch(() => undefined);
		}
	}
}

/** Makes the rename itself durable (the folder entry). */
async function syncFolder(folder: string): Promise<void> {
	const dir = await open(folder, 'r');
	try {
		await dir.sync();
	} catch (error) {
		// Some filesystems refuse fsync on a directory; the file itself is already synced.
		if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
	} finally {
		await dir.close();
	}
}
