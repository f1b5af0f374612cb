import type { Role } from '../types';
import type { RecordAssignment } from './record-source';

/**
 * Follow-up after the meeting (issue 17, CONTRACTS.md B): each assigned opinion tracked to the
 * agency's written answer to the citizen. Pure data; `MeetingState.followUp` holds one
 * `FollowUpState`. The assignments themselves (agency, task, deadline) come from the meeting
 * record; this holds only what happens after: the answer, the citizen informed, later petitions.
 */

/** The agency's written answer to the citizen (văn bản trả lời). */
export interface WrittenAnswer {
	/** ISO date of the agency's written answer. */
	answeredOn: string;
	/** "125/UBND-KT" ("" allowed). */
	documentNumber: string;
	summary: string;
	/** The attached file's original name (kept from before `attachment`; equals `attachment.name`). */
	attachmentName: string | null;
	/** The attached file (PDF or photo of the signed letter); absent in answers from before it was built. */
	attachment?: AnswerAttachment | null;
	/** Who entered it: the office, or the agency's own officer from its link. */
	recordedBy: { role: Role; agencyId?: string };
	/** Server time (ms). */
	recordedAt: number;
}

/** A file attached to a written answer: its bytes are stored beside the meeting under `sha256`. */
export interface AnswerAttachment {
	/** = sha256: content-addressed. */
	id: string;
	/** The original file name ("Văn bản trả lời 125.pdf"). */
	name: string;
	/** application/pdf, image/jpeg or image/png. */
	type: string;
	size: number;
	sha256: string;
}

/** The office told the citizen the result (đã thông báo cho công dân). */
export interface PetitionerInformed {
	/** ISO date. */
	on: string;
	/** "Gửi văn bản", "Gặp trực tiếp", … */
	how: string;
	/** Who entered it and when (absent only in data from before it was kept). */
	recordedBy?: EnteredBy;
	recordedAt?: number;
}

/** Who entered a follow-up record: the office's role, or an agency from its link. */
export interface EnteredBy {
	role: Role;
	agencyId?: string;
}

/** A later petition by the same person about the same matter. */
export interface FollowUpPetition {
	/** The id of the command that linked it. */
	id: string;
	/** ISO date the office received it. */
	receivedOn: string;
	content: string;
	recordedBy?: EnteredBy;
	recordedAt?: number;
}

export interface AssignmentFollowUp {
	opinionId: string;
	answer: WrittenAnswer | null;
	informed: PetitionerInformed | null;
	/** Later petitions by the same person, linked to this assignment. */
	followUpPetitions: FollowUpPetition[];
}

export interface FollowUpState {
	assignments: Record<string /* opinionId */, AssignmentFollowUp>;
	/** Public results page (/m/[id]/results): off until the office switches it on. */
	publicResults: { enabled: boolean; initialsOnly: boolean };
}

export function emptyFollowUp(): FollowUpState {
	return { assignments: {}, publicResults: { enabled: false, initialsOnly: true } };
}

/** An assignment's follow-up before anything was recorded for it. */
export function blankAssignmentFollowUp(opinionId: string): AssignmentFollowUp {
	return { opinionId, answer: null, informed: null, followUpPetitions: [] };
}

/**
 * waiting: chờ trả lời · due_soon: sắp đến hạn (≤ 3 working days left) · overdue: quá hạn ·
 * answered: đã trả lời (on time) · answered_late: đã trả lời (quá hạn).
 */
export const ASSIGNMENT_STATUSES = ['waiting', 'due_soon', 'overdue', 'answered', 'answered_late'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** One line of the follow-up list: the record's assignment, what was recorded after, the status. */
export interface FollowUpRow {
	assignment: RecordAssignment;
	followUp: AssignmentFollowUp;
	status: AssignmentStatus;
	/**
	 * Working days from today to the deadline: 0 on the day, negative once overdue (how many
	 * working days late), counted with the meeting's holiday calendar.
	 */
	workingDaysLeft: number;
}
