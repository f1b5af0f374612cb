import pg from 'pg';
import type { StoredEvent } from '../../domain/events';
import type { MeetingState } from '../../domain/types';
import type { MeetingRecord, MeetingSnapshot, MeetingStore, PreviousVersion, RoleTokens } from './types';

/**
 * The province server's store: meetings in PostgreSQL. Loaded only when DATABASE_URL is set
 * (`app.ts` imports this module dynamically), so a hall laptop never needs `pg`.
 *
 * - `events` is append-only: one row per event, `PRIMARY KEY (meeting_id, seq)` so two
 *   writers can never both commit the same seq, and `UNIQUE (meeting_id, command_id, part)`
 *   (`part` = the event's place among the events of its command, 0 for the first) so the
 *   same command can never be written twice: a command may produce several events, all
 *   carrying its id, hence the `part`; a command sent without an id stores NULL.
 * - A batch (group commit) is ONE INSERT … SELECT FROM unnest(…) statement: one transaction,
 *   answered only after COMMIT is flushed (`synchronous_commit = on` on every connection).
 * - `snapshots` hold the state every `snapshotEvery` events; `load` returns the newest one
 *   with the whole log, so a long meeting replays only what came after it.
 */
export const SNAPSHOT_FORMAT = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meetings (
	id text PRIMARY KEY,
	created_at timestamptz NOT NULL DEFAULT now(),
	access jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
	meeting_id text NOT NULL REFERENCES meetings (id),
	seq integer NOT NULL,
	at bigint NOT NULL,
	actor jsonb NOT NULL,
	command_id text,
	part integer NOT NULL,
	type text NOT NULL,
	data jsonb,
	PRIMARY KEY (meeting_id, seq),
	UNIQUE (meeting_id, command_id, part)
);
CREATE TABLE IF NOT EXISTS snapshots (
	meeting_id text NOT NULL REFERENCES meetings (id),
	seq integer NOT NULL,
	format integer NOT NULL,
	state jsonb NOT NULL,
	PRIMARY KEY (meeting_id, seq)
);
CREATE TABLE IF NOT EXISTS attachments (
	meeting_id text NOT NULL,
	id text NOT NULL,
	bytes bytea NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (meeting_id, id)
);
`;

/** Any number: the schema is created under this advisory lock, so two processes starting together do not race. */
const SCHEMA_LOCK = 7_246_001;

export interface PostgresStoreOptions {
	/** A snapshot row every this many events (0: never). */
	snapshotEvery?: number;
	/** Pool size (default 10). */
	max?: number;
}

type EventRow = { seq: number; at: number; actor: StoredEvent['actor']; command_id: string | null; type: string; data: unknown };

export class PostgresMeetingStore implements MeetingStore {
	readonly snapshotEvery: number;
	#pool: pg.Pool;
	#ready: Promise<void> | null = null;
	#lockClient: pg.Client | null = null;
	#lockConnecting: Promise<pg.Client> | null = null;
	#lostListeners = new Set<(error: Error) => void>();
	#pending = new Set<Promise<unknown>>();
	#url: string;

	constructor(url: string, options: PostgresStoreOptions = {}) {
		this.#url = url;
		this.snapshotEvery = options.snapshotEvery ?? 500;
		this.#pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, options: '-c synchronous_commit=on' });
		// An idle client that loses its connection is dropped by the pool; log, don't crash.
		this.#pool.on('error', (error) => console.error('[store] PostgreSQL idle client error:', error.message));
	}

	/** Creates the tables once (idempotent; safe when several processes start together). */
	ready(): Promise<void> {
		this.#ready ??= this.#track(
			(async () => {
				const client = await this.#pool.connect();
				try {
					await client.query('BEGIN');
					await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
					await client.query(SCHEMA);
					await client.query('COMMIT');
				} catch (error) {
					await client.query('ROLLBACK').catch(() => undefined);
					throw error;
				} finally {
					client.release();
				}
			})()
		).catch((error) => {
			this.#ready = null;
			throw error;
		});
		return this.#ready;
	}

	#track<T>(promise: Promise<T>): Promise<T> {
		this.#pending.add(promise);
		const done = () => this.#pending.delete(promise);
		promise.then(done, done);
		return promise;
	}

	async listIds(): Promise<string[]> {
		await this.ready();
		const { rows } = await this.#pool.query<{ id: string }>('SELECT id FROM meetings ORDER BY created_at, id');
		return rows.map((r) => r.id);
	}

	async load(id: string): Promise<MeetingRecord | null> {
		await this.ready();
		const meeting = await this.#pool.query<{ access: RoleTokens }>('SELECT access FROM meetings WHERE id = $1', [id]);
		if (!meeting.rows.length) return null;
		const events = await this.eventsAfter(id, 0);
		const snap = await this.#pool.query<{ seq: number; state: MeetingState }>(
			'SELECT seq, state FROM snapshots WHERE meeting_id = $1 AND format = $2 ORDER BY seq DESC LIMIT 1',
			[id, SNAPSHOT_FORMAT]
		);
		const snapshot: MeetingSnapshot | undefined = snap.rows[0] && snap.rows[0].seq <= (events.at(-1)?.seq ?? 0) ? snap.rows[0] : undefined;
		return { version: 1, events, access: meeting.rows[0].access, ...(snapshot ? { snapshot } : {}) };
	}

	/** The events of a meeting after `seq`, in order (a process catching up after another wrote). */
	async eventsAfter(id: string, seq: number): Promise<StoredEvent[]> {
		const { rows } = await this.#pool.query<EventRow>(
			'SELECT seq, at::float8 AS at, actor, command_id, type, data FROM events WHERE meeting_id = $1 AND seq > $2 ORDER BY seq',
			[id, seq]
		);
		return rows.map((r) => ({ type: r.type, data: r.data, seq: r.seq, at: r.at, actor: r.actor, commandId: r.command_id ?? '' }) as StoredEvent);
	}

	/** Every meeting with its last seq, in one round trip (one index lookup per meeting). */
	async lastSeqs(): Promise<Map<string, number>> {
		await this.ready();
		const { rows } = await this.#pool.query<{ id: string; seq: number | null }>(
			'SELECT m.id, (SELECT max(seq) FROM events e WHERE e.meeting_id = m.id) AS seq FROM meetings m ORDER BY m.created_at, m.id'
		);
		return new Map(rows.map((r) => [r.id, r.seq ?? 0]));
	}

	async create(id: string, record: MeetingRecord): Promise<void> {
		await this.ready();
		await this.#track(
			this.#transaction(async (client) => {
				await client.query('INSERT INTO meetings (id, access) VALUES ($1, $2)', [id, JSON.stringify(record.access)]);
				await insertEvents(client, id, record.events);
			})
		);
	}

	/** One batch = one INSERT statement = one transaction; resolves after COMMIT. */
	async append(id: string, events: StoredEvent[]): Promise<void> {
		if (!events.length) return;
		await this.ready();
		await this.#track(insertEvents(this.#pool, id, events));
	}

	async setAccess(id: string, access: RoleTokens): Promise<void> {
		await this.ready();
		const { rowCount } = await this.#track(this.#pool.query('UPDATE meetings SET access = $2 WHERE id = $1', [id, JSON.stringify(access)]));
		if (!rowCount) throw new Error(`meeting ${id} not found`);
	}

	/**
	 * An attached file (a written answer's PDF or photo) as a bytea row, committed before the
	 * command naming it runs. No foreign key: a restored archive writes its files before the
	 * meeting's log. The same id again (same bytes) changes nothing.
	 */
	async putAttachment(meetingId: string, id: string, bytes: Uint8Array): Promise<void> {
		await this.ready();
		await this.#track(this.#pool.query('INSERT INTO attachments (meeting_id, id, bytes) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [meetingId, id, Buffer.from(bytes)]));
	}

	async getAttachment(meetingId: string, id: string): Promise<Uint8Array | null> {
		await this.ready();
		const { rows } = await this.#pool.query<{ bytes: Buffer }>('SELECT bytes FROM attachments WHERE meeting_id = $1 AND id = $2', [meetingId, id]);
		return rows[0] ? new Uint8Array(rows[0].bytes) : null;
	}

	/** A cache row: replay starts from it. Written after the events it covers are committed. */
	async saveSnapshot(id: string, seq: number, state: MeetingState): Promise<void> {
		await this.#track(
			this.#pool.query('INSERT INTO snapshots (meeting_id, seq, format, state) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
				id,
				seq,
				SNAPSHOT_FORMAT,
				JSON.stringify(state)
			])
		);
	}

	/** PostgreSQL keeps its own durability (WAL); there is no previous file version to offer. */
	async previousVersion(): Promise<PreviousVersion | null> {
		return null;
	}

	async restorePrevious(id: string): Promise<MeetingRecord> {
		throw new Error(`no previous version is kept for meeting ${id} in PostgreSQL`);
	}

	async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
		const client = await this.#pool.connect();
		try {
			await client.query('BEGIN');
			const result = await work(client);
			await client.query('COMMIT');
			return result;
		} catch (error) {
			await client.query('ROLLBACK').catch(() => undefined);
			throw error;
		} finally {
			client.release();
		}
	}

	/**
	 * Takes the meeting's writer lock (a session advisory lock on one connection this process
	 * keeps open) without waiting. True when this process now holds it (or already did).
	 * When that connection drops, PostgreSQL frees every lock it held and `onLockLost` fires.
	 */
	async tryLock(id: string): Promise<boolean> {
		const client = await this.#lockConnection();
		const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [`meeting:${id}`]);
		return rows[0].locked;
	}

	onLockLost(listener: (error: Error) => void): () => void {
		this.#lostListeners.add(listener);
		return () => this.#lostListeners.delete(listener);
	}

	#lockConnection(): Promise<pg.Client> {
		if (this.#lockClient) return Promise.resolve(this.#lockClient);
		this.#lockConnecting ??= (async () => {
			const client = new pg.Client({ connectionString: this.#url });
			const lost = (error: Error) => {
				if (this.#lockClient !== client) return;
				this.#lockClient = null;
				for (const listener of this.#lostListeners) listener(error);
			};
			client.on('error', lost);
			client.on('end', () => lost(new Error('lock connection ended')));
			await client.connect();
			this.#lockClient = client;
			this.#lockConnecting = null;
			return client;
		})();
		return this.#lockConnecting;
	}

	async close(): Promise<void> {
		while (this.#pending.size) await Promise.allSettled([...this.#pending]);
		const lock = this.#lockClient;
		this.#lockClient = null;
		await lock?.end().catch(() => undefined);
		await this.#pool.end();
	}
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** Several events in one statement; `part` counts the events of each command within it. */
async function insertEvents(db: Queryable, meetingId: string, events: StoredEvent[]): Promise<void> {
	const parts = new Map<string, number>();
	const columns = { seq: [] as number[], at: [] as number[], actor: [] as string[], command: [] as (string | null)[], part: [] as number[], type: [] as string[], data: [] as string[] };
	for (const event of events) {
		const command = event.commandId || null;
		const part = command === null ? 0 : (parts.get(command) ?? 0);
		if (command !== null) parts.set(command, part + 1);
		columns.seq.push(event.seq);
		columns.at.push(event.at);
		columns.actor.push(JSON.stringify(event.actor));
		columns.command.push(command);
		columns.part.push(part);
		columns.type.push(event.type);
		columns.data.push(JSON.stringify((event as { data?: unknown }).data ?? null));
	}
	await db.query(
		`INSERT INTO events (meeting_id, seq, at, actor, command_id, part, type, data)
		 SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::jsonb[], $5::text[], $6::int[], $7::text[], $8::jsonb[])`,
		[meetingId, columns.seq, columns.at, columns.actor, columns.command, columns.part, columns.type, columns.data]
	);
}
