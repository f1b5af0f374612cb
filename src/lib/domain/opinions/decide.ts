import { domainError } from '../errors';
import { whileEditable } from '../meeting/status';
import { defineCommand } from '../registry';
import type { MeetingState } from '../types';
import { addCollectedPayload, importCollectedPayload, removeCollectedPayload, updateCollectedPayload } from './commands';

const agencyMissing = (state: MeetingState, agencyId: string | null | undefined) =>
	!agencyId || state.agencies.some((a) => a.id === agencyId) ? null : domainError('agency_not_found');

const opinionMissing = (state: MeetingState, id: string) =>
	state.collectedOpinions.some((o) => o.id === id) ? null : domainError('opinion_not_found');

export const addCollectedOpinion = defineCommand({
	type: 'opinion.addCollected',
	payload: addCollectedPayload,
	decide: (state, payload, ctx) =>
		whileEditable(state) ??
		agencyMissing(state, payload.agencyId) ?? [{ type: 'collectedOpinions.added', data: { opinions: [{ ...payload, id: ctx.newId() }] } }]
});

export const updateCollectedOpinion = defineCommand({
	type: 'opinion.updateCollected',
	payload: updateCollectedPayload,
	decide: (state, { id, ...changes }) =>
		whileEditable(state) ?? opinionMissing(state, id) ?? agencyMissing(state, changes.agencyId) ?? [{ type: 'collectedOpinion.updated', data: { id, changes } }]
});

export const removeCollectedOpinion = defineCommand({
	type: 'opinion.removeCollected',
	payload: removeCollectedPayload,
	decide: (state, { id }) => whileEditable(state) ?? opinionMissing(state, id) ?? [{ type: 'collectedOpinion.removed', data: { id } }]
});

export const importCollectedOpinions = defineCommand({
	type: 'opinions.importCollected',
	payload: importCollectedPayload,
	decide: (state, payload, ctx) => {
		const bad = payload.opinions.find((o) => agencyMissing(state, o.agencyId));
		if (bad) return domainError('agency_not_found');
		return whileEditable(state) ?? [{ type: 'collectedOpinions.added', data: { opinions: payload.opinions.map((o) => ({ ...o, id: ctx.newId() })) } }];
	}
});

export const collectedOpinionCommands = [addCollectedOpinion, updateCollectedOpinion, removeCollectedOpinion, importCollectedOpinions];
