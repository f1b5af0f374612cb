import { domainError, isDomainError } from '../errors';
import { absentPayload, movePayload, optionalRequestPayload, requestIdPayload, submitRequestPayload } from './commands';
import type { LiveMeeting } from './live';
import { insertIndex } from './order';
import { findRequest, knownAgency, knownField, listClosed, mayTouch, requesterOf, underLimit, waiting } from './rules';
import { defineCommand } from '../registry';
import { currentTurn } from './stats';
import type { SpeakRequest } from './types';

/** Đăng ký phát biểu: from the person's phone, or by the desk / secretary / chair for someone. */
export const submitRequest = defineCommand({
	type: 'request.submit',
	payload: submitRequestPayload,
	decide: (state, p, ctx) => {
		const who = requesterOf(state, p.who, ctx);
		if (isDomainError(who)) return who;
		const refused = listClosed(state) ?? knownField(state, p.fieldId) ?? knownAgency(state, p.agencyId) ?? underLimit(state, who);
		if (refused) return refused;
		const byPhone = ctx.actor.role === 'delegate';
		const request: SpeakRequest = {
			id: ctx.newId(),
			who,
			fieldId: p.fieldId,
			statement: p.statement,
			agencyId: p.agencyId,
			via: byPhone ? 'phone' : (p.via ?? 'slip'),
			slipNumber: byPhone ? null : p.slipNumber || null,
			showSlipNumber: !byPhone && Boolean(p.slipNumber) && p.showSlipNumber,
			requestedAt: ctx.now,
			status: 'waiting',
			absentCount: 0
		};
		return [{ type: 'request.submitted', data: { request, index: insertIndex(state, request) } }];
	}
});

/** Rút đăng ký: only while waiting; a delegate only their own. */
export const withdrawRequest = defineCommand({
	type: 'request.withdraw',
	payload: requestIdPayload,
	decide: (state, { requestId }, ctx) => {
		const request = findRequest(state, requestId);
		if (isDomainError(request)) return request;
		return mayTouch(request, ctx) ?? waiting(request) ?? [{ type: 'request.withdrawn', data: { requestId } }];
	}
});

/** The chair drags or uses ↑/↓; the move is in the log with where it came from. */
export const moveRequest = defineCommand({
	type: 'request.move',
	payload: movePayload,
	decide: (state, { requestId, toIndex }) => {
		const request = findRequest(state, requestId);
		if (isDomainError(request)) return request;
		const refused = waiting(request);
		if (refused) return refused;
		const fromIndex = state.queue.order.indexOf(requestId);
		const to = Math.min(toIndex, state.queue.order.length - 1);
		return fromIndex === to ? [] : [{ type: 'request.moved', data: { requestId, fromIndex, toIndex: to } }];
	}
});

/**
 * Vắng mặt: the person called is not in the hall. The first time they go to the end of the
 * queue (if the plan says so), the next time off it. A turn just started for them is dropped.
 */
export const markAbsent = defineCommand({
	type: 'request.absent',
	payload: absentPayload,
	decide: (state, { requestId, absentCount }) => {
		const request = findRequest(state, requestId);
		if (isDomainError(request)) return request;
		if (request.status !== 'waiting' && request.status !== 'speaking') return domainError('request_not_waiting');
		// The screen showed an earlier call: this person has been marked absent since (a double tap).
		if (absentCount !== undefined && request.absentCount !== absentCount) return domainError('already_marked_absent');
		const running = currentTurn(state);
		const cancelledTurnId = request.status === 'speaking' && running?.kind === 'citizen' && running.requestId === requestId ? running.id : null;
		const requeued = state.plan.queue.absentRequeues && request.absentCount === 0;
		return [{ type: 'request.markedAbsent', data: { requestId, requeued, cancelledTurnId } }];
	}
});

/** The request "Mời lại" means by default: the latest one spoken or marked absent. */
export function lastCalled(state: LiveMeeting): SpeakRequest | null {
	const lastTurn = state.queue.turns.findLast((t) => t.kind === 'citizen' && t.endedAt !== null);
	const spoken = lastTurn?.requestId ? state.queue.requests.find((r) => r.id === lastTurn.requestId && r.status === 'done') : undefined;
	const absent = state.queue.requests.findLast((r) => r.status === 'absent');
	return spoken ?? absent ?? null;
}

/** Mời lại: puts the last speaker (or an absent person who came back) at the top of the queue. */
export const recallRequest = defineCommand({
	type: 'request.recall',
	payload: optionalRequestPayload,
	decide: (state, { requestId }) => {
		const request = requestId ? findRequest(state, requestId) : (lastCalled(state) ?? domainError('nothing_to_recall'));
		if (isDomainError(request)) return request;
		if (request.status === 'waiting') return domainError('already_waiting');
		if (request.status !== 'done' && request.status !== 'absent') return domainError('request_not_waiting');
		return [{ type: 'request.recalled', data: { requestId: request.id } }];
	}
});

export const requestCommands = [submitRequest, withdrawRequest, moveRequest, markAbsent, recallRequest];
