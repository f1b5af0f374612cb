/**
 * [B3] The one deadline rule for an assignment: the date a person set, else the plan's answer
 * period (7 or 15 working days) counted from the conclusion notice's issue date when the
 * office entered it, else from the notice's due date (10 or 15 working days after the
 * meeting). The phone, the secretary, the chair, the documents, the exports and follow-up
 * all call `assignmentDeadline`; the working-day arithmetic is `workdays/calendar.ts`.
 */
import { conclusionNoticeDue } from '../minutes/deadline';
import { deadlineBasis } from '../minutes/read';
import type { OpinionOutcome } from '../minutes/types';
import type { MeetingState } from '../types';
import { addWorkingDays } from '../workdays/calendar';

export type AssignedOutcome = Extract<OpinionOutcome, { kind: 'assigned' }>;

/** When the conclusion notice is due (10 working days after the meeting, 15 when complex). */
export function noticeDue(state: MeetingState): string {
	return conclusionNoticeDue(deadlineBasis(state));
}

/** The notice's issue date, as the office entered it; null until then. */
export const noticeIssuedOn = (state: MeetingState): string | null => state.documentOffice?.noticeIssuedOn ?? null;

/** The day the answer period counts from: the notice's issue date, else its due date. */
export function answerPeriodFrom(state: MeetingState): string {
	return noticeIssuedOn(state) ?? noticeDue(state);
}

/** The deadline of an assignment that carries no date of its own. */
export function defaultAssignmentDeadline(state: MeetingState): string {
	const basis = deadlineBasis(state);
	return addWorkingDays(answerPeriodFrom(state), basis.answerPeriodDays, basis.calendar);
}

/** The deadline an assignment shows everywhere: the one a person set, else the default. */
export function assignmentDeadline(state: MeetingState, outcome: Pick<AssignedOutcome, 'deadline'>): string {
	return outcome.deadline ?? defaultAssignmentDeadline(state);
}

