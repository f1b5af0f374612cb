import { agendaReducers } from './agenda/apply';
import type { Reducers } from './apply-types';
import { checkInReducers } from './checkin/apply';
import type { StoredEvent } from './events';
import { delegateReducers } from './delegates/apply';
import { documentReducers } from './documents/apply';
import { meetingReducers } from './meeting/apply';
import { collectedOpinionReducers } from './opinions/apply';
import { planReducers } from './plan/apply';
import { minutesApply } from './minutes/apply';
import { queueReducers } from './queue/apply';
import { followUpReducers } from './followup/apply';
import type { MeetingState } from './types';

const reducers: Reducers = {
	...meetingReducers,
	...agendaReducers,
	...planReducers,
	...delegateReducers,
	...collectedOpinionReducers,
	...checkInReducers,
	...documentReducers,
	...minutesApply,
	...queueReducers,
	...followUpReducers,
	'view.hidden': (state) => state!
};

/** The pure reducer: the server and every client fold the same events with it. */
export function apply(state: MeetingState | null, event: StoredEvent): MeetingState {
	const reduce = reducers[event.type] as (s: MeetingState | null, e: StoredEvent) => MeetingState;
	const next = reduce(state, event);
	// Views without the list (project.ts) get their counts with the event that changed them.
	return event.headcount ? { ...next, headcount: event.headcount } : next;
}

export function replay(events: readonly StoredEvent[]): MeetingState | null {
	return events.reduce<MeetingState | null>(apply, null);
}
