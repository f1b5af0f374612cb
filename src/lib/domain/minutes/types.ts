/**
 * The minutes (biên bản) as the secretaries build them during the meeting. Pure data,
 * JSON-serialisable; `MeetingState.minutes` holds one `MinutesState`.
 *
 * The timeline (start, end, programme items, turns, attendance) is NOT stored here: it is
 * read from the meeting itself (agenda, queue turns, check-in). This holds only what a
 * person adds: opinions with their answers and outcome, conclusions, item summaries.
 * Whether the content is complex (15 working days for the notice) is the office's field
 * `documentOffice.complex` (documents feature), read by the deadlines here.
 * Turns and written opinions belong to the queue feature and are referenced by id.
 */

/**
 * A text several secretaries may edit at once. `version` goes up by one on every accepted
 * change; an edit names the version it was typed against and a stale one is refused as
 * `conflict` (rule N9), so neither person's text is silently lost.
 */
export interface VersionedText {
	text: string;
	version: number;
}

/** Where an opinion came from (rule N1). */
export type OpinionOrigin =
	/** Said in the room: the queue's Turn (kind citizen or follow-up) it was raised in. */
	| { kind: 'turn'; turnId: string }
	/** Handed in during the meeting from a phone or a paper slip: the queue's WrittenOpinion. */
	| { kind: 'written'; writtenOpinionId: string }
	/** Collected before the meeting (plan) and taken up in the room: `CollectedOpinion.id`. */
	| { kind: 'collected'; collectedOpinionId: string }
	/** Typed by the secretary with no turn to attach it to (e.g. a remark from the floor). */
	| { kind: 'floor' };
export type OpinionOriginKind = OpinionOrigin['kind'];

/**
 * Who raised an opinion, the parts apart (the meeting record reads it: `record/person.ts`).
 * Opinions stored before the parts were kept apart have no `salutation` / `title` and may
 * carry the salutation inside `name` ("Ông Nguyễn Văn An"); the record reads both.
 */
export interface RaisedBy {
	kind: 'person' | 'organisation';
	/** "Ông", "Bà", "Cụ" or "" (none known). */
	salutation?: string;
	/** "Nguyễn Văn An" or "Chi hội Cựu chiến binh tổ 5". */
	name: string;
	/** Chức vụ, if any. */
	title?: string;
	/** Thôn / tổ dân phố / cơ quan. */
	unit: string;
	/** Set when the person is on the meeting's list: their phone shows how it was recorded. */
	delegateId: string | null;
}

/**
 * Who answered in the room: one of the chairs, or an agency's representative. `name` is the
 * person's name, `title` their position; answers stored before the parts were kept apart have
 * no `title` and glue it into `name` ("Trần Văn Bình, Trưởng phòng"): the record reads both.
 */
export type AnswerBy =
	| { kind: 'chair'; /** `PlanSettings.chairs[].id`, if known. */ chairId: string | null; name: string; salutation?: string; title?: string }
	| { kind: 'agency'; agencyId: string; /** The representative, e.g. "Trần Văn Bình". */ name: string; salutation?: string; title?: string };

export interface OpinionAnswer {
	/** The id of the command that added it (client-made, so it can be edited before the ack). */
	id: string;
	by: AnswerBy;
	/** What was said, in short. */
	summary: VersionedText;
	/** The queue's answer Turn, when the answer was given as a turn. */
	turnId: string | null;
}

export const OUTCOME_KINDS = ['answered', 'assigned', 'reported', 'accepted', 'out_of_scope'] as const;
/**
 * answered: trả lời tại hội nghị · assigned: giao cơ quan xem xét, trả lời sau ·
 * reported: ghi nhận, báo cáo cấp trên · accepted: tiếp thu ·
 * out_of_scope: không thuộc phạm vi đối thoại (complaint / denunciation redirected).
 */
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The level a reported opinion goes to. `district` only for meetings before 1 July 2025 (N5). */
export const REPORT_LEVELS = ['district', 'province', 'central'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** The one outcome tag of an opinion, with the parts each kind requires (rules N3–N7). */
export type OpinionOutcome =
	| { kind: 'answered' }
	| {
			kind: 'assigned';
			leadAgencyId: string;
			coAgencyIds: string[];
			/** What the agency must do ("kiểm tra, làm rõ và trả lời bằng văn bản"). */
			task: string;
			/**
			 * ISO date of the written answer to the citizen; null = the default, computed by the one
			 * rule (`assignmentDeadline` in record/deadline.ts: the plan's answer period from the
			 * notice's issue date, else its due date). Stored only when a person changed it, so
			 * the default follows the notice's issue date once the office enters it.
			 */
			deadline: string | null;
	  }
	| { kind: 'reported'; level: ReportLevel }
	| { kind: 'accepted'; /** Optional: which body takes it on. */ body: string }
	| { kind: 'out_of_scope'; /** Where the person was directed. */ note: string };

export interface Opinion {
	/** The id of the command that recorded it: a client-made UUID, known before the ack. */
	id: string;
	origin: OpinionOrigin;
	/** Lĩnh vực: đất đai, giao thông, … (free text; the plan's collected opinions use the same words). */
	field: string;
	raisedBy: RaisedBy;
	/** The content summary. */
	content: VersionedText;
	answers: OpinionAnswer[];
	/** null: "chưa phân loại" (untagged). */
	outcome: OpinionOutcome | null;
	/** The collected opinion it repeats, so it is counted once (N8). */
	linkedCollectedId: string | null;
	/** Server times (ms). */
	recordedAt: number;
	updatedAt: number;
}

/** The chair's conclusion on one issue: a set of opinions (kết luận từng vấn đề). */
export interface IssueConclusion {
	id: string;
	opinionIds: string[];
	text: VersionedText;
}

export interface MinutesState {
	/** In the order they were recorded. */
	opinions: Opinion[];
	conclusions: IssueConclusion[];
	/** The overall conclusion (kết luận hội nghị). */
	overall: VersionedText;
	/** agenda item id → summary of what was presented (the reports). */
	itemSummaries: Record<string, VersionedText>;
}

export function emptyMinutes(): MinutesState {
	return { opinions: [], conclusions: [], overall: { text: '', version: 0 }, itemSummaries: {} };
}

/** The plan's answer period choices (working days after the conclusion notice). */
export const ANSWER_PERIODS = [7, 15] as const;
export type AnswerPeriod = (typeof ANSWER_PERIODS)[number];
