import { domainError, type DomainError } from '../errors';
import type { DecideContext, Delegate } from '../types';
import type { RequesterInput } from './commands';
import type { LiveMeeting } from './live';
import { closedReason } from './open';
import { personKey } from './people';
import type { Requester, SpeakRequest } from './types';

/** Small checks the queue's commands chain with `??`: each returns an error or null. */

export { notEnded } from '../meeting/status';

export const knownField = (state: LiveMeeting, fieldId: string) => (state.fields.some((f) => f.id === fieldId) ? null : domainError('field_not_found'));

export const knownAgency = (state: LiveMeeting, agencyId: string | null) =>
	agencyId === null || state.agencies.some((a) => a.id === agencyId) ? null : domainError('agency_not_found');

export function findRequest(state: LiveMeeting, id: string): SpeakRequest | DomainError {
	return state.queue.requests.find((r) => r.id === id) ?? domainError('request_not_found');
}

export const waiting = (request: SpeakRequest) => (request.status === 'waiting' ? null : domainError('request_not_waiting'));

export { dialogueOver } from './open';

/** New requests are taken until the chair locks the list or the dialogue is over. */
export function listClosed(state: LiveMeeting): DomainError | null {
	const why = closedReason(state);
	return why ? domainError(why) : null;
}

/** The phone's owner is the requester; staff say who. A delegate never speaks for someone else. */
export function requesterOf(state: LiveMeeting, who: RequesterInput | undefined, ctx: DecideContext): Requester | DomainError {
	if (ctx.actor.role === 'delegate') {
		if (who) return domainError('not_your_request');
		const me = state.delegates.find((d) => d.id === ctx.actor.delegateId);
		if (!me) return domainError('delegate_not_found');
		return state.attendance[me.id] ? named(me) : domainError('checkin_required');
	}
	if (!who) return domainError('invalid_command', { details: 'who' });
	if (who.kind === 'person') return who;
	const delegate = state.delegates.find((d) => d.id === who.delegateId);
	return delegate ? named(delegate) : domainError('delegate_not_found');
}

const named = (d: Delegate): Requester => ({ kind: 'delegate', delegateId: d.id, salutation: d.salutation, name: d.fullName, unit: d.unit });

/** One waiting request per person (the plan may allow more). */
export function underLimit(state: LiveMeeting, who: Requester): DomainError | null {
	const key = personKey(who);
	const mine = state.queue.requests.filter((r) => r.status === 'waiting' && personKey(r.who) === key).length;
	return mine >= state.plan.queue.maxWaitingPerPerson ? domainError('already_waiting') : null;
}

/** A delegate touches only their own request; the chair, the secretary and the desk any. */
export function mayTouch(request: SpeakRequest, ctx: DecideContext): DomainError | null {
	if (ctx.actor.role !== 'delegate') return null;
	return request.who.kind === 'delegate' && request.who.delegateId === ctx.actor.delegateId ? null : domainError('not_your_request');
}
