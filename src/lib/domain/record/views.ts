/**
 * What each screen shows of the record, as pure functions over the state: the phone's own
 * opinions, the chair's list, the secretary's saved card. Each reads `meetingRecord`, so a
 * deadline, a speaker or an empty answer is the same on every screen and in the documents.
 */
import type { OutcomeKind } from '../minutes/types';
import type { MeetingState } from '../types';
import { calledName, position } from './person';
import { meetingRecord } from './record';
import type { RecordAssignment, RecordOpinion } from './types';

export interface AssignmentLine {
	leadAgencyName: string;
	coAgencyNames: string[];
	/** ISO date (B3). */
	deadline: string;
	/** The person set it; false: the default of the rule. */
	deadlineSet: boolean;
}

const assignmentLine = (a: RecordAssignment | null): AssignmentLine | null =>
	a && { leadAgencyName: a.leadAgencyName, coAgencyNames: a.coAgencyNames, deadline: a.deadline, deadlineSet: a.deadlineSet };

export interface OpinionLine {
	id: string;
	/** Its number in the minutes (1-based, the order recorded). */
	n: number;
	/** "Bà Trần Thị Bình"; "" when no name was given. */
	who: string;
	unit: string;
	field: string;
	content: string;
	answers: { id: string; /** "Đồng chí Đỗ Văn Hùng" */ speaker: string; position: string; summary: string }[];
	outcome: OutcomeKind | null;
	assignment: AssignmentLine | null;
}

function line(o: RecordOpinion, n: number): OpinionLine {
	return {
		id: o.id,
		n,
		who: calledName(o.petitioner),
		unit: o.petitioner.unit,
		field: o.field,
		content: o.content,
		answers: o.answers.map((a) => ({ id: a.id, speaker: calledName(a.speaker), position: position(a.speaker), summary: a.summary })),
		outcome: o.outcome?.kind ?? null,
		assignment: assignmentLine(o.assignment)
	};
}

const lines = (state: MeetingState) => meetingRecord(state).opinions.map((o, i) => line(o, i + 1));

/**
 * [B3] The delegate's phone reads its own opinions in `phone.ts` (the record's lines without the
 * petitioner, so the phone's JavaScript does not carry the whole record); `views.test.ts`
 * checks it against these lines.
 */
export { phoneOpinions, type PhoneOpinionLine } from './phone';

/** [B3] The chair's list: newest first (the chair concludes what was just said). */
export function chairOpinions(state: MeetingState): OpinionLine[] {
	return lines(state).reverse();
}

/** [B3] The secretary's saved card of one opinion: its agencies and deadline once assigned (issue 18 item 9). */
export function savedAssignment(state: MeetingState, opinionId: string): AssignmentLine | null {
	return assignmentLine(meetingRecord(state).opinions.find((o) => o.id === opinionId)?.assignment ?? null);
}
