import type { CommandEnvelope } from './envelope';
import type { DomainError } from './errors';
import type { StoredEvent } from './events';
import type { MeetingState, Role } from './types';

/** The answer to every command: sent only after its events are on disk. */
export type CommandAck = { ok: true; seq: number; duplicate?: boolean } | { ok: false; error: DomainError };

export interface Snapshot {
	meetingId: string;
	role: Role;
	/** Seq of the last event folded into `state`. */
	seq: number;
	state: MeetingState;
	/** Server clock when the snapshot was made, for the client's clock offset. */
	serverTime: number;
}

export interface HandshakeAuth {
	meetingId: string;
	role: Role;
}

/**
 * Live presence (not recorded): which text a screen is editing. `target` names it, e.g.
 * `opinion:<id>`, `conclusion:<id>`, `overall`; null when the cursor is nowhere shared.
 */
export interface PresenceUpdate {
	/** The person at the screen, as they typed it (a secretary's name). */
	name: string;
	target: string | null;
}
export interface PresenceEntry extends PresenceUpdate {
	/** The connection; one person may have two screens. */
	id: string;
	role: string;
}

export interface ClientToServer {
	command: (command: CommandEnvelope, ack: (answer: CommandAck) => void) => void;
	/** Ask for a fresh snapshot (after a gap in seq). */
	resync: (ack: (snapshot: Snapshot) => void) => void;
	/** Where this screen's cursor is (secretary, chair); the server tells the others. */
	presence: (update: PresenceUpdate) => void;
}

export interface ServerToClient {
	snapshot: (snapshot: Snapshot) => void;
	/** Events in seq order, projected for the receiving role. */
	events: (events: StoredEvent[]) => void;
	/** This device's link was revoked; it will be disconnected. */
	revoked: () => void;
	/** Everyone editing the meeting's texts right now; sent to the secretaries and the chair on every change. */
	presence: (entries: PresenceEntry[]) => void;
}
