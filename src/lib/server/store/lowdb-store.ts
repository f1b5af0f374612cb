import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { StoredEvent } from '../../domain/events';
import { getAttachmentFile, putAttachmentFile } from './attachment-files';
import { DurableJSONFile, nodeFs, previousVersionPath, type DurableFs } from './durable-file';
import { DamagedMeetingFile, type MeetingRecord, type MeetingStore, type PreviousVersion, type RoleTokens } from './types';

interface IndexFile {
	meetings: { id: string; createdAt: number }[];
}

const MEETING_ID = /^[a-z0-9]{6,40}$/;

/**
 * One JSON file per meeting under `meetings/`, plus `index.json`; one Low per file.
 * Each meeting file keeps the version it replaced as `<id>.json.bak`.
 */
export class LowdbMeetingStore implements MeetingStore {
	#dir: string;
	#fs: DurableFs | undefined;
	#retryDelays: number[] | undefined;
	#files = new Map<string, { db: Low<MeetingRecord>; adapter: DurableJSONFile<MeetingRecord> }>();
	#index: { db: Low<IndexFile>; adapter: DurableJSONFile<IndexFile> } | null = null;

	/** `fs` and `retryDelays`: a seam for tests that make Windows' file errors happen. */
	constructor(dataDir: string, options: { fs?: DurableFs; retryDelays?: number[] } = {}) {
		this.#dir = dataDir;
		this.#fs = options.fs;
		this.#retryDelays = options.retryDelays;
	}

	#adapter<T>(path: string, keepPrevious: boolean) {
		return new DurableJSONFile<T>(path, { fs: this.#fs, retryDelays: this.#retryDelays, keepPrevious });
	}

	async #openIndex() {
		if (this.#index) return this.#index;
		await mkdir(join(this.#dir, 'meetings'), { recursive: true });
		const adapter = this.#adapter<IndexFile>(join(this.#dir, 'index.json'), false);
		const db = new Low<IndexFile>(adapter, { meetings: [] });
		try {
			await db.read();
			if (!Array.isArray(db.data?.meetings)) throw new Error('no meetings list');
		} catch (error) {
			// The index only lists the files (listIds adds what it misses): rebuild it.
			console.warn(`[store] ${adapter.path} is damaged and will be rebuilt from meetings/:`, error);
			db.data = { meetings: [] };
		}
		this.#index = { db, adapter };
		return this.#index;
	}

	/** The index lists meetings; files found without an entry (crash between writes) are added. */
	async listIds(): Promise<string[]> {
		const index = await this.#openIndex();
		const onDisk = (await readdir(join(this.#dir, 'meetings')))
			.filter((name) => name.endsWith('.json'))
			.map((name) => name.slice(0, -5))
			.filter((id) => MEETING_ID.test(id));
		const known = new Set(index.db.data.meetings.map((m) => m.id));
		const missing = onDisk.filter((id) => !known.has(id));
		if (missing.length) {
			for (const id of missing) index.db.data.meetings.push({ id, createdAt: Date.now() });
			await index.db.write();
		}
		const present = new Set(onDisk);
		return index.db.data.meetings.map((m) => m.id).filter((id) => present.has(id));
	}

	#path(id: string): string {
		return join(this.#dir, 'meetings', `${id}.json`);
	}

	/** The open file of a meeting; a damaged file is not opened (and never written over). */
	async #file(id: string) {
		if (!MEETING_ID.test(id)) return null;
		let file = this.#files.get(id);
		if (!file) {
			const adapter = this.#adapter<MeetingRecord>(this.#path(id), true);
			const db = new Low<MeetingRecord>(adapter, null as unknown as MeetingRecord);
			const record = await adapter.read().catch((error: Error) => {
				throw new DamagedMeetingFile(id, adapter.path, error.message);
			});
			if (record !== null && !isMeetingRecord(record)) throw new DamagedMeetingFile(id, adapter.path, 'not a meeting record');
			db.data = record as MeetingRecord;
			file = { db, adapter };
			this.#files.set(id, file);
		}
		return file;
	}

	async load(id: string): Promise<MeetingRecord | null> {
		const file = await this.#file(id);
		return file?.db.data ?? null;
	}

	async previousVersion(id: string): Promise<PreviousVersion | null> {
		if (!MEETING_ID.test(id)) return null;
		const path = previousVersionPath(this.#path(id));
		try {
			const record = await this.#adapter<MeetingRecord>(path, false).read();
			if (!isMeetingRecord(record)) return null;
			const title = (record.events[0] as { data?: { basics?: { title?: unknown } } }).data?.basics?.title;
			return { path, savedAt: (await stat(path)).mtimeMs, title: typeof title === 'string' ? title : '', events: record.events.length };
		} catch {
			return null;
		}
	}

	async restorePrevious(id: string): Promise<MeetingRecord> {
		const path = this.#path(id);
		const record = await this.#adapter<MeetingRecord>(previousVersionPath(path), false).read();
		if (!isMeetingRecord(record)) throw new Error(`no usable previous version of ${path}`);
		// The damaged file is set aside, never deleted: someone may still want what is in it.
		await (this.#fs ?? nodeFs).rename(path, `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
		});
		const adapter = this.#adapter<MeetingRecord>(path, true);
		const db = new Low<MeetingRecord>(adapter, record);
		await db.write();
		this.#files.set(id, { db, adapter });
		return record;
	}

	/** `attachments/<meetingId>/<sha256>` beside `meetings/` (attachment-files.ts). */
	putAttachment(meetingId: string, id: string, bytes: Uint8Array): Promise<void> {
		return putAttachmentFile(this.#dir, meetingId, id, bytes);
	}

	getAttachment(meetingId: string, id: string): Promise<Uint8Array | null> {
		return getAttachmentFile(this.#dir, meetingId, id);
	}

	async create(id: string, record: MeetingRecord): Promise<void> {
		const index = await this.#openIndex();
		const file = await this.#file(id);
		if (!file) throw new Error(`bad meeting id ${id}`);
		if (file.db.data) throw new Error(`meeting ${id} exists`);
		file.db.data = record;
		try {
			await file.db.write();
		} catch (error) {
			file.db.data = null as unknown as MeetingRecord;
			throw error;
		}
		index.db.data.meetings.push({ id, createdAt: Date.now() });
		await index.db.write();
	}

	async append(id: string, events: StoredEvent[]): Promise<void> {
		const file = await this.#file(id);
		if (!file?.db.data) throw new Error(`meeting ${id} not found`);
		const log = file.db.data.events;
		const before = log.length;
		log.push(...events);
		try {
			await file.db.write();
		} catch (error) {
			log.length = before;
			throw error;
		}
	}

	async setAccess(id: string, access: RoleTokens): Promise<void> {
		const file = await this.#file(id);
		if (!file?.db.data) throw new Error(`meeting ${id} not found`);
		const previous = file.db.data.access;
		file.db.data.access = access;
		try {
			await file.db.write();
		} catch (error) {
			file.db.data.access = previous;
			throw error;
		}
	}

	async close(): Promise<void> {
		await Promise.all([...this.#files.values()].map((f) => f.adapter.settled()));
		await this.#index?.adapter.settled();
	}
}

/** Enough shape to replay: a version, a log that starts with the meeting's creation, links. */
function isMeetingRecord(value: unknown): value is MeetingRecord {
	const record = value as MeetingRecord | null;
	return (
		typeof record === 'object' &&
		record !== null &&
		record.version === 1 &&
		Array.isArray(record.events) &&
		record.events[0]?.type === 'meeting.created' &&
		typeof record.access === 'object' &&
		record.access !== null
	);
}
