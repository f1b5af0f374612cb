import type { StoredEvent } from '../../domain/events';
import type { LinkRole } from '../../domain/types';

export type RoleTokens = Record<LinkRole, string>;

/** Everything kept for one meeting: the event log (state is derived) and its role links. */
export interface MeetingRecord {
	version: 1;
	events: StoredEvent[];
	access: RoleTokens;
}

/**
 * Storage for meetings. lowdb files are the default; a database can stand behind the same
 * interface later. Every method resolves only once the data is durable.
 */
export interface MeetingStore {
	listIds(): Promise<string[]>;
	load(id: string): Promise<MeetingRecord | null>;
	create(id: string, record: MeetingRecord): Promise<void>;
	/** Appends a batch of events in one durable write. On failure nothing is appended. */
	append(id: string, events: StoredEvent[]): Promise<void>;
	setAccess(id: string, access: RoleTokens): Promise<void>;
	/** Waits for pending writes. */
	close(): Promise<void>;
}
