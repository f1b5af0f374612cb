/** The meeting as the domain sees it. Pure data, JSON-serialisable. */

export const ROLES = ['admin', 'chair', 'secretary', 'desk', 'projector', 'delegate'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that are paired to a device by a meeting-wide role link. */
export const LINK_ROLES = ['chair', 'secretary', 'desk', 'projector'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export interface Actor {
	role: Role;
	/** Set for a delegate acting from their own phone. */
	delegateId?: string;
}

export type MeetingStatus = 'planned' | 'running' | 'ended';

export interface MeetingBasics {
	title: string;
	/** ISO date, YYYY-MM-DD, local to the meeting. */
	date: string;
	/** HH:MM, 24-hour. */
	startTime: string;
	place: string;
	bannerLines: string[];
}

export interface AgendaItem {
	id: string;
	title: string;
}

export interface MeetingState {
	id: string;
	basics: MeetingBasics;
	agenda: AgendaItem[];
	status: MeetingStatus;
	startedAt: number | null;
	endedAt: number | null;
	currentItemId: string | null;
	/** Server time when the current item began, for the item clock. */
	currentItemSince: number | null;
}

/** What `decide` gets besides the state and the payload; injected so decide stays pure. */
export interface DecideContext {
	actor: Actor;
	/** Server time, ms since epoch. */
	now: number;
	/** Makes ids for new entities (agenda items, …). */
	newId: () => string;
	/** The meeting id a create command will get (server-made). */
	meetingId: string;
}
