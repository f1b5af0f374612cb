import type { StoredEvent } from './events';
import type { MeetingState, Role } from './types';

/** What a role may see of the meeting. Nothing private lives in the state yet (phones,
 * tokens and notes arrive with the delegate list); this is the one place that will strip them. */
export function project(state: MeetingState, _role: Role): MeetingState {
	return state;
}

/** Events are projected the same way before a broadcast. Private fields are blanked, never
 * whole events dropped: clients rely on seq having no gaps. */
export function projectEvent(event: StoredEvent, _role: Role): StoredEvent {
	return event;
}
