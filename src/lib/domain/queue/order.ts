import type { LiveMeeting } from './live';
import { isCitizen, personKey } from './people';
import type { SpeakRequest } from './types';

/**
 * Fair order (OpenSlides #3294 never had it): people who have not spoken yet first, then
 * citizens before officials, then the time of the request. A tuple compared left to right.
 */
export function fairKey(state: LiveMeeting, request: SpeakRequest): [number, number, number] {
	const key = personKey(request.who);
	const spoken = state.queue.turns.some((t) => t.kind === 'citizen' && personKey(t.speaker) === key);
	return [spoken ? 1 : 0, isCitizen(state, request.who) ? 0 : 1, request.requestedAt];
}

function compareKeys(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}

const byId = (state: LiveMeeting) => new Map(state.queue.requests.map((r) => [r.id, r]));

/**
 * Where a new request goes: at the end, or with fair order on, before the first waiting
 * request that ranks after it. The chair's manual moves stay where they are.
 */
export function insertIndex(state: LiveMeeting, request: SpeakRequest): number {
	const { order, fairOrder } = state.queue;
	if (!fairOrder) return order.length;
	const requests = byId(state);
	const mine = fairKey(state, request);
	const after = order.findIndex((id) => compareKeys(fairKey(state, requests.get(id)!), mine) > 0);
	return after === -1 ? order.length : after;
}

/** The waiting list sorted once by fair order; equal keys keep their place (stable sort). */
export function fairlySorted(state: LiveMeeting): string[] {
	const requests = byId(state);
	return state.queue.order
		.map((id) => ({ id, key: fairKey(state, requests.get(id)!) }))
		.sort((a, b) => compareKeys(a.key, b.key))
		.map((x) => x.id);
}

export function moved(order: readonly string[], id: string, toIndex: number): string[] {
	const rest = order.filter((x) => x !== id);
	rest.splice(Math.min(toIndex, rest.length), 0, id);
	return rest;
}

export function inserted(order: readonly string[], id: string, index: number): string[] {
	const next = order.slice();
	next.splice(Math.min(index, next.length), 0, id);
	return next;
}
