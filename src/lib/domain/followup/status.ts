import { VIETNAM_OFFSET_MS } from '../meeting/clock';
import type { MeetingState } from '../types';
import { countWorkingDays, type HolidayCalendar } from '../workdays/calendar';
import { recordAssignments, type RecordAssignment } from './record-source';
import { assignmentFollowUp } from './read';
import type { AssignmentFollowUp, AssignmentStatus, FollowUpRow } from './types';

/** "Sắp đến hạn": this many working days or fewer left. */
export const DUE_SOON_WORKING_DAYS = 3;

/** The calendar date in Vietnam (UTC+7, no daylight saving), whatever the server's time zone. */
export function vietnamToday(now: number): string {
	return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * [T1] Where an assignment stands on `today` (ISO, Vietnam):
 * answered / answered_late (the written answer is dated after the deadline);
 * not answered: overdue once today is past the deadline, due_soon when at most 3 working
 * days are left (weekends, the calendar's days off and make-up working days as the meeting's
 * holiday table says), else waiting.
 */
export function assignmentStatus(a: RecordAssignment, f: AssignmentFollowUp | undefined, today: string, calendar: HolidayCalendar): AssignmentStatus {
	if (f?.answer) return f.answer.answeredOn > a.deadline ? 'answered_late' : 'answered';
	if (today > a.deadline) return 'overdue';
	return countWorkingDays(today, a.deadline, calendar) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'waiting';
}

/** [T1] Working days from `today` to the deadline; negative: how many working days late. */
export function workingDaysLeft(deadline: string, today: string, calendar: HolidayCalendar): number {
	return countWorkingDays(today, deadline, calendar);
}

/** Every assignment of the meeting with its follow-up and status, in the order recorded. */
export function followUpRows(state: MeetingState, today: string): FollowUpRow[] {
	return recordAssignments(state).map((assignment) => {
		const followUp = assignmentFollowUp(state, assignment.opinionId);
		return {
			assignment,
			followUp,
			status: assignmentStatus(assignment, followUp, today, state.calendar),
			workingDaysLeft: workingDaysLeft(assignment.deadline, today, state.calendar)
		};
	});
}

/** Statuses that still need chasing (đôn đốc), most urgent first. */
export const OPEN_STATUSES: readonly AssignmentStatus[] = ['overdue', 'due_soon', 'waiting'];
