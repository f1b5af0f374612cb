/**
 * The secretary's timeline: the groups opinions are written in. A group is a citizen's turn
 * (with its answers and follow-ups), or "floor" for everything said without a turn.
 * Turns come from the queue feature (`state.queue`); until a meeting has any, only the
 * floor group exists.
 */
import type { AnswerBy, OpinionOrigin, RaisedBy } from '$lib/domain/minutes/types';
import { fieldName } from '$lib/domain/queue/display';
import type { LiveMeeting } from '$lib/domain/queue/live';
import type { Turn, WrittenOpinion } from '$lib/domain/queue/types';
import { answerByOfTurn, calledName, raisedByOf } from '$lib/domain/record/person';

export interface Group {
	id: string;
	title: string;
	subtitle: string;
	origin: OpinionOrigin;
	field: string;
	raisedBy?: RaisedBy;
	/** The latest answer turn of the group: who a new answer is from. */
	answer?: { by: AnswerBy; turnId: string };
	turns: Turn[];
	startedAt: number | null;
	live: boolean;
}

/** The citizen turn a turn belongs to (answers and follow-ups point at it). */
function rootOf(turns: readonly Turn[], turn: Turn): string {
	let at = turn;
	for (let hops = 0; at.answersTurnId && hops < 20; hops++) {
		const up = turns.find((t) => t.id === at.answersTurnId);
		if (!up) break;
		at = up;
	}
	return at.id;
}

export function groupsOf(state: LiveMeeting): Group[] {
	const { turns, requests } = state.queue;
	const groups: Group[] = [];
	for (const turn of turns) {
		if (turn.kind !== 'citizen') continue;
		const own = turns.filter((t) => rootOf(turns, t) === turn.id);
		const request = requests.find((r) => r.id === turn.requestId);
		const raisedBy = raisedByOf(state, turn.speaker);
		const field = fieldName(state, request?.fieldId);
		const lastAnswer = own.filter((t) => t.kind === 'answer' || t.kind === 'chair').at(-1);
		const by = lastAnswer && answerByOfTurn(lastAnswer);
		groups.push({
			id: turn.id,
			title: calledName(raisedBy),
			subtitle: [raisedBy.unit, field].filter(Boolean).join(' · '),
			origin: { kind: 'turn', turnId: turn.id },
			field,
			raisedBy,
			answer: by && lastAnswer ? { by, turnId: lastAnswer.id } : undefined,
			turns: own,
			startedAt: turn.startedAt,
			live: own.some((t) => t.endedAt === null)
		});
	}
	groups.push({ id: 'floor', title: '', subtitle: '', origin: { kind: 'floor' }, field: '', turns: [], startedAt: null, live: false });
	return groups;
}

/** The group of the turn running now (a citizen, their answer or follow-up), if any. */
export function liveGroup(state: LiveMeeting): string | null {
	const running = state.queue.turns.find((t) => t.endedAt === null);
	return running ? rootOf(state.queue.turns, running) : null;
}

/** A written opinion (phone or slip) as the secretary takes it up into the minutes. */
export function writtenToRecord(state: LiveMeeting, w: WrittenOpinion) {
	return { origin: { kind: 'written' as const, writtenOpinionId: w.id }, field: fieldName(state, w.fieldId), raisedBy: raisedByOf(state, w.author), content: w.content };
}
