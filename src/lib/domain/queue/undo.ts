import type { QueueEvent } from './events';
import type { QueueState, SpeakRequest, Turn, UndoEntry } from './types';

type Stamped = QueueEvent & { at: number; commandId: string };

/** What each chair action touches: these are put back as they were by "Hoàn tác". */
function touched(queue: QueueState, e: Stamped): { requestIds: string[]; turnIds: string[]; createdTurnIds: string[] } | null {
	const turnRequest = (turnId: string) => queue.turns.find((t) => t.id === turnId)?.requestId;
	const none = { requestIds: [] as string[], turnIds: [] as string[], createdTurnIds: [] as string[] };
	switch (e.type) {
		case 'request.moved':
		case 'request.recalled':
			return { ...none, requestIds: [e.data.requestId] };
		case 'request.markedAbsent':
			return { ...none, requestIds: [e.data.requestId], turnIds: e.data.cancelledTurnId ? [e.data.cancelledTurnId] : [] };
		case 'turn.started':
			return { ...none, requestIds: e.data.turn.kind === 'citizen' && e.data.turn.requestId ? [e.data.turn.requestId] : [], createdTurnIds: [e.data.turn.id] };
		case 'turn.ended': {
			const requestId = turnRequest(e.data.turnId);
			return { ...none, requestIds: requestId ? [requestId] : [], turnIds: [e.data.turnId] };
		}
		case 'turn.paused':
		case 'turn.resumed':
		case 'turn.extended':
			return { ...none, turnIds: [e.data.turnId] };
		case 'queue.locked':
		case 'queue.unlocked':
			return none;
		case 'queue.fairOrderSet':
			return { ...none, requestIds: queue.order };
		default:
			return null;
	}
}

/**
 * Called with the queue before a chair action's event: keeps the touched requests and turns
 * as they were. Events of one command share one entry (giving the floor ends one turn and
 * starts another: one undo). Returns the queue's undo unchanged for other events.
 */
export function recordUndo(before: QueueState, e: Stamped): UndoEntry | null {
	const parts = touched(before, e);
	if (!parts) return before.undo;
	const same = before.undo?.commandId === e.commandId ? before.undo : null;
	const entry: UndoEntry = same
		? { ...same, requests: [...same.requests], positions: { ...same.positions }, turns: [...same.turns], createdTurnIds: [...same.createdTurnIds] }
		: { commandId: e.commandId, action: e.type, at: e.at, requests: [], positions: {}, turns: [], createdTurnIds: [], locked: before.locked, fairOrder: before.fairOrder };
	for (const id of parts.requestIds) {
		if (id in entry.positions) continue;
		const request = before.requests.find((r) => r.id === id);
		if (!request) continue;
		entry.requests.push(request);
		const index = before.order.indexOf(id);
		entry.positions[id] = index === -1 ? null : index;
	}
	for (const id of parts.turnIds) {
		const turn = before.turns.find((t) => t.id === id);
		if (turn && !entry.turns.some((t) => t.id === id) && !entry.createdTurnIds.includes(id)) entry.turns.push(turn);
	}
	entry.createdTurnIds.push(...parts.createdTurnIds);
	// Giving the floor also ends the running turn: the button names the giving, not the ending.
	if (e.type === 'turn.started') entry.action = e.type;
	return entry;
}

/**
 * The action the "Hoàn tác" button names. Giving the floor is named by what was given: after
 * an answer the chair undoes "mời trả lời", not "mời phát biểu" (the event is the same).
 */
export function undoActionName(entry: UndoEntry, turns: Turn[]): string {
	if (entry.action !== 'turn.started') return entry.action;
	const kind = turns.find((t) => entry.createdTurnIds.includes(t.id))?.kind;
	return kind && kind !== 'citizen' ? `turn.started.${kind}` : entry.action;
}

/** Puts the touched requests and turns back; requests made since keep their places. */
export function restore(queue: QueueState, entry: UndoEntry): QueueState {
	const oldRequests = new Map<string, SpeakRequest>(entry.requests.map((r) => [r.id, r]));
	const oldTurns = new Map<string, Turn>(entry.turns.map((t) => [t.id, t]));
	const turns = queue.turns.filter((t) => !entry.createdTurnIds.includes(t.id)).map((t) => oldTurns.get(t.id) ?? t);
	for (const turn of entry.turns) if (!turns.some((t) => t.id === turn.id)) turns.push(turn);
	turns.sort((a, b) => a.startedAt - b.startedAt);
	let order = queue.order.filter((id) => !oldRequests.has(id));
	const back = Object.entries(entry.positions).filter((p): p is [string, number] => p[1] !== null).sort((a, b) => a[1] - b[1]);
	for (const [id, index] of back) order = [...order.slice(0, index), id, ...order.slice(index)];
	return {
		...queue,
		requests: queue.requests.map((r) => oldRequests.get(r.id) ?? r),
		order,
		turns,
		locked: entry.locked,
		fairOrder: entry.fairOrder,
		undo: null
	};
}
