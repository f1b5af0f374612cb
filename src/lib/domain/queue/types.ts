/**
 * The live dialogue's vocabulary (DESIGN.md "The live meeting model"): requests to speak, turns
 * at the floor, written opinions. The minutes are built from these, so names stay stable.
 * All times are server times (ms since epoch); screens compute timers from them.
 */
import type { Salutation } from '../types';

/** A field of opinions (lĩnh vực): the plan's list, defaulting to DOMAIN.md's common fields. */
export interface OpinionField {
	id: string;
	name: string;
}

/** How a request reached the queue: the person's phone, a paper slip at the desk, a raised hand. */
export const SPEAK_VIAS = ['phone', 'slip', 'hand'] as const;
export type SpeakVia = (typeof SPEAK_VIAS)[number];

/**
 * Who asks to speak: a delegate on the list (walk-ins are delegates too), or a person typed
 * from a paper slip who is on no list. A delegate's name is copied when the request is made:
 * the projector and the phones do not receive the list (project.ts), yet must show who speaks.
 */
export type Requester =
	| { kind: 'delegate'; delegateId: string; salutation: Salutation; name: string; unit: string }
	| { kind: 'person'; salutation: Salutation | null; name: string; unit: string };

export const REQUEST_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn', 'absent'] as const;
/**
 * waiting: in the queue; speaking: its turn runs; done: spoken; withdrawn: by the person;
 * absent: not in the hall when called and taken off the queue ("Vắng mặt").
 */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Yêu cầu phát biểu. Its place in the queue is its index in `QueueState.order`. */
export interface SpeakRequest {
	id: string;
	who: Requester;
	fieldId: string;
	/** What they will raise, in a sentence or two. */
	statement: string;
	/** The agency the question is addressed to, if any. */
	agencyId: string | null;
	via: SpeakVia;
	/** The paper slip's number (via 'slip'). */
	slipNumber: string | null;
	/** The person asked that the projector show the slip number, not their name. */
	showSlipNumber: boolean;
	requestedAt: number;
	status: RequestStatus;
	/** How many times "Vắng mặt" sent it to the end of the queue. */
	absentCount: number;
}

/** citizen: a request's turn; answer: an agency or a chair answers; followup: the citizen again; chair: the chair's remark. */
export const TURN_KINDS = ['citizen', 'answer', 'followup', 'chair'] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

/** Who holds the floor. Agency and chair speakers carry their name as said in the room. */
export type TurnSpeaker =
	| Requester
	| { kind: 'agency'; agencyId: string; name: string; title: string }
	| { kind: 'chair'; chairId: string; name: string; title: string };

export interface TurnPause {
	from: number;
	/** null while the pause lasts. */
	to: number | null;
}

/** One person holding the floor (lượt phát biểu). */
export interface Turn {
	id: string;
	kind: TurnKind;
	speaker: TurnSpeaker;
	/** The request it serves: its own (citizen, followup) or the one of the turn it answers. */
	requestId: string | null;
	/** For answer, followup (and a chair's remark on a turn): the citizen turn it belongs to. */
	answersTurnId: string | null;
	startedAt: number;
	pauses: TurnPause[];
	endedAt: number | null;
	/** Speaking time allowed when the floor was given. */
	allowedMs: number;
	/** Added by "+1 phút". */
	addedMs: number;
}

/** Gửi ý kiến bằng văn bản: an opinion without a spoken turn; the secretary sees it with the others. */
export interface WrittenOpinion {
	id: string;
	author: Requester;
	fieldId: string;
	content: string;
	agencyId: string | null;
	via: 'phone' | 'slip';
	slipNumber: string | null;
	submittedAt: number;
}

/** What "Hoàn tác" puts back: the entities the last chair action touched, as they were. */
export interface UndoEntry {
	commandId: string;
	/** The command's type, to name the action on the button ("Hoàn tác: Kết thúc"). */
	action: string;
	at: number;
	requests: SpeakRequest[];
	/** Queue index of each touched request before the action; null when it was not waiting. */
	positions: Record<string, number | null>;
	turns: Turn[];
	/** Turns the action started: removed by the undo. */
	createdTurnIds: string[];
	locked: boolean;
	fairOrder: boolean;
}

export interface QueueState {
	/** Every request ever made, in the order made (withdrawn and done ones stay for the log). */
	requests: SpeakRequest[];
	/** Ids of waiting requests, first = next to speak. */
	order: string[];
	/** Every turn, in the order started; at most one has `endedAt === null`. */
	turns: Turn[];
	writtenOpinions: WrittenOpinion[];
	/** "Khóa danh sách đăng ký": no new requests until reopened. */
	locked: boolean;
	/** New requests go to their fair place; switching on sorts the queue once. */
	fairOrder: boolean;
	/** The last chair action, while it can still be undone. */
	undo: UndoEntry | null;
	/** A full-screen message on the projector ("Tạm nghỉ 10 phút"); null: none. */
	screenMessage: string | null;
}

/** The queue's rules, set in the plan (defaults in `defaultQueueSettings`). */
export interface QueueSettings {
	/** Waiting requests one person may hold at once. */
	maxWaitingPerPerson: number;
	answerMinutes: number;
	followUpMinutes: number;
	/** Requests close by themselves once the programme has moved past its dialogue items. */
	closeAfterDialogue: boolean;
	/** true: the first "Vắng mặt" sends the request to the end of the queue, the second takes it off; false: off at once. */
	absentRequeues: boolean;
	/** Categories counted as citizens by fair order; null: the walk-in category and those named "Nhân dân"/"uy tín". */
	citizenCategoryIds: string[] | null;
}
