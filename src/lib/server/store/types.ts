import type { StoredEvent } from '../../domain/events';
import type { LinkRole, MeetingState } from '../../domain/types';

/**
 * A meeting's secret links: one per device role, and (issue 17) one per agency for its
 * follow-up page, issued when the follow-up page first lists the agency. Files from before
 * have no `agencies`.
 */
export type RoleTokens = Record<LinkRole, string> & { agencies?: Record<string, string> };

/** Everything kept for one meeting: the event log (state is derived) and its role links. */
export interface MeetingRecord {
	version: 1;
	events: StoredEvent[];
	access: RoleTokens;
	/** The state after event `seq` (a cache kept by the PostgreSQL store): replay starts there. */
	snapshot?: MeetingSnapshot;
}

export interface MeetingSnapshot {
	seq: number;
	state: MeetingState;
}

/** A meeting file that cannot be read as a meeting (cut short, bad copy): left as it is. */
export class DamagedMeetingFile extends Error {
	constructor(
		readonly meetingId: string,
		readonly path: string,
		readonly reason: string
	) {
		super(`meeting file ${path} is damaged: ${reason}`);
		this.name = 'DamagedMeetingFile';
	}
}

/** The version a meeting file had before its last write, when one is kept and readable. */
export interface PreviousVersion {
	path: string;
	savedAt: number;
	title: string;
	events: number;
}

/**
 * Storage for meetings. lowdb files are the default; a database can stand behind the same
 * interface later. Every method resolves only once the data is durable.
 */
export interface MeetingStore {
	listIds(): Promise<string[]>;
	/** Rejects with DamagedMeetingFile when the meeting's file cannot be read. */
	load(id: string): Promise<MeetingRecord | null>;
	create(id: string, record: MeetingRecord): Promise<void>;
	/** Appends a batch of events in one durable write. On failure nothing is appended. */
	append(id: string, events: StoredEvent[]): Promise<void>;
	setAccess(id: string, access: RoleTokens): Promise<void>;
	/** The previous good version of a meeting's file, if one is kept. */
	previousVersion(id: string): Promise<PreviousVersion | null>;
	/** Sets a damaged file aside and puts the previous version in its place. */
	restorePrevious(id: string): Promise<MeetingRecord>;
	/** Waits for pending writes. */
	close(): Promise<void>;
	/** Keeps the state after `seq` to bound replay (optional: lowdb files replay in milliseconds). */
	saveSnapshot?(id: string, seq: number, state: MeetingState): Promise<void>;
	/** How often `saveSnapshot` wants to be called, in events. */
	readonly snapshotEvery?: number;
	/**
	 * Keeps a file attached to the meeting (a written answer's PDF or photo) under `id`, its
	 * sha256. Resolves once durable; storing the same id again is harmless. Called BEFORE the
	 * command that names it, so an acknowledged answer never points at a missing file.
	 */
	putAttachment(meetingId: string, id: string, bytes: Uint8Array): Promise<void>;
	/** The bytes stored under `id`, or null. */
	getAttachment(meetingId: string, id: string): Promise<Uint8Array | null>;
}
