import { defaultQueueSettings } from '../queue/defaults';
import type { HolidayCalendar, MeetingState, PlanSettings } from '../types';
import { calendarForDeadlines } from '../record/deadline';
import type { EventOf } from '../events';
import { COUNTING_SCREENS, HALL_SCREENS, LIST_SCREENS, seenBy, type EventContext, type EventsVisibility, type StateVisibility } from '../visibility';
import type { PlanEvent } from './events';

/** The empty shape of a plan (not `defaultPlan()`, which reads the catalog: this file is in every screen's bundle). */
function noPlan(): PlanSettings {
	return {
		kind: 'periodic',
		host: 'both',
		parentBody: '',
		issuingBody: '',
		chairs: [],
		secretaries: [],
		rules: '',
		defaultSpeakingMinutes: 5,
		checkInOpensMinutesBefore: 60,
		walkInCategoryId: null,
		answerPeriodDays: 15,
		queue: defaultQueueSettings()
	};
}
const noCalendar = (): HolidayCalendar => ({ daysOff: [], extraWorkdays: [] });

/**
 * The plan, programme, agencies and categories are on every screen in the hall (the categories
 * head the counts). Units are for planning: the staff screens only. Of the holiday calendar a
 * counting screen gets the days a deadline of this meeting can meet (the phone shows its
 * deadline, rule B3), and so does a later edit (cut by the meeting's date after the batch;
 * without that state, whole: a superset gives the same deadlines).
 */
export const planStateVisibility: Pick<StateVisibility, 'plan' | 'agenda' | 'agencies' | 'categories' | 'units' | 'calendar'> = {
	plan: { hidden: noPlan, seen: seenBy(HALL_SCREENS, 'as-is') },
	agenda: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') },
	agencies: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') },
	categories: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') },
	units: { hidden: () => [], seen: seenBy(LIST_SCREENS, 'as-is') },
	calendar: {
		hidden: noCalendar,
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, (state: MeetingState) => calendarForDeadlines(state.calendar, state.basics.date)) }
	}
};

const calendarSlice = (e: EventOf<'calendar.set'>, { after }: EventContext): EventOf<'calendar.set'> =>
	after ? { ...e, data: { calendar: calendarForDeadlines(e.data.calendar, after.basics.date) } } : e;

export const planEventVisibility: Pick<EventsVisibility, PlanEvent['type']> = {
	'plan.updated': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'agenda.itemsSet': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'agencies.set': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'categories.set': { seen: seenBy(HALL_SCREENS, 'as-is'), counted: true },
	'units.set': { seen: seenBy(LIST_SCREENS, 'as-is') },
	'calendar.set': { seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, calendarSlice) } }
};
