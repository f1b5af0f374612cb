import type { EventOf } from '../events';
import { HALL_SCREENS, seenBy, type EventContext, type EventsVisibility, type StateVisibility } from '../visibility';
import type { MeetingEvent } from './events';
import { startingState } from './starting-state';

/** The meeting's name, place, time and phase: every screen in the hall shows them. */
export const meetingStateVisibility: Pick<StateVisibility, 'id' | 'basics' | 'status' | 'startedAt' | 'endedAt'> = {
	id: { hidden: () => '', seen: seenBy(HALL_SCREENS, 'as-is') },
	basics: { hidden: () => ({ title: '', date: '', startTime: '', place: '', bannerLines: [] }), seen: seenBy(HALL_SCREENS, 'as-is') },
	status: { hidden: () => 'planned', seen: seenBy(HALL_SCREENS, 'as-is') },
	startedAt: { hidden: () => null, seen: seenBy(HALL_SCREENS, 'as-is') },
	endedAt: { hidden: () => null, seen: seenBy(HALL_SCREENS, 'as-is') }
};

/** The first event carries the whole planned meeting: each role gets its own view of the starting state. */
const created = (event: EventOf<'meeting.created'>, { project }: EventContext) => ({ ...event, data: project(startingState(event.data)) });

export const meetingEventVisibility: Pick<EventsVisibility, MeetingEvent['type']> = {
	'meeting.created': { seen: seenBy(HALL_SCREENS, created) },
	'meeting.basicsEdited': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'meeting.started': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'meeting.ended': { seen: seenBy(HALL_SCREENS, 'as-is') }
};
