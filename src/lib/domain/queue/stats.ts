import type { LiveMeeting } from './live';
import { personKey } from './people';
import { elapsedMs } from './timer';
import type { Requester, Turn, TurnSpeaker } from './types';

/** The turn holding the floor, if any (at most one has no end). */
export function currentTurn(state: LiveMeeting): Turn | null {
	const last = state.queue.turns.at(-1);
	return last && last.endedAt === null ? last : null;
}

/** The citizen turn an answer or follow-up belongs to by default: the latest one. */
export function latestCitizenTurn(state: LiveMeeting): Turn | null {
	return state.queue.turns.findLast((t) => t.kind === 'citizen') ?? null;
}

export interface PersonTotals {
	speaker: TurnSpeaker;
	turns: number;
	totalMs: number;
}

/** Each person's number of turns and total time at the floor (OpenSlides #7143). */
export function speakingTotals(state: LiveMeeting, now: number): PersonTotals[] {
	const byPerson = new Map<string, PersonTotals>();
	for (const turn of state.queue.turns) {
		const key = personKey(turn.speaker);
		const row = byPerson.get(key) ?? { speaker: turn.speaker, turns: 0, totalMs: 0 };
		row.turns++;
		row.totalMs += elapsedMs(turn, now);
		byPerson.set(key, row);
	}
	return [...byPerson.values()];
}

export function totalsFor(state: LiveMeeting, who: Requester, now: number): { turns: number; totalMs: number } {
	const key = personKey(who);
	const row = speakingTotals(state, now).find((t) => personKey(t.speaker) === key);
	return { turns: row?.turns ?? 0, totalMs: row?.totalMs ?? 0 };
}

/**
 * How long one citizen's round takes (their turn with its answers and follow-up): the
 * average of the rounds so far, or the plan's times before anyone has spoken.
 */
export function averageRoundMs(state: LiveMeeting, now: number): number {
	const rounds = state.queue.turns.filter((t) => t.kind === 'citizen' && t.endedAt !== null).length;
	if (rounds === 0) return (state.plan.defaultSpeakingMinutes + state.plan.queue.answerMinutes) * 60_000;
	const spent = state.queue.turns.filter((t) => t.endedAt !== null).reduce((sum, t) => sum + elapsedMs(t, now), 0);
	return spent / rounds;
}

/** 1 for the next to speak; null when not waiting. */
export function positionOf(state: LiveMeeting, requestId: string): number | null {
	const index = state.queue.order.indexOf(requestId);
	return index === -1 ? null : index + 1;
}

/** The people ahead times the average round, plus what is left of the running turn. */
export function estimatedWaitMs(state: LiveMeeting, requestId: string, now: number): number | null {
	const position = positionOf(state, requestId);
	if (position === null) return null;
	const running = currentTurn(state);
	const rest = running ? Math.max(0, running.allowedMs + running.addedMs - elapsedMs(running, now)) : 0;
	return Math.round((position - 1) * averageRoundMs(state, now) + rest);
}
