/**
 * [B3] The holiday days a phone's first page needs (server/screens.ts): the page carries its
 * snapshot in the HTML, which every delegate downloads before the page works (docs/performance.md),
 * and the calendar of 2025–2035 was a tenth of it. A phone counts working days only for its
 * owner's assignments without a date of their own, over the days from where the count starts (the
 * meeting, or the notice's issue date) to the furthest default deadline; the days outside change
 * none of its deadlines. Only the page is cut: the live snapshot the socket sends on connecting
 * (before any event) brings the phone's whole calendar, so what the events fold stays exact (V12).
 */
import { minutesOf } from '../minutes/read';
import type { HolidayCalendar, MeetingState } from '../types';
import { answerPeriodFrom, defaultAssignmentDeadline, noticeDue, noticeIssuedOn } from './deadline';

export function phonePageCalendar(state: MeetingState, delegateId: string): HolidayCalendar {
	const counted = minutesOf(state).opinions.some((o) => o.raisedBy.delegateId === delegateId && o.outcome?.kind === 'assigned' && o.outcome.deadline === null);
	if (!counted) return { daysOff: [], extraWorkdays: [] };
	// The count from the meeting to the notice's due date (when no issue date), then the answer period.
	const issued = noticeIssuedOn(state);
	const from = issued !== null && issued < state.basics.date ? issued : state.basics.date;
	const ends = [answerPeriodFrom(state), defaultAssignmentDeadline(state), ...(issued === null ? [noticeDue(state)] : [])];
	const to = ends.reduce((a, b) => (a > b ? a : b));
	const within = (day: string) => day >= from && day <= to;
	return { daysOff: state.calendar.daysOff.filter(within), extraWorkdays: state.calendar.extraWorkdays.filter(within) };
}
