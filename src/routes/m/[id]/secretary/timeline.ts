/**
 * The secretary's timeline: the groups opinions are written in. A group is a citizen's turn
 * (with its answers and follow-ups), or "floor" for everything said without a turn.
 * Turns come from the queue feature (`state.queue`); until a meeting has any, only the
 * floor group exists.
 */
import type { AnswerBy, OpinionOrigin, RaisedBy } from '$lib/domain/minutes/types';
import type { MeetingState } from '$lib/domain/types';

/** The part of the queue's state the minutes read (see domain/queue/types.ts). */
interface QueueTurn {
	id: string;
	kind: 'citizen' | 'answer' | 'followup' | 'chair';
	speaker:
		| { kind: 'delegate'; delegateId: string }
		| { kind: 'person'; salutation: string | null; name: string; unit: string }
		| { kind: 'agency'; agencyId: string; name: string; title: string }
		| { kind: 'chair'; chairId: string; name: string; title: string };
	requestId: string | null;
	answersTurnId: string | null;
	startedAt: number;
	endedAt: number | null;
}
interface QueueSlice {
	queue?: { turns: QueueTurn[]; requests: { id: string; fieldId: string }[]; writtenOpinions: WrittenSlice[] };
	fields?: { id: string; name: string }[];
}
export interface WrittenSlice {
	id: string;
	author: QueueTurn['speaker'];
	fieldId: string;
	content: string;
	submittedAt: number;
}

export interface Group {
	id: string;
	title: string;
	subtitle: string;
	origin: OpinionOrigin;
	field: string;
	raisedBy?: RaisedBy;
	/** The latest answer turn of the group: who a new answer is from. */
	answer?: { by: AnswerBy; turnId: string };
	turns: QueueTurn[];
	startedAt: number | null;
	live: boolean;
}

const sliceOf = (state: MeetingState) => state as MeetingState & QueueSlice;

/** Who a queue speaker is, as the minutes write it. */
export function raisedByOf(state: MeetingState, who: QueueTurn['speaker']): RaisedBy {
	switch (who.kind) {
		case 'delegate': {
			const d = state.delegates.find((x) => x.id === who.delegateId);
			return { kind: 'person', name: d ? `${d.salutation} ${d.fullName}` : '', unit: d?.unit ?? '', delegateId: who.delegateId };
		}
		case 'person':
			return { kind: 'person', name: [who.salutation, who.name].filter(Boolean).join(' '), unit: who.unit, delegateId: null };
		case 'agency':
			return { kind: 'organisation', name: who.name, unit: state.agencies.find((a) => a.id === who.agencyId)?.name ?? '', delegateId: null };
		case 'chair':
			return { kind: 'person', name: who.name, unit: who.title, delegateId: null };
	}
}

function answerByOf(turn: QueueTurn): AnswerBy | null {
	const s = turn.speaker;
	if (s.kind === 'agency') return { kind: 'agency', agencyId: s.agencyId, name: [s.name, s.title].filter(Boolean).join(', ') };
	if (s.kind === 'chair') return { kind: 'chair', chairId: s.chairId, name: [s.name, s.title].filter(Boolean).join(', ') };
	return null;
}

const fieldName = (state: MeetingState, fieldId: string | undefined) => sliceOf(state).fields?.find((f) => f.id === fieldId)?.name ?? '';

/** The citizen turn a turn belongs to (answers and follow-ups point at it). */
function rootOf(turns: QueueTurn[], turn: QueueTurn): string {
	let at = turn;
	for (let hops = 0; at.answersTurnId && hops < 20; hops++) {
		const up = turns.find((t) => t.id === at.answersTurnId);
		if (!up) break;
		at = up;
	}
	return at.id;
}

export function groupsOf(state: MeetingState): Group[] {
	const queue = sliceOf(state).queue;
	const turns = queue?.turns ?? [];
	const groups: Group[] = [];
	for (const turn of turns) {
		if (turn.kind !== 'citizen') continue;
		const own = turns.filter((t) => rootOf(turns, t) === turn.id);
		const request = queue?.requests.find((r) => r.id === turn.requestId);
		const raisedBy = raisedByOf(state, turn.speaker);
		const lastAnswer = own.filter((t) => t.kind === 'answer' || t.kind === 'chair').at(-1);
		const by = lastAnswer && answerByOf(lastAnswer);
		groups.push({
			id: turn.id,
			title: raisedBy.name,
			subtitle: [raisedBy.unit, fieldName(state, request?.fieldId)].filter(Boolean).join(' · '),
			origin: { kind: 'turn', turnId: turn.id },
			field: fieldName(state, request?.fieldId),
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
export function liveGroup(state: MeetingState): string | null {
	const turns = sliceOf(state).queue?.turns ?? [];
	const running = turns.find((t) => t.endedAt === null);
	return running ? rootOf(turns, running) : null;
}

export function writtenOpinions(state: MeetingState): WrittenSlice[] {
	return sliceOf(state).queue?.writtenOpinions ?? [];
}

export { fieldName };
