import { copyFile, link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * The file operations the durable write uses. Production passes node's own; tests wrap
 * them to make one call fail the way Windows does (EPERM on a folder fsync, EBUSY on a
 * rename while an antivirus holds the file). The real file is still written either way.
 */
export interface DurableFs {
	open: typeof open;
	rename: typeof rename;
	readFile: typeof readFile;
	link: typeof link;
	copyFile: typeof copyFile;
	rm: typeof rm;
}

export const nodeFs: DurableFs = { open, rename, readFile, link, copyFile, rm };

export interface DurableOptions {
	fs?: DurableFs;
	/** Keep the version being replaced as `<file>.bak` (a meeting file can be recovered from it). */
	keepPrevious?: boolean;
	/** Waits between tries of an operation that Windows refuses while another program holds the file. */
	retryDelays?: number[];
}

/**
 * On Windows an antivirus or the search indexer opens a file that was just written, and
 * for a moment a rename or open of it fails with EPERM/EBUSY/EACCES. graceful-fs retries
 * for up to a minute; a hall cannot wait that long for an answer: about 1.3 s in all.
 */
export const RETRY_DELAYS = [10, 20, 40, 80, 160, 320, 640];
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Codes with which a platform refuses fsync on a folder: Windows (EPERM, EACCES, EISDIR:
 * a directory handle cannot be flushed; NTFS journals the rename itself), some Linux
 * filesystems and network shares (EINVAL, ENOTSUP, EBADF).
 */
const FOLDER_SYNC_REFUSED = new Set(['EPERM', 'EACCES', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EBADF']);

export function previousVersionPath(path: string): string {
	return `${path}.bak`;
}

/**
 * A lowdb adapter that survives a power cut, not only a killed process: the temp file is
 * fsynced before the rename and the folder after it (steno, lowdb's default, never fsyncs).
 * The order makes the answer true: a write that rejects has not replaced the file, and
 * once the rename is done the write resolves, whatever the folder sync says.
 * Writes are serialised; writes asked for while one is in flight collapse into one.
 */
export class DurableJSONFile<T> implements Adapter<T> {
	readonly path: string;
	#tmp: string;
	#fs: DurableFs;
	#keepPrevious: boolean;
	#delays: number[];
	#inflight: Promise<void> | null = null;
	#queued: { data: T; done: Promise<void> } | null = null;

	constructor(path: string, options: DurableOptions = {}) {
		this.path = path;
		this.#tmp = join(dirname(path), `.${basename(path)}.tmp`);
		this.#fs = options.fs ?? nodeFs;
		this.#keepPrevious = options.keepPrevious ?? false;
		this.#delays = options.retryDelays ?? RETRY_DELAYS;
	}

	async read(): Promise<T | null> {
		try {
			return JSON.parse(await this.#retrying(() => this.#fs.readFile(this.path, 'utf8'))) as T;
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
		try {
			const file = await this.#retrying(() => this.#fs.open(this.#tmp, 'w'));
			try {
				await file.writeFile(text, 'utf8');
				await file.sync();
			} finally {
				await file.close();
			}
			if (this.#keepPrevious) await this.#keepPreviousVersion();
			await this.#retrying(() => this.#fs.rename(this.#tmp, this.path));
		} catch (error) {
			// Refused: the file still holds what it held. Leave no half-written temp behind.
			await this.#fs.rm(this.#tmp, { force: true }).catch(() => undefined);
			throw error;
		}
		// The file now holds the data: from here on the write is done, and reporting a
		// failure would be untrue (the data would reappear after a restart).
		await this.#syncFolder();
	}

	/**
	 * `<file>.bak` becomes the version about to be replaced: a hard link (no copy), or a copy
	 * where the filesystem has no links (FAT on a USB stick). Best effort: a missing backup
	 * must not refuse the command.
	 */
	async #keepPreviousVersion(): Promise<void> {
		const backup = previousVersionPath(this.path);
		try {
			await this.#retrying(() => this.#fs.rm(backup, { force: true }));
			await this.#fs.link(this.path, backup).catch(() => this.#fs.copyFile(this.path, backup));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // first write: nothing to keep
			console.warn(`[store] could not keep the previous version of ${this.path}:`, error);
		}
	}

	/** Makes the rename itself durable (the folder entry), where the platform allows it. */
	async #syncFolder(): Promise<void> {
		let dir: Awaited<ReturnType<typeof open>> | null = null;
		try {
			dir = await this.#fs.open(dirname(this.path), 'r');
			await dir.sync();
		} catch (error) {
			if (!FOLDER_SYNC_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) {
				console.warn(`[store] folder sync failed after writing ${this.path} (the file is written):`, error);
			}
		} finally {
			await dir?.close().catch(() => undefined);
		}
	}

	async #retrying<R>(operation: () => Promise<R>): Promise<R> {
		for (let attempt = 0; ; attempt++) {
			try {
				return await operation();
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code ?? '';
				if (!TRANSIENT.has(code) || attempt >= this.#delays.length) throw error;
				await new Promise((resolve) => setTimeout(resolve, this.#delays[attempt]));
			}
		}
	}

	/** Resolves when nothing is being written. */
	async settled(): Promise<void> {
		while (this.#inflight || this.#queued) {
			await (this.#queued?.done ?? this.#inflight)?.catch(() => undefined);
		}
	}
}
