import { domainError, isDomainError, type DomainError } from '../errors';
import type { DecideContext } from '../types';
import { answerPayload, chairRemarkPayload, extendPayload, followUpPayload, givePayload, turnPayload } from './commands';
import type { QueueEvent } from './events';
import type { LiveMeeting } from './live';
import { whileRunning } from '../meeting/status';
import { findRequest, waiting } from './rules';
import { defineCommand } from '../registry';
import { currentTurn, latestCitizenTurn } from './stats';
import { isPaused } from './timer';
import type { Turn, TurnKind, TurnSpeaker } from './types';

const MINUTE = 60_000;

/** Giving the floor to anyone ends the turn that runs: one person at the floor at a time. */
function handOver(state: LiveMeeting, ctx: DecideContext, turn: Omit<Turn, 'id' | 'startedAt' | 'pauses' | 'endedAt' | 'addedMs'>): QueueEvent[] {
	const running = currentTurn(state);
	const ended: QueueEvent[] = running ? [{ type: 'turn.ended', data: { turnId: running.id } }] : [];
	return [...ended, { type: 'turn.started', data: { turn: { ...turn, id: ctx.newId(), startedAt: ctx.now, pauses: [], endedAt: null, addedMs: 0 } } }];
}

/** Refuses every command while the meeting does not run, and a hand-over from a screen that is behind. */
function running(state: LiveMeeting, fromTurnId?: string | null): DomainError | null {
	const refused = whileRunning(state);
	if (refused || fromTurnId === undefined) return refused;
	return (currentTurn(state)?.id ?? null) === fromTurnId ? null : domainError('floor_changed');
}

/** Mời phát biểu: the given request, or the top of the queue, with the plan's speaking time. */
export const giveFloor = defineCommand({
	type: 'floor.give',
	payload: givePayload,
	decide: (state, { requestId, fromTurnId }, ctx) => {
		const refused = running(state, fromTurnId);
		if (refused) return refused;
		const id = requestId ?? state.queue.order[0];
		if (!id) return domainError('queue_empty');
		const request = findRequest(state, id);
		if (isDomainError(request)) return request;
		return (
			waiting(request) ??
			handOver(state, ctx, { kind: 'citizen', speaker: request.who, requestId: request.id, answersTurnId: null, allowedMs: state.plan.defaultSpeakingMinutes * MINUTE })
		);
	}
});

/** The citizen turn an answer, follow-up or remark belongs to: the one named, else the latest. */
function citizenTurn(state: LiveMeeting, turnId: string | undefined): Turn | DomainError {
	const turn = turnId ? state.queue.turns.find((t) => t.id === turnId && t.kind === 'citizen') : latestCitizenTurn(state);
	return turn ?? domainError('no_citizen_turn');
}

function chairSpeaker(state: LiveMeeting, chairId: string): TurnSpeaker | DomainError {
	const chair = state.plan.chairs.find((c) => c.id === chairId);
	return chair ? { kind: 'chair', chairId, name: chair.name, title: chair.title } : domainError('chair_not_found');
}

function linkedTurn(state: LiveMeeting, ctx: DecideContext, kind: TurnKind, speaker: TurnSpeaker | DomainError, answered: Turn | DomainError, minutes: number) {
	if (isDomainError(answered)) return answered;
	if (isDomainError(speaker)) return speaker;
	return handOver(state, ctx, { kind, speaker, requestId: answered.requestId, answersTurnId: answered.id, allowedMs: minutes * MINUTE });
}

/**
 * Mời cơ quan trả lời: an agency's representative (its head unless another name is given) or
 * a chair answers; the turn is linked to the citizen turn it answers, for the minutes.
 */
export const giveAnswer = defineCommand({
	type: 'floor.answer',
	payload: answerPayload,
	decide: (state, { by, turnId, fromTurnId }, ctx) => {
		const refused = running(state, fromTurnId);
		if (refused) return refused;
		let speaker: TurnSpeaker | DomainError;
		if (by.kind === 'agency') {
			const agency = state.agencies.find((a) => a.id === by.agencyId);
			speaker = agency ? { kind: 'agency', agencyId: agency.id, name: by.name || agency.head || agency.name, title: by.title || agency.name } : domainError('agency_not_found');
		} else speaker = chairSpeaker(state, by.chairId);
		return linkedTurn(state, ctx, 'answer', speaker, citizenTurn(state, turnId), state.plan.queue.answerMinutes);
	}
});

/** Cho trao đổi thêm: one follow-up of the same citizen after the answer. */
export const giveFollowUp = defineCommand({
	type: 'floor.followUp',
	payload: followUpPayload,
	decide: (state, { turnId, fromTurnId }, ctx) => {
		const refused = running(state, fromTurnId);
		if (refused) return refused;
		const answered = citizenTurn(state, turnId);
		if (isDomainError(answered)) return answered;
		if (state.queue.turns.some((t) => t.kind === 'followup' && t.answersTurnId === answered.id)) return domainError('followup_used');
		return linkedTurn(state, ctx, 'followup', answered.speaker, answered, state.plan.queue.followUpMinutes);
	}
});

/** The chair's own remark (summing up an issue); linked to the latest citizen turn when there is one. */
export const giveChairRemark = defineCommand({
	type: 'floor.chairRemark',
	payload: chairRemarkPayload,
	decide: (state, { chairId, turnId, fromTurnId }, ctx) => {
		const refused = running(state, fromTurnId);
		if (refused) return refused;
		const speaker = chairSpeaker(state, chairId);
		if (isDomainError(speaker)) return speaker;
		const answered = turnId ? citizenTurn(state, turnId) : latestCitizenTurn(state);
		if (isDomainError(answered)) return answered;
		return handOver(state, ctx, { kind: 'chair', speaker, requestId: answered?.requestId ?? null, answersTurnId: answered?.id ?? null, allowedMs: state.plan.queue.answerMinutes * MINUTE });
	}
});

/** The turn at the floor; when the button named one, it must still be that one (`turn_not_current`). */
function withCurrent(state: LiveMeeting, turnId: string | undefined, rule: (turn: Turn) => QueueEvent[] | DomainError) {
	const turn = currentTurn(state);
	if (turnId !== undefined && turn?.id !== turnId) return domainError('turn_not_current');
	return turn ? rule(turn) : domainError('no_current_turn');
}

export const pauseTurn = defineCommand({
	type: 'turn.pause',
	payload: turnPayload,
	decide: (state, { turnId }) => withCurrent(state, turnId, (t) => (isPaused(t) ? domainError('turn_paused') : [{ type: 'turn.paused', data: { turnId: t.id } }]))
});

export const resumeTurn = defineCommand({
	type: 'turn.resume',
	payload: turnPayload,
	decide: (state, { turnId }) => withCurrent(state, turnId, (t) => (isPaused(t) ? [{ type: 'turn.resumed', data: { turnId: t.id } }] : domainError('turn_not_paused')))
});

/** +1 phút: adds to the allowed time; the time used is untouched. */
export const extendTurn = defineCommand({
	type: 'turn.extend',
	payload: extendPayload,
	decide: (state, { minutes, turnId }) => withCurrent(state, turnId, (t) => [{ type: 'turn.extended', data: { turnId: t.id, addedMs: minutes * MINUTE } }])
});

/** Kết thúc. */
export const endTurn = defineCommand({
	type: 'turn.end',
	payload: turnPayload,
	decide: (state, { turnId }) => withCurrent(state, turnId, (t) => [{ type: 'turn.ended', data: { turnId: t.id } }])
});

export const floorCommands = [giveFloor, giveAnswer, giveFollowUp, giveChairRemark, pauseTurn, resumeTurn, extendTurn, endTurn];
