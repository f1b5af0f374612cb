import { mkdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { decide } from '../domain/decide';
import { domainError, isDomainError } from '../domain/errors';
import type { StoredEvent } from '../domain/events';
import type { CommandAck } from '../domain/protocol';
import { LINK_ROLES, type Actor, type LinkRole } from '../domain/types';
import { sameSecret, type AgencyLink, type RoleLink } from './auth';
import { configFromEnv, type ServerConfig } from './config';
import { newEntityId, newMeetingId, newToken } from './ids';
import { LiveMeeting } from './live-meeting';
import { LowdbMeetingStore } from './store/lowdb-store';
import { delegateIdByToken } from './token-index';
import { DamagedMeetingFile, type MeetingRecord, type MeetingStore, type PreviousVersion, type RoleTokens } from './store/types';

/** A meeting whose file could not be read at start: listed on the admin page, file untouched. */
export interface DamagedMeeting {
	id: string;
	path: string;
	reason: string;
	previous: PreviousVersion | null;
}

type AppEvent =
	| { kind: 'committed'; meetingId: string; events: StoredEvent[] }
	| { kind: 'revoked'; meetingId: string; role: LinkRole }
	| { kind: 'created'; meetingId: string }
	| { kind: 'access'; meetingId: string };

/** Everything the server holds: the store, the live meetings, the secrets. */
export class App {
	readonly config: ServerConfig;
	readonly store: MeetingStore;
	adminToken = '';
	#meetings = new Map<string, LiveMeeting>();
	#access = new Map<string, RoleTokens>();
	#listeners = new Set<(event: AppEvent) => void>();
	#creating = new Map<string, Promise<CommandAck & { meetingId?: string }>>();
	#damaged = new Map<string, DamagedMeeting>();
	/**
	 * The province server (several processes) sends a meeting's commands to the one process
	 * that writes it (`province/cluster.ts`); null on a hall laptop: this process writes.
	 */
	route: ((live: LiveMeeting, raw: unknown, actor: Actor) => Promise<CommandAck>) | null = null;
	#importing = new Set<string>();

	constructor(config: ServerConfig, store: MeetingStore = new LowdbMeetingStore(config.dataDir)) {
		this.config = config;
		this.store = store;
	}

	/**
	 * Loads every meeting (a commune has a handful a year) and the admin token. One damaged
	 * meeting file does not stop the others: it is listed as damaged and left as it is.
	 */
	async init(): Promise<this> {
		await mkdir(this.config.dataDir, { recursive: true });
		this.adminToken = this.config.adminToken ?? (await this.#loadAdminToken());
		for (const id of await this.store.listIds()) {
			try {
				const record = await this.store.load(id);
				if (record) this.#adopt(id, record.events, record.access, record.snapshot);
			} catch (error) {
				const path = error instanceof DamagedMeetingFile ? error.path : join(this.config.dataDir, 'meetings', `${id}.json`);
				const reason = error instanceof DamagedMeetingFile ? error.reason : String(error);
				this.#damaged.set(id, { id, path, reason, previous: await this.store.previousVersion(id) });
				console.error(`[store] Tệp hội nghị bị hỏng, chưa mở / damaged meeting file, not opened: ${path} (${reason})`);
			}
		}
		return this;
	}

	damagedMeetings(): DamagedMeeting[] {
		return [...this.#damaged.values()];
	}

	/** Puts a damaged meeting's previous version back (the damaged file is set aside) and opens it. */
	async restoreDamaged(id: string): Promise<boolean> {
		const damaged = this.#damaged.get(id);
		if (!damaged?.previous) return false;
		const record = await this.store.restorePrevious(id);
		this.#adopt(id, record.events, record.access);
		this.#damaged.delete(id);
		return true;
	}

	async #loadAdminToken(): Promise<string> {
		const path = join(this.config.dataDir, 'admin-token');
		try {
			const saved = (await readFile(path, 'utf8')).trim();
			if (saved) return saved;
		} catch {
			/* first start */
		}
		const token = newToken();
		await writeFile(path, token + '\n', { mode: 0o600 });
		await chmod(path, 0o600);
		return token;
	}

	#adopt(id: string, events: StoredEvent[], access: RoleTokens, snapshot?: MeetingRecord['snapshot']) {
		const live = new LiveMeeting(id, events, this.store, snapshot);
		live.observe((committed) => this.#emit({ kind: 'committed', meetingId: id, events: committed }));
		this.#meetings.set(id, live);
		this.#access.set(id, access);
	}

	on(listener: (event: AppEvent) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#emit(event: AppEvent) {
		for (const listener of this.#listeners) listener(event);
	}

	meeting(id: string): LiveMeeting | null {
		return this.#meetings.get(id) ?? null;
	}

	meetings(): LiveMeeting[] {
		return [...this.#meetings.values()];
	}

	/** The one command path. `meeting.create` makes a new meeting; the rest go to theirs. */
	execute(meetingId: string | null, raw: unknown, actor: Actor): Promise<CommandAck & { meetingId?: string }> {
		const type = (raw as { type?: unknown } | null)?.type;
		if (type === 'meeting.create') return this.#create(raw, actor);
		const live = meetingId ? this.meeting(meetingId) : null;
		if (!live) return Promise.resolve({ ok: false, error: domainError('meeting_not_found') });
		return this.route ? this.route(live, raw, actor) : live.execute(raw, actor);
	}

	/** Creation is idempotent too: a retried create answers with the meeting it made. */
	#create(raw: unknown, actor: Actor): Promise<CommandAck & { meetingId?: string }> {
		const commandId = (raw as { id?: unknown }).id;
		if (typeof commandId === 'string') {
			const made = this.meetings().find((m) => m.createdBy === commandId);
			if (made) return Promise.resolve({ ok: true, seq: 1, duplicate: true, meetingId: made.id });
			const running = this.#creating.get(commandId);
			if (running) return running;
		}
		const meetingId = newMeetingId();
		const now = Date.now();
		const decision = decide(null, raw, { actor, now, newId: newEntityId, newToken, meetingId });
		if (isDomainError(decision)) return Promise.resolve({ ok: false, error: decision });
		const events = decision.map((body, i) => ({ ...body, seq: i + 1, at: now, actor, commandId: String(commandId) }) as StoredEvent);
		const access = Object.fromEntries(LINK_ROLES.map((role) => [role, newToken()])) as Record<LinkRole, string> as RoleTokens;
		const run = this.store
			.create(meetingId, { version: 1, events, access })
			.then(() => {
				this.#adopt(meetingId, events, access);
				this.#emit({ kind: 'created', meetingId });
				return { ok: true as const, seq: events.length, meetingId };
			})
			.catch((error) => {
				console.error('[store] could not create meeting:', error);
				return { ok: false as const, error: domainError('storage_failed') };
			})
			.finally(() => this.#creating.delete(String(commandId)));
		this.#creating.set(String(commandId), run);
		return run;
	}

	roleTokens(meetingId: string): RoleTokens | null {
		return this.#access.get(meetingId) ?? null;
	}

	/** Which meeting and role a link token opens, compared in constant time. */
	findRoleLink(token: string): RoleLink | null {
		let found: RoleLink | null = null;
		for (const [meetingId, tokens] of this.#access) {
			for (const role of LINK_ROLES) {
				if (sameSecret(tokens[role], token)) found = { meetingId, role };
			}
		}
		return found;
	}

	/**
	 * The delegate a personal token (invitation QR, walk-in cookie) belongs to, looked up by
	 * the token's hash so timing does not tell how close a guess was (token-index.ts).
	 */
	findDelegateByToken(token: string | undefined | null, meetingId?: string): { meetingId: string; delegateId: string } | null {
		if (!token) return null;
		for (const live of meetingId ? [this.meeting(meetingId)].filter((m) => m !== null) : this.meetings()) {
			const delegateId = delegateIdByToken(live.state.delegates, token);
			if (delegateId) return { meetingId: live.id, delegateId };
		}
		return null;
	}

	isAdmin(token: string | undefined | null): boolean {
		return sameSecret(token, this.adminToken);
	}

	/** Which meeting and agency an agency's follow-up link opens, compared in constant time. */
	findAgencyLink(token: string): AgencyLink | null {
		let found: AgencyLink | null = null;
		for (const [meetingId, tokens] of this.#access) {
			for (const [agencyId, secret] of Object.entries(tokens.agencies ?? {})) {
				if (sameSecret(secret, token)) found = { meetingId, agencyId };
			}
		}
		return found;
	}

	/** The agency whose link token the cookie holds, for one meeting. */
	agencyByToken(meetingId: string, token: string | undefined | null): string | null {
		let found: string | null = null;
		for (const [agencyId, secret] of Object.entries(this.#access.get(meetingId)?.agencies ?? {})) {
			if (sameSecret(secret, token)) found = agencyId;
		}
		return found;
	}

	/**
	 * Every agency of the meeting with its follow-up link token: the missing ones are issued
	 * (128 random bits each) and written durably in one write first.
	 */
	agencyTokens(meetingId: string): Promise<Record<string, string>> {
		return this.#accessChange(meetingId, (current, agencyIds) => {
			const agencies = { ...(current.agencies ?? {}) };
			let changed = false;
			for (const id of agencyIds) {
				if (agencies[id]) continue;
				agencies[id] = newToken();
				changed = true;
			}
			return changed ? { ...current, agencies } : null;
		}).then((access) => access.agencies ?? {});
	}

	/** Revokes an agency's follow-up link and issues a new one: the old link opens nothing. */
	async reissueAgencyLink(meetingId: string, agencyId: string): Promise<string> {
		const access = await this.#accessChange(meetingId, (current, agencyIds) =>
			agencyIds.includes(agencyId) ? { ...current, agencies: { ...(current.agencies ?? {}), [agencyId]: newToken() } } : null
		);
		return access.agencies?.[agencyId] ?? '';
	}

	#accessWrites = new Map<string, Promise<unknown>>();

	/** Changes to a meeting's links, one at a time per meeting (two page loads must not both issue). */
	#accessChange(meetingId: string, change: (current: RoleTokens, agencyIds: string[]) => RoleTokens | null): Promise<RoleTokens> {
		const run = async () => {
			const current = this.#access.get(meetingId);
			const live = this.meeting(meetingId);
			if (!current || !live) throw new Error('meeting not found');
			const next = change(current, live.state.agencies.map((a) => a.id));
			if (!next) return current;
			await this.store.setAccess(meetingId, next);
			this.#access.set(meetingId, next);
			this.#emit({ kind: 'access', meetingId });
			return next;
		};
		const result = (this.#accessWrites.get(meetingId) ?? Promise.resolve()).then(run, run);
		this.#accessWrites.set(meetingId, result.catch(() => undefined));
		return result;
	}

	/** Revokes a role link and issues a new one; devices on the old link are disconnected. */
	async reissueLink(meetingId: string, role: LinkRole): Promise<string> {
		const current = this.#access.get(meetingId);
		if (!current) throw new Error('meeting not found');
		const next = { ...current, [role]: newToken() };
		await this.store.setAccess(meetingId, next);
		this.#access.set(meetingId, next);
		this.#emit({ kind: 'revoked', meetingId, role });
		return next[role];
	}

	/** A meeting another process created (province server): read it from the shared store. */
	async adoptFromStore(id: string): Promise<LiveMeeting | null> {
		if (!this.#meetings.has(id)) {
			const record = await this.store.load(id);
			if (record && !this.#meetings.has(id)) this.#adopt(id, record.events, record.access, record.snapshot);
		}
		return this.meeting(id);
	}

	/** Role links another process re-issued (province server); its sockets were cut there. */
	acceptAccess(id: string, access: RoleTokens) {
		if (this.#access.has(id)) this.#access.set(id, access);
	}

	/**
	 * A meeting restored from its archive (server/archive/archive.ts, which has checked the log):
	 * the same id and log, new role links. Refused when the id is already used on this server
	 * (open, damaged, or being restored); one durable write, nothing on failure.
	 */
	async importMeeting(id: string, events: StoredEvent[]): Promise<'ok' | 'exists' | 'storage_failed'> {
		if (this.#meetings.has(id) || this.#damaged.has(id) || this.#importing.has(id)) return 'exists';
		this.#importing.add(id);
		try {
			const existing = await this.store.load(id).catch(() => 'damaged' as const);
			if (existing) return 'exists';
			const access = Object.fromEntries(LINK_ROLES.map((role) => [role, newToken()])) as Record<LinkRole, string> as RoleTokens;
			await this.store.create(id, { version: 1, events, access });
			this.#adopt(id, events, access);
			this.#emit({ kind: 'created', meetingId: id });
			return 'ok';
		} catch (error) {
			console.error(`[store] could not restore meeting ${id}:`, error);
			return 'storage_failed';
		} finally {
			this.#importing.delete(id);
		}
	}

	async close(): Promise<void> {
		await Promise.all(this.meetings().map((m) => m.settled()));
		await this.store.close();
	}
}

const APP_KEY = Symbol.for('doi-thoai.app');
type AppRegistry = { [APP_KEY]?: Promise<App> };

/**
 * The process-wide app. In dev, SvelteKit's SSR loader and the Vite plugin each load this
 * module, so the instance lives on globalThis, not in a module variable.
 */
export function getApp(): Promise<App> {
	const registry = globalThis as AppRegistry;
	registry[APP_KEY] ??= makeApp(configFromEnv());
	return registry[APP_KEY];
}

/**
 * lowdb files in DATA_DIR by default; with DATABASE_URL (the province server) PostgreSQL,
 * imported only then, so a hall laptop never loads `pg`.
 */
async function makeApp(config: ServerConfig): Promise<App> {
	if (!config.databaseUrl) return new App(config).init();
	const { PostgresMeetingStore } = await import('./store/postgres-store');
	return new App(config, new PostgresMeetingStore(config.databaseUrl)).init();
}
