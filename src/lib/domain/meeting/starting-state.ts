import { emptyMinutes } from '../minutes/types';
import { emptyDocumentOffice } from '../documents/types';
import { emptyFollowUp } from '../followup/types';
import { defaultFields, defaultQueueSettings, emptyQueue } from '../queue/defaults';
import type { MeetingState } from '../types';

/**
 * A meeting's starting state, defined once. Two halves:
 * - what its plan document fills (carried whole by the stored `meeting.created` event), and
 * - what happens in the hall, which every meeting starts with the same empty values.
 * A feature that adds state (the queue, the minutes) adds its field to `MeetingState` and its
 * starting value to `hallStart()`; the return type makes a forgotten one a compile error.
 */
export type PlannedMeeting = Pick<
	MeetingState,
	'id' | 'basics' | 'plan' | 'agenda' | 'agencies' | 'categories' | 'units' | 'delegates' | 'collectedOpinions' | 'calendar' | 'fields'
>;

/** Everything in a meeting that its plan does not fill. */
export type HallState = Omit<MeetingState, keyof PlannedMeeting>;

/** How every meeting starts in the hall. Old meeting files replay with these values too. */
export function hallStart(): HallState {
	return {
		attendance: {},
		status: 'planned',
		startedAt: null,
		endedAt: null,
		currentItemId: null,
		currentItemSince: null,
		itemStartedAt: {},
		documentOffice: emptyDocumentOffice(),
		minutes: emptyMinutes(),
		queue: emptyQueue(),
		followUp: emptyFollowUp()
	};
}

/** The meeting as `meeting.created` leaves it. */
export function startingState(planned: PlannedMeeting): MeetingState {
	return { ...withQueueDefaults(planned), ...hallStart() };
}

/** Plans written before the queue (issue 9) have no fields of opinions or queue settings: the defaults. */
function withQueueDefaults(planned: PlannedMeeting): PlannedMeeting {
	const old = planned as Partial<PlannedMeeting> & Omit<PlannedMeeting, 'fields'>;
	return { ...planned, fields: old.fields ?? defaultFields(), plan: { ...planned.plan, queue: planned.plan.queue ?? defaultQueueSettings() } };
}
