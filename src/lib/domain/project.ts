import { lastSeq, type EventOf, type StoredEvent } from './events';
import { startingState } from './meeting/starting-state';
import { emptyMinutes, type MinutesState } from './minutes/types';
import { publicQueue, publicRequest, publicTurn, publicUndo, publicWritten } from './queue/public-view';
import type { Requester, TurnSpeaker, WrittenOpinion } from './queue/types';
import type { Delegate, Headcount, MeetingState, Role } from './types';

/** Who sees what is private to the people on the list. */
const SEES_TOKENS: readonly Role[] = ['admin', 'desk'];
const SEES_PHONES: readonly Role[] = ['admin', 'desk'];
/** The petitions collected beforehand carry names: not for the big screen or other delegates. */
const SEES_COLLECTED: readonly Role[] = ['admin', 'chair', 'secretary', 'desk'];
/**
 * Screens that show how many came, not who: the projector and the phones (a delegate sees only
 * their own record). They get `headcount` instead of the list, which also keeps a 3,000-person
 * meeting's phone page as small as a village's. Units are for planning. The holiday calendar stays:
 * a phone shows its owner's answer deadline and must count it as the documents do (rule B3).
 */
const COUNTS_ONLY: readonly Role[] = ['projector', 'delegate', 'guest'];
/** Events that change the counts: a counting view gets the new `headcount` with them. */
const COUNTED = new Set<StoredEvent['type']>(['meeting.created', 'categories.set', 'delegates.added', 'delegate.updated', 'delegate.removed', 'checkin.recorded', 'checkin.undone']);
/** A written opinion's text is for the chair's table; the big screen and the phones see only that one was sent. */
const SEES_WRITTEN: readonly Role[] = ['admin', 'chair', 'secretary', 'desk'];
const redactWritten = (o: WrittenOpinion, role: Role): WrittenOpinion => (SEES_WRITTEN.includes(role) ? o : { ...o, content: '' });
const redactQueue = (state: MeetingState, role: Role): MeetingState['queue'] =>
	SEES_WRITTEN.includes(role) ? state.queue : { ...state.queue, writtenOpinions: state.queue.writtenOpinions.map((o) => redactWritten(o, role)) };

function redactDelegate<T extends Partial<Delegate>>(d: T, role: Role): T {
	const copy = { ...d };
	if (!SEES_TOKENS.includes(role) && 'token' in copy) copy.token = '';
	if (!SEES_PHONES.includes(role) && 'phone' in copy) copy.phone = null;
	return copy;
}

const counted = new WeakMap<MeetingState, Headcount>();

/** Present and on the list, in all and per category (states are immutable: counted once each). */
export function headcountOf(state: MeetingState): Headcount {
	const known = counted.get(state);
	if (known) return known;
	const byCategory: Headcount['byCategory'] = {};
	for (const c of state.categories) byCategory[c.id] = { onList: 0, present: 0 };
	let present = 0;
	for (const d of state.delegates) {
		const here = state.attendance[d.id] ? 1 : 0;
		present += here;
		const row = byCategory[d.categoryId];
		if (!row) continue;
		row.onList++;
		row.present += here;
	}
	const headcount = { onList: state.delegates.length, present, byCategory };
	counted.set(state, headcount);
	return headcount;
}

/**
 * What a role may see of the meeting: the one place that strips private fields. `delegateId`
 * is the phone's owner (role 'delegate'): its own record and check-in are all it gets of the list.
 */
export function project(state: MeetingState, role: Role, delegateId?: string): MeetingState {
	if (role === 'admin') return state;
	const collectedOpinions = SEES_COLLECTED.includes(role) ? state.collectedOpinions : [];
	const queue = redactQueue(state, role);
	if (!COUNTS_ONLY.includes(role)) return { ...state, delegates: state.delegates.map((d) => redactDelegate(d, role)), collectedOpinions, queue };
	return {
		...state,
		units: [],
		collectedOpinions,
		headcount: headcountOf(state),
		...ownParts(state, role, role === 'delegate' ? delegateId : undefined, queue)
	};
}

/** The parts of a counting view that differ from one phone to the next (the rest is the same for all). */
export const OWN_PARTS = ['delegates', 'attendance', 'minutes', 'queue'] as const;
export type OwnParts = Pick<MeetingState, (typeof OWN_PARTS)[number]>;

/**
 * A phone's own parts of its view: its record and check-in, the opinions it raised, and the
 * public queue with its own requests in full. The projector (no owner) gets none of them.
 */
export function ownParts(state: MeetingState, role: Role, delegateId: string | undefined, queue = redactQueue(state, role)): OwnParts {
	const own = delegateId ? state.delegates.find((d) => d.id === delegateId) : undefined;
	// By id, not by record: the log keeps a removed delegate's check-in, and so does the phone.
	const checkIn = delegateId ? state.attendance[delegateId] : undefined;
	return {
		delegates: own ? [redactDelegate(own, role)] : [],
		attendance: checkIn ? { [delegateId!]: checkIn } : {},
		minutes: ownMinutes(state.minutes, delegateId),
		// The public queue: names and units, not other people's ids or texts ([V9]).
		queue: publicQueue(queue, delegateId)
	};
}

/** A phone holds only the opinions its owner raised (the minutes carry other people's names); the projector none. */
function ownMinutes(minutes: MinutesState | undefined, delegateId: string | undefined): MinutesState {
	const opinions = delegateId ? (minutes?.opinions ?? []).filter((o) => o.raisedBy.delegateId === delegateId) : [];
	return { ...emptyMinutes(), opinions };
}

/** In place of an event a role may not see: same seq (clients rely on no gaps), nothing else. */
function hidden(event: StoredEvent): StoredEvent {
	return { type: 'view.hidden', data: {}, seq: event.seq, at: event.at, actor: { role: event.actor.role }, commandId: '' };
}

/** Which delegate's record an event is about, if one. */
function subjectOf(event: StoredEvent): string | null {
	switch (event.type) {
		case 'delegate.updated':
		case 'delegate.removed':
			return event.data.id;
		case 'invitation.reissued':
		case 'checkin.recorded':
		case 'checkin.undone':
			return event.data.delegateId;
		case 'opinion.recorded':
			return event.data.opinion.raisedBy.delegateId;
		case 'opinion.edited':
		case 'opinion.removed':
		case 'opinion.answerAdded':
		case 'opinion.answerEdited':
		case 'opinion.answerRemoved':
		case 'opinion.tagged':
		case 'opinion.linked':
			return event.data.delegateId;
		default:
			return null;
	}
}

/** The people a queue event names: their own phone sees them in full ([V9]). */
function queuePeople(event: StoredEvent): (Requester | TurnSpeaker)[] {
	switch (event.type) {
		case 'request.submitted':
			return [event.data.request.who];
		case 'turn.started':
			return [event.data.turn.speaker];
		case 'writtenOpinion.submitted':
			return [event.data.opinion.author];
		case 'queue.undone':
			return [...event.data.entry.requests.map((r) => r.who), ...event.data.entry.turns.map((t) => t.speaker)];
		default:
			return [];
	}
}

/** Delegates whose own phone sees an event differently from everyone else's. */
export function delegatesConcerned(events: readonly StoredEvent[]): Set<string> {
	const ids = new Set<string>();
	for (const event of events) {
		if (event.type === 'delegates.added') for (const d of event.data.delegates) ids.add(d.id);
		for (const who of queuePeople(event)) if (who.kind === 'delegate') ids.add(who.delegateId);
		const id = subjectOf(event);
		if (id) ids.add(id);
	}
	return ids;
}

/** The list-free version of an event for a counting view (projector, phones). */
function countingEvent(event: StoredEvent, role: Role, delegateId: string | undefined): StoredEvent {
	const actor = event.actor.delegateId && event.actor.delegateId !== delegateId ? { role: event.actor.role } : event.actor;
	const mine = role === 'delegate' && delegateId !== undefined && subjectOf(event) === delegateId;
	const owner = role === 'delegate' ? delegateId : undefined;
	switch (event.type) {
		case 'meeting.created': {
			const initial = event as EventOf<'meeting.created'>;
			return { ...initial, actor, data: project(startingState(initial.data), role, delegateId) };
		}
		case 'delegates.added': {
			const own = event.data.delegates.filter((d) => role === 'delegate' && d.id === delegateId);
			return own.length ? { ...event, actor, data: { delegates: own.map((d) => redactDelegate(d, role)) } } : hidden(event);
		}
		case 'delegate.updated':
			return mine ? { ...event, actor, data: { ...event.data, changes: redactDelegate(event.data.changes, role) } } : hidden(event);
		case 'invitation.reissued':
			return mine ? { ...event, actor, data: { ...event.data, token: '' } } : hidden(event);
		case 'delegate.removed':
		case 'checkin.recorded':
		case 'checkin.undone':
		case 'opinion.recorded':
		case 'opinion.edited':
		case 'opinion.removed':
		case 'opinion.answerAdded':
		case 'opinion.answerEdited':
		case 'opinion.answerRemoved':
		case 'opinion.tagged':
		case 'opinion.linked':
			return mine ? { ...event, actor } : hidden(event);
		// Conclusions and summaries are the chair's and the secretaries' working text.
		case 'conclusion.added':
		case 'conclusion.edited':
		case 'conclusion.removed':
		case 'minutes.overallEdited':
		case 'minutes.itemSummaryEdited':
			return hidden(event);
		case 'units.set':
			return { ...event, actor, data: { units: [] } };
		case 'request.submitted':
			return { ...event, actor, data: { ...event.data, request: publicRequest(event.data.request, owner) } };
		case 'turn.started':
			return { ...event, actor, data: { turn: publicTurn(event.data.turn, owner) } };
		case 'queue.undone':
			return { ...event, actor, data: { entry: publicUndo(event.data.entry, owner)! } };
		case 'writtenOpinion.submitted':
			return { ...event, actor, data: { opinion: publicWritten(redactWritten(event.data.opinion, role), owner) } };
		default:
			return { ...projectListEvent(event, role), actor };
	}
}

/** An event for a role that sees the list (chair, secretary, desk): private fields blanked. */
function projectListEvent(event: StoredEvent, role: Role): StoredEvent {
	switch (event.type) {
		case 'meeting.created':
			return { ...event, data: project(startingState(event.data), role) };
		case 'delegates.added':
			return { ...event, data: { delegates: event.data.delegates.map((d) => redactDelegate(d, role)) } };
		case 'delegate.updated':
			return { ...event, data: { ...event.data, changes: redactDelegate(event.data.changes, role) } };
		case 'invitation.reissued':
			return SEES_TOKENS.includes(role) ? event : { ...event, data: { ...event.data, token: '' } };
		case 'collectedOpinions.added':
			return SEES_COLLECTED.includes(role) ? event : { ...event, data: { opinions: [] } };
		case 'collectedOpinion.updated':
			return SEES_COLLECTED.includes(role) ? event : { ...event, data: { ...event.data, changes: {} } };
		case 'writtenOpinion.submitted':
			return { ...event, data: { opinion: redactWritten(event.data.opinion, role) } };
		default:
			return event;
	}
}

/**
 * Events are projected the same way before a broadcast. Private fields are blanked and events
 * about other people become `view.hidden`, never dropped: clients rely on seq having no gaps.
 * `after` is the full state once `event` is applied: a counting view gets its new headcount.
 */
export function projectEvent(event: StoredEvent, role: Role, delegateId?: string, after?: MeetingState): StoredEvent {
	if (role === 'admin') return event;
	if (!COUNTS_ONLY.includes(role)) return projectListEvent(event, role);
	const projected = countingEvent(event, role, delegateId);
	return after && COUNTED.has(event.type) && event.type !== 'meeting.created' ? { ...projected, headcount: headcountOf(after) } : projected;
}

/**
 * A committed batch for one role (and phone): `after` is the state after the whole batch. Counts
 * ride on the batch's last counting event, so the fold ends where the snapshot would; runs of
 * blanks are joined (200 check-ins in one write reach a phone as one small blank).
 */
export function projectEvents(events: readonly StoredEvent[], role: Role, delegateId: string | undefined, after: MeetingState): StoredEvent[] {
	let last = -1;
	events.forEach((e, i) => COUNTED.has(e.type) && e.type !== 'meeting.created' && (last = i));
	const projected = events.map((e, i) => projectEvent(e, role, delegateId, i === last ? after : undefined));
	return COUNTS_ONLY.includes(role) ? joinBlanks(projected) : projected;
}

/** Consecutive blanks become one that stands for all their seqs (and carries the latest counts). */
function joinBlanks(events: StoredEvent[]): StoredEvent[] {
	const joined: StoredEvent[] = [];
	for (const event of events) {
		const previous = joined.at(-1);
		if (event.type === 'view.hidden' && previous?.type === 'view.hidden' && lastSeq(previous) + 1 === event.seq) {
			const headcount = event.headcount ?? previous.headcount;
			joined[joined.length - 1] = { ...previous, at: event.at, data: { through: event.seq }, ...(headcount ? { headcount } : {}) };
		} else {
			joined.push(event);
		}
	}
	return joined;
}
