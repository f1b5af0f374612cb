/**
 * What the screen shows while commands wait in the outbox (offline, or before the ack): the
 * server's state with this screen's pending commands decided and folded on top, with the
 * same pure `decide`/`apply` the server runs. A command the rules would refuse simply does
 * not show; the server's answer stays the truth once it comes.
 */
import { apply } from '../domain/apply';
import { decide } from '../domain/decide';
import { isDomainError } from '../domain/errors';
import type { StoredEvent } from '../domain/events';
import type { Actor, MeetingState } from '../domain/types';

interface Pending {
	id: string;
	type: string;
	payload: unknown;
}

export function optimisticState(state: MeetingState, pending: readonly Pending[], actor: Actor, now: number): MeetingState {
	let n = 0;
	const ctx = { actor, now, newId: () => `pending-${++n}`, newToken: () => '', meetingId: state.id };
	return pending.reduce((s, command) => {
		const decision = decide(s, command, ctx);
		if (isDomainError(decision)) return s;
		return decision.reduce((acc, body) => apply(acc, { ...body, seq: 0, at: now, actor, commandId: command.id } as StoredEvent), s);
	}, state);
}
