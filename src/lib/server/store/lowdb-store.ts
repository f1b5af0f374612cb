import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { StoredEvent } from '../../domain/events';
import { DurableJSONFile } from './durable-file';
import type { MeetingRecord, MeetingStore, RoleTokens } from './types';

interface IndexFile {
	meetings: { id: string; createdAt: number }[];
}

const MEETING_ID = /^[a-z0-9]{6,40}$/;

/** One JSON file per meeting under `meetings/`, plus `index.json`; one Low per file. */
export class LowdbMeetingStore implements MeetingStore {
	#dir: string;
	#files = new Map<string, { db: Low<MeetingRecord>; adapter: DurableJSONFile<MeetingRecord> }>();
	#index: { db: Low<IndexFile>; adapter: DurableJSONFile<IndexFile> } | null = null;

	constructor(dataDir: string) {
		this.#dir = dataDir;
	}

	async #openIndex() {
		if (this.#index) return this.#index;
		await mkdir(join(this.#dir, 'meetings'), { recursive: true });
		const adapter = new DurableJSONFile<IndexFile>(join(this.#dir, 'index.json'));
		const db = new Low<IndexFile>(adapter, { meetings: [] });
		await db.read();
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

	async #file(id: string) {
		if (!MEETING_ID.test(id)) return null;
		let file = this.#files.get(id);
		if (!file) {
			const adapter = new DurableJSONFile<MeetingRecord>(join(this.#dir, 'meetings', `${id}.json`));
			file = { db: new Low<MeetingRecord>(adapter, null as unknown as MeetingRecord), adapter };
			await file.db.read();
			this.#files.set(id, file);
		}
		return file;
	}

	async load(id: string): Promise<MeetingRecord | null> {
		const file = await this.#file(id);
		return file?.db.data ?? null;
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
