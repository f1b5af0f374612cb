import { defaultQueueSettings } from '../queue/defaults';
import type { HolidayCalendar, PlanSettings } from '../types';
import { isWeekend } from '../workdays/calendar';
import { COUNTING_SCREENS, HALL_SCREENS, LIST_SCREENS, seenBy, type EventsVisibility, type StateVisibility } from '../visibility';
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
 * The screens that only count working days with the calendar (the phones, the projector) get it
 * without the days off that fall on a weekend: a weekend is not a working day either way (unless
 * it is a make-up Saturday, which stays), so every deadline is the same (B3), and the phone's page
 * and snapshot carry ~40 dates fewer (docs/performance.md). A function of the calendar alone, so
 * the snapshot and the folded `calendar.set` agree (V12).
 */
const weekdaysOff = (calendar: HolidayCalendar): HolidayCalendar => ({ daysOff: calendar.daysOff.filter((d) => !isWeekend(d)), extraWorkdays: calendar.extraWorkdays });

/**
 * The plan, programme, agencies and categories are on every screen in the hall (the categories
 * head the counts), and so is the holiday calendar: a phone shows its owner's answer deadline and
 * counts it as the documents do (rule B3). Units are for planning: the staff screens only.
 */
export const planStateVisibility: Pick<StateVisibility, 'plan' | 'agenda' | 'agencies' | 'categories' | 'units' | 'calendar'> = {
	plan: { hidden: noPlan, seen: seenBy(HALL_SCREENS, 'as-is') },
	agenda: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') },
	agencies: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') },
	categories: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') },
	units: { hidden: () => [], seen: seenBy(LIST_SCREENS, 'as-is') },
	calendar: { hidden: noCalendar, seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, (state) => weekdaysOff(state.calendar)) } }
};

export const planEventVisibility: Pick<EventsVisibility, PlanEvent['type']> = {
	'plan.updated': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'agenda.itemsSet': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'agencies.set': { seen: seenBy(HALL_SCREENS, 'as-is') },
	'categories.set': { seen: seenBy(HALL_SCREENS, 'as-is'), counted: true },
	'units.set': { seen: seenBy(LIST_SCREENS, 'as-is') },
	'calendar.set': { seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, (e) => ({ ...e, data: { calendar: weekdaysOff(e.data.calendar) } })) } }
};
