/** The meeting as the domain sees it. Pure data, JSON-serialisable. */

/** `guest`: a person in the hall without a link yet (the room QR's walk-in form). */
export const ROLES = ['admin', 'chair', 'secretary', 'desk', 'projector', 'delegate', 'guest', 'agency'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that are paired to a device by a meeting-wide role link. */
export const LINK_ROLES = ['chair', 'secretary', 'desk', 'projector'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export interface Actor {
	role: Role;
	/** Set for a delegate acting from their own phone. */
	delegateId?: string;
	/** Set for an agency's officer acting from the agency's follow-up link (role 'agency'). */
	agencyId?: string;
}

export type MeetingStatus = 'planned' | 'running' | 'ended';

export interface MeetingBasics {
	title: string;
	/** ISO date, YYYY-MM-DD, local to the meeting. */
	date: string;
	/** HH:MM, 24-hour. */
	startTime: string;
	place: string;
	bannerLines: string[];
}

export const AGENDA_ITEM_TYPES = ['procedural', 'report', 'answers', 'dialogue', 'conclusion'] as const;
/** procedural: declare purpose, introduce, approve programme; answers: report answering collected opinions. */
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

export interface AgendaItem {
	id: string;
	title: string;
	presenter: string;
	plannedMinutes: number;
	type: AgendaItemType;
}

export const MEETING_KINDS = ['periodic', 'thematic', 'adhoc'] as const;
/** định kỳ / chuyên đề / đột xuất */
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_HOSTS = ['party', 'government', 'both'] as const;
/** Đảng ủy / UBND / both as đồng chủ trì */
export type MeetingHost = (typeof MEETING_HOSTS)[number];

export interface Person {
	id: string;
	name: string;
	title: string;
}

export interface Chair extends Person {
	/** chủ trì (or đồng chủ trì) vs a deputy who may chair by authorisation (ủy quyền). */
	position: 'chair' | 'deputy';
}

export interface PlanSettings {
	kind: MeetingKind;
	host: MeetingHost;
	/** Heads the documents' left column, line 1 (e.g. "ĐẢNG BỘ THÀNH PHỐ HẠ LONG"). */
	parentBody: string;
	/** Heads the documents' left column, line 2 (e.g. "ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG"). */
	issuingBody: string;
	chairs: Chair[];
	secretaries: Person[];
	/** Nội quy hội nghị. */
	rules: string;
	defaultSpeakingMinutes: number;
	/** Check-in opens this many minutes before the start. */
	checkInOpensMinutesBefore: number;
	/** Where people not on the list go; null: the category named "Nhân dân", else the first. */
	walkInCategoryId: string | null;
	/** Working days an agency has to answer the citizen in writing after the conclusion notice (7 or 15; DOMAIN.md). */
	answerPeriodDays: 7 | 15;
	/** The speaking queue's rules (issue 9). */
	queue: QueueSettings;
}

export interface Agency {
	id: string;
	name: string;
	shortName: string;
	/** Head of the agency (thủ trưởng), who answers in the room. */
	head: string;
}

export interface DelegateCategory {
	id: string;
	name: string;
	expected: number;
}

export const UNIT_KINDS = ['residential_group', 'village', 'agency', 'other'] as const;
/** tổ dân phố / thôn / cơ quan / khác */
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
	id: string;
	name: string;
	kind: UnitKind;
}

/** "Cụ" for the elderly, as lists and invitations write it. */
export const SALUTATIONS = ['Ông', 'Bà', 'Cụ'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

export interface Delegate {
	id: string;
	salutation: Salutation;
	fullName: string;
	/** Chức vụ. */
	title: string;
	unit: string;
	categoryId: string;
	/** Private: never shown on the projector or to other delegates. */
	phone: string | null;
	/** Personal link token (invitation QR). Private: admin and desk only. */
	token: string;
	source: 'list' | 'walk_in';
	/** For walk-ins: the registering command, so a resubmitted form finds the same person. */
	walkInCommandId?: string;
}

export const OPINION_SOURCES = ['survey', 'front', 'letter', 'email', 'other'] as const;
/** phiếu lấy ý kiến / MTTQ / thư / e-mail / khác */
export type OpinionSource = (typeof OPINION_SOURCES)[number];
export const PLANNED_HANDLINGS = ['answer_at_meeting', 'answer_later', 'report_upward'] as const;
/** trả lời tại hội nghị / kiểm tra, trả lời sau / báo cáo cấp trên */
export type PlannedHandling = (typeof PLANNED_HANDLINGS)[number];

/** Ý kiến thu thập trước hội nghị. */
export interface CollectedOpinion {
	id: string;
	raisedBy: string;
	raisedByKind: 'person' | 'organisation';
	unit: string;
	source: OpinionSource;
	field: string;
	content: string;
	agencyId: string | null;
	preparedAnswer: string;
	plannedHandling: PlannedHandling;
}

/** Days off and make-up working days; starts as the built-in table, editable per meeting. */
export type { HolidayCalendar } from './workdays/calendar';
import type { HolidayCalendar } from './workdays/calendar';
import type { DocumentOffice } from './documents/types';
import type { MinutesState } from './minutes/types';
import type { FollowUpState } from './followup/types';
import type { OpinionField, QueueSettings, QueueState } from './queue/types';

/** How a delegate was checked in: own phone, invitation QR scanned at the door, desk search, walk-in form. */
export type CheckInVia = 'self' | 'scan' | 'desk' | 'walk_in';

export interface CheckIn {
	at: number;
	via: CheckInVia;
}

export interface MeetingState {
	id: string;
	basics: MeetingBasics;
	plan: PlanSettings;
	agenda: AgendaItem[];
	agencies: Agency[];
	categories: DelegateCategory[];
	units: Unit[];
	delegates: Delegate[];
	collectedOpinions: CollectedOpinion[];
	calendar: HolidayCalendar;
	/** delegateId → check-in; an undone check-in is removed (the log keeps both). */
	attendance: Record<string, CheckIn>;
	status: MeetingStatus;
	startedAt: number | null;
	endedAt: number | null;
	currentItemId: string | null;
	/** Server time when the current item began, for the item clock. */
	currentItemSince: number | null;
	/** itemId → server time the item first began (the programme as it ran, for the minutes). */
	itemStartedAt: Record<string, number>;
	/** What the office sets for the documents (numbers, signer, place, recipients). */
	documentOffice: DocumentOffice;
	/** The plan's fields of opinions (lĩnh vực). */
	fields: OpinionField[];
	/** The dialogue: requests to speak, turns, written opinions. */
	queue: QueueState;
	/** Only in views without the list (projector, phones): the counts it would give (project.ts). */
	headcount?: Headcount;
	/** The minutes (biên bản): opinions, answers, outcomes, conclusions (minutes/types.ts). */
	minutes: MinutesState;
	/** After the meeting: each assignment tracked to the written answer (followup/types.ts). */
	followUp: FollowUpState;
}

/** Attendance counts for screens that show how many, not who. */
export interface Headcount {
	onList: number;
	present: number;
	/** categoryId → counts of that category. */
	byCategory: Record<string, { onList: number; present: number }>;
}

/** What `decide` gets besides the state and the payload; injected so decide stays pure. */
export interface DecideContext {
	actor: Actor;
	/** Server time, ms since epoch. */
	now: number;
	/** Makes ids for new entities (agenda items, …). */
	newId: () => string;
	/** Makes personal link tokens (128 random bits). */
	newToken: () => string;
	/** The meeting id a create command will get (server-made). */
	meetingId: string;
	/** The command being decided (its client-made id). */
	commandId: string;
}
