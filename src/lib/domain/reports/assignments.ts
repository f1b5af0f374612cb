/**
 * The assignments a report counts, with their status on `today`: the follow-up's own rows
 * (the record's assignment, the agency's written answer, the status in working days).
 */
import { followUpRows } from '../followup/status';
import type { AssignmentStatus } from '../followup/types';
import type { MeetingState } from '../types';

export type ReportAssignmentStatus = AssignmentStatus;

export interface ReportAssignment {
	opinionId: string;
	/** The lead agency (chủ trì): the one that answers and is counted. */
	agencyName: string;
	deadline: string;
	status: ReportAssignmentStatus;
}

export function reportAssignments(state: MeetingState, today: string): ReportAssignment[] {
	return followUpRows(state, today).map(({ assignment, status }) => ({
		opinionId: assignment.opinionId,
		agencyName: assignment.leadAgencyName,
		deadline: assignment.deadline,
		status
	}));
}
