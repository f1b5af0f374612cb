import type { MeetingState } from '../types';
import type { DeadlineBasis } from './deadline';
import { emptyMinutes, type MinutesState } from './types';

/*
 * Reading the minutes, apart from their commands (decide.ts): a phone shows its owner's
 * opinions without loading the command schemas.
 */

/** The meeting's minutes (a screen may hold a state from before the feature: empty then). */
export const minutesOf = (state: MeetingState): MinutesState => state.minutes ?? emptyMinutes();

/** The slice of the meeting the default deadlines depend on. */
export function deadlineBasis(state: MeetingState): DeadlineBasis {
	return {
		date: state.basics.date,
		// The office's field (documents feature); the chair sets it from the tablet.
		complex: state.documentOffice.complex,
		// Meetings planned before the setting existed replay without it: the longer period.
		answerPeriodDays: state.plan.answerPeriodDays ?? 15,
		calendar: state.calendar
	};
}
