import type { QueueEvent } from './events';
import type { LiveMeeting } from './live';
import { inserted, moved } from './order';
import type { QueueState, SpeakRequest, Turn } from './types';
import { recordUndo, restore } from './undo';

type Stamped<T extends QueueEvent['type']> = Extract<QueueEvent, { type: T }> & { at: number; commandId: string };
type QueueReducers = { [T in QueueEvent['type']]: (state: LiveMeeting | null, e: Stamped<T>) => LiveMeeting };

const setRequest = (q: QueueState, id: string, change: (r: SpeakRequest) => SpeakRequest) => q.requests.map((r) => (r.id === id ? change(r) : r));
const setTurn = (q: QueueState, id: string, change: (t: Turn) => Turn) => q.turns.map((t) => (t.id === id ? change(t) : t));

/** Applies a queue change, keeping the undo entry of chair actions up to date. */
function queueReducer<T extends QueueEvent['type']>(change: (q: QueueState, e: Stamped<T>, s: LiveMeeting) => QueueState) {
	return (state: LiveMeeting | null, e: Stamped<T>): LiveMeeting => {
		const s = state!;
		const undo = recordUndo(s.queue, e);
		return { ...s, queue: change({ ...s.queue, undo }, e, s) };
	};
}

export const queueReducers: QueueReducers = {
	'request.submitted': queueReducer((q, e) => ({ ...q, requests: [...q.requests, e.data.request], order: inserted(q.order, e.data.request.id, e.data.index) })),
	// A withdrawn request can no longer be put back by undoing an older chair action.
	'request.withdrawn': queueReducer((q, e) => ({
		...q,
		requests: setRequest(q, e.data.requestId, (r) => ({ ...r, status: 'withdrawn' })),
		order: q.order.filter((id) => id !== e.data.requestId),
		undo: q.undo?.requests.some((r) => r.id === e.data.requestId) ? null : q.undo
	})),
	'request.moved': queueReducer((q, e) => ({ ...q, order: moved(q.order, e.data.requestId, e.data.toIndex) })),
	'request.markedAbsent': queueReducer((q, e) => {
		const rest = q.order.filter((id) => id !== e.data.requestId);
		return {
			...q,
			requests: setRequest(q, e.data.requestId, (r) => ({ ...r, status: e.data.requeued ? 'waiting' : 'absent', absentCount: r.absentCount + 1 })),
			order: e.data.requeued ? [...rest, e.data.requestId] : rest,
			turns: q.turns.filter((t) => t.id !== e.data.cancelledTurnId)
		};
	}),
	'request.recalled': queueReducer((q, e) => ({
		...q,
		requests: setRequest(q, e.data.requestId, (r) => ({ ...r, status: 'waiting' })),
		order: [e.data.requestId, ...q.order.filter((id) => id !== e.data.requestId)]
	})),
	'turn.started': queueReducer((q, e) => {
		const { turn } = e.data;
		const own = turn.kind === 'citizen' ? turn.requestId : null;
		return {
			...q,
			turns: [...q.turns, turn],
			requests: own ? setRequest(q, own, (r) => ({ ...r, status: 'speaking' })) : q.requests,
			order: own ? q.order.filter((id) => id !== own) : q.order
		};
	}),
	'turn.ended': queueReducer((q, e) => {
		const turn = q.turns.find((t) => t.id === e.data.turnId);
		const close = (t: Turn): Turn => ({ ...t, endedAt: e.at, pauses: t.pauses.map((p) => (p.to === null ? { ...p, to: e.at } : p)) });
		const requestId = turn?.requestId;
		return {
			...q,
			turns: setTurn(q, e.data.turnId, close),
			requests: requestId ? setRequest(q, requestId, (r) => (r.status === 'speaking' ? { ...r, status: 'done' } : r)) : q.requests
		};
	}),
	'turn.paused': queueReducer((q, e) => ({ ...q, turns: setTurn(q, e.data.turnId, (t) => ({ ...t, pauses: [...t.pauses, { from: e.at, to: null }] })) })),
	'turn.resumed': queueReducer((q, e) => ({
		...q,
		turns: setTurn(q, e.data.turnId, (t) => ({ ...t, pauses: t.pauses.map((p) => (p.to === null ? { ...p, to: e.at } : p)) }))
	})),
	'turn.extended': queueReducer((q, e) => ({ ...q, turns: setTurn(q, e.data.turnId, (t) => ({ ...t, addedMs: t.addedMs + e.data.addedMs })) })),
	'queue.locked': queueReducer((q) => ({ ...q, locked: true })),
	'queue.unlocked': queueReducer((q) => ({ ...q, locked: false })),
	'queue.fairOrderSet': queueReducer((q, e) => ({ ...q, fairOrder: e.data.on, order: e.data.order })),
	'queue.undone': (state, e) => ({ ...state!, queue: restore(state!.queue, e.data.entry) }),
	'screen.messageSet': queueReducer((q, e) => ({ ...q, screenMessage: e.data.text })),
	'writtenOpinion.submitted': queueReducer((q, e) => ({ ...q, writtenOpinions: [...q.writtenOpinions, e.data.opinion] })),
	'fields.set': (state, e) => ({ ...state!, fields: e.data.fields })
};
