/**
 * The public queue (issue 12): what the projector and the phones may hold of the speaking
 * queue. Names and units are public (the projector shows them; it shows the slip number instead
 * when the person asked, see display.ts); another delegate's id, their statement and their
 * written text are not. A phone keeps its owner's own requests, turns and written opinions in full.
 */
import type { QueueState, Requester, SpeakRequest, Turn, TurnSpeaker, UndoEntry, WrittenOpinion } from './types';

const isOwn = (who: Requester | TurnSpeaker, ownerId: string | undefined) => who.kind === 'delegate' && ownerId !== undefined && who.delegateId === ownerId;

function publicWho<T extends Requester | TurnSpeaker>(who: T, ownerId: string | undefined): T {
	return who.kind === 'delegate' && !isOwn(who, ownerId) ? { ...who, delegateId: '' } : who;
}

export const publicRequest = (r: SpeakRequest, ownerId: string | undefined): SpeakRequest =>
	isOwn(r.who, ownerId) ? r : { ...r, who: publicWho(r.who, ownerId), statement: '' };

export const publicTurn = (t: Turn, ownerId: string | undefined): Turn => ({ ...t, speaker: publicWho(t.speaker, ownerId) });

export const publicWritten = (o: WrittenOpinion, ownerId: string | undefined): WrittenOpinion =>
	isOwn(o.author, ownerId) ? o : { ...o, author: publicWho(o.author, ownerId), content: '' };

export const publicUndo = (entry: UndoEntry | null, ownerId: string | undefined): UndoEntry | null =>
	entry && { ...entry, requests: entry.requests.map((r) => publicRequest(r, ownerId)), turns: entry.turns.map((t) => publicTurn(t, ownerId)) };

export const publicQueue = (queue: QueueState, ownerId: string | undefined): QueueState => ({
	...queue,
	requests: queue.requests.map((r) => publicRequest(r, ownerId)),
	turns: queue.turns.map((t) => publicTurn(t, ownerId)),
	writtenOpinions: queue.writtenOpinions.map((o) => publicWritten(o, ownerId)),
	undo: publicUndo(queue.undo, ownerId)
});
