import { newDelegate } from '../delegates/decide';
import { domainError, type DomainError } from '../errors';
import { defineCommand } from '../registry';
import { foldVietnamese } from '../search';
import type { CheckInVia, DecideContext, Delegate, MeetingState } from '../types';
import { deskCheckInPayload, scanCheckInPayload, selfCheckInPayload, walkInPayload } from './commands';
import { vietnamClock } from '../meeting/clock';
import { notEnded } from '../meeting/status';
import { checkInOpensAt } from './window';

/** Self check-in (phone, walk-in form) follows the plan's window; the desk is trusted earlier. */
function windowClosed(state: MeetingState, ctx: DecideContext): DomainError | null {
	const opensAt = checkInOpensAt(state);
	return notEnded(state) ?? (ctx.now < opensAt ? domainError('checkin_not_open', vietnamClock(opensAt)) : null);
}

const known = (state: MeetingState, id: string | undefined) =>
	id && state.delegates.some((d) => d.id === id) ? null : domainError('delegate_not_found');

/** A repeat scan is not a failure to hide: it says when the first one was (pretix's already_redeemed). */
function alreadyIn(state: MeetingState, delegateId: string): DomainError | null {
	const first = state.attendance[delegateId];
	return first ? domainError('already_checked_in', vietnamClock(first.at)) : null;
}

const record = (delegateId: string, via: CheckInVia) => [{ type: 'checkin.recorded' as const, data: { delegateId, via } }];

export const selfCheckIn = defineCommand({
	type: 'checkin.self',
	payload: selfCheckInPayload,
	decide: (state, _payload, ctx) => {
		const id = ctx.actor.delegateId;
		return known(state, id) ?? windowClosed(state, ctx) ?? alreadyIn(state, id!) ?? record(id!, 'self');
	}
});

/** Accepts what a handheld scanner types: the whole personal link or just the token. */
export function tokenFromCode(code: string): string {
	const match = code.match(/\/i\/([A-Za-z0-9_-]+)/);
	return match ? match[1] : code.trim();
}

export const scanCheckIn = defineCommand({
	type: 'checkin.scan',
	payload: scanCheckInPayload,
	decide: (state, { code }) => {
		const token = tokenFromCode(code);
		const delegate = token ? state.delegates.find((d) => d.token === token) : undefined;
		if (!delegate) return notEnded(state) ?? domainError('unknown_token');
		return notEnded(state) ?? alreadyIn(state, delegate.id) ?? record(delegate.id, 'scan');
	}
});

export const deskCheckIn = defineCommand({
	type: 'checkin.desk',
	payload: deskCheckInPayload,
	decide: (state, { delegateId }) => known(state, delegateId) ?? notEnded(state) ?? alreadyIn(state, delegateId) ?? record(delegateId, 'desk')
});

/** Undoing a mistaken check-in; the log keeps both events for the audit trail. */
export const undoCheckIn = defineCommand({
	type: 'checkin.undo',
	payload: deskCheckInPayload,
	decide: (state, { delegateId }) =>
		known(state, delegateId) ??
		notEnded(state) ??
		(state.attendance[delegateId] ? [{ type: 'checkin.undone', data: { delegateId } }] : domainError('not_checked_in'))
});

/** Where people not on the list go: the plan's choice, else "Nhân dân", else the first category. */
export function walkInCategory(state: MeetingState): string | null {
	const chosen = state.plan.walkInCategoryId;
	if (chosen && state.categories.some((c) => c.id === chosen)) return chosen;
	const citizens = state.categories.find((c) => foldVietnamese(c.name).includes('nhan dan'));
	return citizens?.id ?? state.categories[0]?.id ?? null;
}

/**
 * Someone on the invitation list, not checked in yet, with this name and unit (tones, case
 * and spacing ignored): a walk-in form filled by an invited person (C9).
 */
export function invitedNamesake(state: MeetingState, person: { fullName: string; unit: string }): Delegate | null {
	const key = (d: { fullName: string; unit: string }) => `${foldVietnamese(d.fullName)}|${foldVietnamese(d.unit)}`;
	const wanted = key(person);
	return state.delegates.find((d) => d.source === 'list' && !state.attendance[d.id] && key(d) === wanted) ?? null;
}

/** A person not on the list registers (room QR, or at the desk) and is checked in at once. */
export const registerWalkIn = defineCommand({
	type: 'walkin.register',
	payload: walkInPayload,
	decide: (state, { differentPerson, ...person }, ctx) => {
		const guest = ctx.actor.role === 'guest';
		const categoryId = walkInCategory(state);
		const refused = (guest ? windowClosed(state, ctx) : notEnded(state)) ?? (categoryId ? null : domainError('no_walk_in_category'));
		if (refused) return refused;
		// A phone is told nothing about who is invited; the desk is shown the person to check in.
		const invited = invitedNamesake(state, person);
		if (invited && guest) return domainError('on_invitation_list');
		if (invited && !differentPerson) return domainError('invited_namesake', { delegateId: invited.id });
		const delegate = { ...newDelegate({ ...person, title: '', categoryId: categoryId! }, ctx, 'walk_in'), walkInCommandId: ctx.commandId };
		return [{ type: 'delegates.added', data: { delegates: [delegate] } }, ...record(delegate.id, ctx.actor.role === 'guest' ? 'walk_in' : 'desk')];
	}
});

export const checkInCommands = [selfCheckIn, scanCheckIn, deskCheckIn, undoCheckIn, registerWalkIn];
