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

export interface ClientToServer {
	command: (command: CommandEnvelope, ack: (answer: CommandAck) => void) => void;
	/** Ask for a fresh snapshot (after a gap in seq). */
	resync: (ack: (snapshot: Snapshot) => void) => void;
}

export interface ServerToClient {
	snapshot: (snapshot: Snapshot) => void;
	/** Events in seq order, projected for the receiving role. */
	events: (events: StoredEvent[]) => void;
	/** This device's link was revoked; it will be disconnected. */
	revoked: () => void;
}
