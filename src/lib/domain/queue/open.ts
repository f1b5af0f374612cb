import type { LiveMeeting } from './live';

/*
 * Whether the list takes new requests, apart from the rules that build errors (rules.ts): the
 * phone shows it without loading the error texts of every language.
 */

/**
 * The programme has moved past its last dialogue item: requests close by themselves
 * (DOMAIN.md step 5 ends; the conclusions follow).
 */
export function dialogueOver(state: LiveMeeting): boolean {
	if (!state.plan.queue.closeAfterDialogue) return false;
	const lastDialogue = state.agenda.findLastIndex((i) => i.type === 'dialogue');
	const current = state.agenda.findIndex((i) => i.id === state.currentItemId);
	return lastDialogue !== -1 && current > lastDialogue;
}

/** Why new requests are not taken now, if they are not: the list is over, or the chair locked it. */
export function closedReason(state: LiveMeeting): 'queue_closed' | 'queue_locked' | null {
	if (state.status === 'ended' || dialogueOver(state)) return 'queue_closed';
	return state.queue.locked ? 'queue_locked' : null;
}

/**
 * The dialogue has begun: the programme has reached a dialogue item (or the agenda has none and
 * the meeting runs), or the chair has already given someone the floor. Before that a phone says
 * its owner's place only: "Sắp đến lượt … Chờ khoảng 1 phút" would be untrue while the opening
 * speeches last.
 */
export function dialogueBegun(state: LiveMeeting): boolean {
	if (state.status !== 'running') return false;
	if (state.queue.turns.length > 0) return true;
	const firstDialogue = state.agenda.findIndex((i) => i.type === 'dialogue');
	if (firstDialogue === -1) return true;
	const current = state.agenda.findIndex((i) => i.id === state.currentItemId);
	return current >= firstDialogue;
}
