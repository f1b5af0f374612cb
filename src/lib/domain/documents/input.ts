/**
 * What the two meeting documents need, in the documents' own words. The builders read only
 * this; `from-meeting.ts` fills it from the meeting state (the minutes and the queue), so a
 * change in how the room records things touches the adapter, not the documents.
 */
import type { ReportLevel } from '../minutes/types';
import type { PersonRef as RecordPerson } from '../record/types';
import type { HolidayCalendar } from '../workdays';
import type { Layout } from './layout';

/** A person as the meeting record gives them: salutation, name, title, unit apart (rule B2). */
export type DocumentPerson = Omit<RecordPerson, 'delegateId'>;

/** What the secretary tagged (DOMAIN.md "Outcome of each opinion"). */
export const DOCUMENT_OUTCOMES = ['answered', 'assigned', 'reported_upward', 'accepted', 'out_of_scope'] as const;
export type DocumentOutcome = (typeof DOCUMENT_OUTCOMES)[number];

/** "TM." / "KT." (Decree 30) or "T/M" / "K/T" (HD 36); "" signs in one's own name. */
export interface Signer {
	authority: string;
	/** The collective signed for, e.g. "ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ". */
	body: string;
	position: string;
	name: string;
}

export interface PersonRef {
	name: string;
	title: string;
}

export interface ProgrammeStep {
	title: string;
	presenter: string;
	/** 'HH:MM' when the item began in the room; null when it did not run. */
	startedAt: string | null;
	/** For reports presented: their summary as the secretary wrote it. */
	summary: string;
}

export interface DocumentAnswer {
	/** Who answered: "Đồng chí" (or the salutation known), name, title, the agency as unit. */
	speaker: DocumentPerson;
	content: string;
}

export interface DocumentAssignment {
	leadAgency: string;
	cooperating: string[];
	/** ISO date by which the agency answers the citizen in writing. */
	deadline: string;
}

export interface DocumentOpinion {
	id: string;
	/** Who raised it; the name may be "" (not given): the documents then write the unit alone or "Một đại biểu (không nêu tên)". */
	petitioner: DocumentPerson;
	field: string;
	content: string;
	/** spoken in the room, sent in writing during the meeting, or collected beforehand and taken up. */
	source: 'spoken' | 'written' | 'collected';
	answers: DocumentAnswer[];
	outcome: DocumentOutcome | null;
	assignment: DocumentAssignment | null;
	/** For reported_upward: the level it goes to (cấp tỉnh …, trung ương; cấp huyện for older meetings). */
	reportLevel: ReportLevel | null;
	/** For out_of_scope: where the person was directed; for accepted: which body takes it on ("" if none). */
	note: string;
}

export interface Conclusion {
	/** "" for a general conclusion not tied to a field. */
	field: string;
	text: string;
}

/** What only the office knows, set on the documents page before downloading. */
export interface OfficeFields {
	/** Number of each document ("05"); "" leaves the blank for the office's register. */
	bienBanNumber: string;
	bienBanSymbol: string;
	noticeNumber: string;
	noticeSymbol: string;
	/** Place in the notice's date line ("Phường Bạch Đằng"). */
	placeName: string;
	noticeSigner: Signer;
	extraRecipients: { bienBan: string[]; notice: string[] };
}

export interface MinutesDocumentInput {
	meetingId: string;
	layout: Layout;
	parentBody: string;
	issuingBody: string;
	/** "Hội nghị đối thoại giữa … với Nhân dân năm 2025". */
	title: string;
	/** ISO date of the meeting. */
	date: string;
	/** 'HH:MM' the meeting opened (or was planned to). */
	startTime: string;
	/** 'HH:MM' it closed; null while it runs. */
	endTime: string | null;
	ended: boolean;
	place: string;
	attendance: { category: string; present: number; expected: number }[];
	/** Leaders from the higher level attending (named in the minutes). */
	guests: PersonRef[];
	chairs: (PersonRef & { role: 'chair' | 'co_chair' })[];
	secretaries: PersonRef[];
	programme: ProgrammeStep[];
	/** Every opinion in the order it was heard (written and collected ones after the spoken). */
	opinions: DocumentOpinion[];
	generalAssessment: string;
	conclusions: Conclusion[];
	/** The chair marked the content complex: the notice may take 15 working days, not 10. */
	complex: boolean;
	calendar: HolidayCalendar;
	office: OfficeFields;
	/** Named in "Nơi nhận" of both documents before the office's own lines: the bodies the plan names (the level above, the Front). */
	planRecipients: string[];
}
