import type { StoredEvent } from './events';
import { startingState } from './meeting/starting-state';
import type { Delegate, MeetingState, Role } from './types';

/** Who sees what is private to the people on the list. */
const SEES_TOKENS: readonly Role[] = ['admin', 'desk'];
const SEES_PHONES: readonly Role[] = ['admin', 'desk'];
/** The petitions collected beforehand carry names: not for the big screen or other delegates. */
const SEES_COLLECTED: readonly Role[] = ['admin', 'chair', 'secretary', 'desk'];

function redactDelegate<T extends Partial<Delegate>>(d: T, role: Role): T {
	const copy = { ...d };
	if (!SEES_TOKENS.includes(role) && 'token' in copy) copy.token = '';
	if (!SEES_PHONES.includes(role) && 'phone' in copy) copy.phone = null;
	return copy;
}

/** What a role may see of the meeting: the one place that strips private fields. */
export function project(state: MeetingState, role: Role): MeetingState {
	if (role === 'admin') return state;
	return {
		...state,
		delegates: state.delegates.map((d) => redactDelegate(d, role)),
		collectedOpinions: SEES_COLLECTED.includes(role) ? state.collectedOpinions : []
	};
}

/**
 * Events are projected the same way before a broadcast. Private fields are blanked, never
 * whole events dropped: clients rely on seq having no gaps.
 */
export function projectEvent(event: StoredEvent, role: Role): StoredEvent {
	if (role === 'admin') return event;
	switch (event.type) {
		case 'meeting.created':
			return { ...event, data: project(startingState(event.data), role) };
		case 'delegates.added':
			return { ...event, data: { delegates: event.data.delegates.map((d) => redactDelegate(d, role)) } };
		case 'delegate.updated':
			return { ...event, data: { ...event.data, changes: redactDelegate(event.data.changes, role) } };
		case 'invitation.reissued':
			return SEES_TOKENS.includes(role) ? event : { ...event, data: { ...event.data, token: '' } };
		case 'collectedOpinions.added':
			return SEES_COLLECTED.includes(role) ? event : { ...event, data: { opinions: [] } };
		case 'collectedOpinion.updated':
			return SEES_COLLECTED.includes(role) ? event : { ...event, data: { ...event.data, changes: {} } };
		default:
			return event;
	}
}
