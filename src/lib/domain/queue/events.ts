import type { OpinionField, SpeakRequest, Turn, UndoEntry, WrittenOpinion } from './types';

/**
 * The queue's events. Server time is the stored event's `at`: a turn starts, pauses, resumes
 * and ends at the `at` of its event, which is what every screen's timer and the minutes read.
 */
export type QueueEvent =
	| { type: 'request.submitted'; data: { request: SpeakRequest; index: number } }
	| { type: 'request.withdrawn'; data: { requestId: string } }
	| { type: 'request.moved'; data: { requestId: string; fromIndex: number; toIndex: number } }
	/** requeued: sent to the end of the queue; else taken off. A turn just started for it is dropped. */
	| { type: 'request.markedAbsent'; data: { requestId: string; requeued: boolean; cancelledTurnId: string | null } }
	| { type: 'request.recalled'; data: { requestId: string } }
	| { type: 'turn.started'; data: { turn: Turn } }
	| { type: 'turn.ended'; data: { turnId: string } }
	| { type: 'turn.paused'; data: { turnId: string } }
	| { type: 'turn.resumed'; data: { turnId: string } }
	| { type: 'turn.extended'; data: { turnId: string; addedMs: number } }
	| { type: 'queue.locked'; data: Record<string, never> }
	| { type: 'queue.unlocked'; data: Record<string, never> }
	/** `order`: the waiting list after switching (sorted once when switched on). */
	| { type: 'queue.fairOrderSet'; data: { on: boolean; order: string[] } }
	| { type: 'queue.undone'; data: { entry: UndoEntry } }
	| { type: 'screen.messageSet'; data: { text: string | null } }
	| { type: 'writtenOpinion.submitted'; data: { opinion: WrittenOpinion } }
	| { type: 'fields.set'; data: { fields: OpinionField[] } };

export type QueueEventType = QueueEvent['type'];
