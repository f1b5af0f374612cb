import type { AgendaEvent } from './agenda/events';
import type { CheckInEvent } from './checkin/events';
import type { DelegateEvent } from './delegates/events';
import type { DocumentsEvent } from './documents/events';
import type { MeetingEvent } from './meeting/events';
import type { CollectedOpinionEvent } from './opinions/events';
import type { PlanEvent } from './plan/events';
import type { MinutesEvent } from './minutes/events';
import type { QueueEvent } from './queue/events';
import type { FollowUpEvent } from './followup/events';
import type { Actor, Headcount } from './types';

/**
 * Never stored: what a role receives in place of events it may not see (project.ts). One blank
 * stands for the events `seq` to `through` (a burst of other people's check-ins is one blank).
 */
export type ViewEvent = { type: 'view.hidden'; data: { through?: number } };

/** Every event the domain knows, by feature. Past tense: something that happened. */
export type DomainEventBody = MeetingEvent | AgendaEvent | PlanEvent | DelegateEvent | CollectedOpinionEvent | CheckInEvent | DocumentsEvent | MinutesEvent | QueueEvent | FollowUpEvent | ViewEvent;
export type EventType = DomainEventBody['type'];

/** An event as written to the log: the audit trail and the minutes' timeline. */
export type StoredEvent = DomainEventBody & {
	seq: number;
	/** Server time, ms since epoch. */
	at: number;
	actor: Actor;
	commandId: string;
	/** Set only on projected events for views without the list: the counts after this event. */
	headcount?: Headcount;
};

export type EventOf<T extends EventType> = Extract<StoredEvent, { type: T }>;

/** The last seq an event stands for: its own, or the end of a run of blanks. */
export function lastSeq(event: StoredEvent): number {
	return event.type === 'view.hidden' && event.data.through ? event.data.through : event.seq;
}
