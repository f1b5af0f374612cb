/**
 * The assignments a report counts, with their status on `today`.
 * TODO(followup merge): take the status from the follow-up (`followUpRows`), which knows the
 * agencies' written answers; until then nothing is answered and the status comes from the
 * deadline alone.
 */
import { answerDeadline } from '../minutes/deadline';
import { deadlineBasis, minutesOf } from '../minutes/read';
import type { MeetingState } from '../types';
import { addWorkingDays } from '../workdays/calendar';

export type ReportAssignmentStatus = 'waiting' | 'due_soon' | 'overdue' | 'answered' | 'answered_late';

export interface ReportAssignment {
	opinionId: string;
	/** The lead agency (chủ trì): the one that answers and is counted. */
	agencyName: string;
	deadline: string;
	status: ReportAssignmentStatus;
}

export function reportAssignments(state: MeetingState, today: string): ReportAssignment[] {
	const basis = deadlineBasis(state);
	return minutesOf(state).opinions.flatMap((o) => {
		if (o.outcome?.kind !== 'assigned') return [];
		const deadline = answerDeadline(o.outcome, basis);
		const leadAgencyId = o.outcome.leadAgencyId;
		const agencyName = state.agencies.find((a) => a.id === leadAgencyId)?.name ?? '';
		const status: ReportAssignmentStatus = today > deadline ? 'overdue' : addWorkingDays(today, 3, state.calendar) >= deadline ? 'due_soon' : 'waiting';
		return [{ opinionId: o.id, agencyName, deadline, status }];
	});
}
