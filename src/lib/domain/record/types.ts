/**
 * The meeting record: what the meeting decided, read by the documents, the secretary's
 * timeline, the chair's list, the phones, follow-up, reports and the archive. A pure read
 * model over `MeetingState` (`meetingRecord` in record.ts); nothing here is stored.
 */
import type { OpinionOrigin, OpinionOutcome, ReportLevel } from '../minutes/types';

export type { OpinionOrigin, OpinionOutcome, ReportLevel };

/** A person (or organisation) as structured all the way from the queue to the documents. */
export interface PersonRef {
	kind: 'person' | 'organisation';
	/** "Ông", "Bà", "Cụ", "Đồng chí", or "" (none known). */
	salutation: string;
	/** "Nguyễn Văn An" (no salutation inside). */
	name: string;
	/** "Trưởng phòng Kinh tế" ("" if none). */
	title: string;
	/** "Tổ dân phố 5" / the agency's name ("" if none). */
	unit: string;
	delegateId: string | null;
}

export interface RecordAnswer {
	id: string;
	speaker: PersonRef;
	agencyId: string | null;
	/** The agency's name ("" for a chair). */
	agencyName: string;
	summary: string;
}

export interface RecordAssignment {
	opinionId: string;
	petitioner: PersonRef;
	field: string;
	/** The opinion's content summary. */
	content: string;
	leadAgencyId: string;
	leadAgencyName: string;
	coAgencyIds: string[];
	coAgencyNames: string[];
	task: string;
	/** ISO date, from the one deadline rule (`assignmentDeadline`). */
	deadline: string;
	/** The person set the date (false: the default from the rule). */
	deadlineSet: boolean;
}

export interface RecordOpinion {
	id: string;
	origin: OpinionOrigin;
	field: string;
	petitioner: PersonRef;
	content: string;
	/** Answers with an empty summary (a stray Alt+R) are left out. */
	answers: RecordAnswer[];
	outcome: OpinionOutcome | null;
	assignment: RecordAssignment | null;
	/** The collected opinion it repeats (counted once). */
	linkedCollectedId: string | null;
}

export interface MeetingRecord {
	meetingId: string;
	/** The meeting day, ISO. */
	date: string;
	/** In the order recorded. */
	opinions: RecordOpinion[];
	/** The assigned opinions, in the same order. */
	assignments: RecordAssignment[];
	/** When the conclusion notice is due (10 or 15 working days after the meeting). */
	noticeDue: string;
	/** When the office says the notice was issued; null until entered. */
	noticeIssuedOn: string | null;
	/** The first day the answer period counts from: the issue date, else the notice's due date. */
	answerPeriodFrom: string;
	/** The plan's answer period in working days (7 or 15). */
	answerPeriodDays: number;
	/** The deadline of an assignment that carries no date of its own. */
	defaultDeadline: string;
}
