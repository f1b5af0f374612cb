import type { Actor, MeetingState } from '../types';
import { followUpOf } from './read';
import { recordAssignments } from './record-source';
import type { AnswerAttachment } from './types';

/**
 * [T61] The attachment with this id and the assignment it belongs to, when `actor` may
 * download it: the admin, the chair and the secretaries any; an agency only those of the
 * assignments it leads. Only the answers as they stand (a corrected answer's old file is in
 * the log and the archive). Null otherwise, and for a role not named here.
 */
export function attachmentFor(state: MeetingState, actor: Actor, attachmentId: string): AnswerAttachment | null {
	const staff = actor.role === 'admin' || actor.role === 'chair' || actor.role === 'secretary';
	if (!staff && actor.role !== 'agency') return null;
	const assignments = followUpOf(state).assignments;
	for (const a of recordAssignments(state)) {
		const attachment = assignments[a.opinionId]?.answer?.attachment;
		if (!attachment || attachment.id !== attachmentId) continue;
		if (staff || (actor.role === 'agency' && actor.agencyId === a.leadAgencyId)) return attachment;
	}
	return null;
}

/** Every attachment any answer in the log ever carried (corrections included), once each. */
export function loggedAttachments(events: readonly { type: string; data?: unknown }[]): AnswerAttachment[] {
	const seen = new Map<string, AnswerAttachment>();
	for (const e of events) {
		if (e.type !== 'followUp.answerRecorded') continue;
		const attachment = (e.data as { answer?: { attachment?: AnswerAttachment | null } } | undefined)?.answer?.attachment;
		if (attachment && !seen.has(attachment.id)) seen.set(attachment.id, attachment);
	}
	return [...seen.values()];
}
