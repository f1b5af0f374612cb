import { domainError } from '../errors';
import { whileEditable } from '../meeting/status';
import { defineCommand } from '../registry';
import type { DecideContext, Delegate, MeetingState } from '../types';
import { addDelegatePayload, delegateIdPayload, importDelegatesPayload, reissueInvitationPayload, updateDelegatePayload, type DelegateInput } from './commands';

const categoryMissing = (state: MeetingState, categoryId: string) =>
	state.categories.some((c) => c.id === categoryId) ? null : domainError('category_not_found');

const delegateMissing = (state: MeetingState, id: string) =>
	state.delegates.some((d) => d.id === id) ? null : domainError('delegate_not_found');

/** Every delegate on the list gets a personal token for the invitation QR. */
export function newDelegate(input: DelegateInput, ctx: DecideContext, source: Delegate['source'] = 'list'): Delegate {
	return { ...input, id: ctx.newId(), token: ctx.newToken(), source };
}

export const addDelegate = defineCommand({
	type: 'delegate.add',
	payload: addDelegatePayload,
	decide: (state, payload, ctx) =>
		whileEditable(state) ?? categoryMissing(state, payload.categoryId) ?? [{ type: 'delegates.added', data: { delegates: [newDelegate(payload, ctx)] } }]
});

export const updateDelegate = defineCommand({
	type: 'delegate.update',
	payload: updateDelegatePayload,
	decide: (state, { id, ...changes }) =>
		whileEditable(state) ??
		delegateMissing(state, id) ??
		(changes.categoryId ? categoryMissing(state, changes.categoryId) : null) ?? [{ type: 'delegate.updated', data: { id, changes } }]
});

export const removeDelegate = defineCommand({
	type: 'delegate.remove',
	payload: delegateIdPayload,
	decide: (state, { id }) => whileEditable(state) ?? delegateMissing(state, id) ?? [{ type: 'delegate.removed', data: { id } }]
});

/** All or nothing: the import screen has already shown and skipped the bad rows. */
export const importDelegates = defineCommand({
	type: 'delegates.import',
	payload: importDelegatesPayload,
	decide: (state, payload, ctx) => {
		const unknown = payload.delegates.findIndex((d) => !state.categories.some((c) => c.id === d.categoryId));
		if (unknown >= 0) return domainError('category_not_found');
		return whileEditable(state) ?? [{ type: 'delegates.added', data: { delegates: payload.delegates.map((d) => newDelegate(d, ctx)) } }];
	}
});

/** A lost invitation: a new token for one delegate; the old QR stops working, others are untouched. */
export const reissueInvitation = defineCommand({
	type: 'invitation.reissue',
	payload: reissueInvitationPayload,
	decide: (state, { delegateId }, ctx) =>
		delegateMissing(state, delegateId) ?? whileEditable(state) ?? [{ type: 'invitation.reissued', data: { delegateId, token: ctx.newToken() } }]
});

export const delegateCommands = [addDelegate, updateDelegate, removeDelegate, importDelegates, reissueInvitation];
