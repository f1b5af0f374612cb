import { domainError, isDomainError, type DomainError } from '../errors';
import type { DomainEventBody } from '../events';
import { defineCommand } from '../registry';
import type { MeetingState } from '../types';
import * as c from './commands';
import type { MinutesEvent } from './events';
import { checkOutcome, missing } from './outcome';
import { minutesOf } from './read';
import { minutesReducers } from './reduce';
import { checkTextEdit } from './text-version';
import type { Opinion, RaisedBy, VersionedText } from './types';

export { deadlineBasis, minutesOf } from './read';

/** [N11] Minutes are written from the start of the meeting and may be finished after its end. */
const started = (state: MeetingState) => (state.status === 'planned' ? domainError('not_started') : null);

const opinionIn = (state: MeetingState, id: string): Opinion | DomainError =>
	minutesOf(state).opinions.find((o) => o.id === id) ?? domainError('opinion_not_found');

const collectedKnown = (state: MeetingState, id: string | null) =>
	id === null || state.collectedOpinions.some((o) => o.id === id) ? null : domainError('opinion_not_found');

const events = (...list: MinutesEvent[]): DomainEventBody[] => list as unknown as DomainEventBody[];

/** Runs the N9 check on an optional text edit: undefined = no change to send. */
function textChange(current: VersionedText, edit: { text: string; baseVersion: number } | undefined): string | undefined | DomainError {
	if (!edit) return undefined;
	const verdict = checkTextEdit(current, edit);
	return verdict === 'accepted' ? edit.text : verdict === 'unchanged' ? undefined : verdict;
}

const noPerson: RaisedBy = { kind: 'person', name: '', unit: '', delegateId: null };

/** [N1] An opinion from a turn, a written opinion, a collected one taken up, or the floor. */
export const recordOpinion = defineCommand({
	type: 'opinion.record',
	payload: c.recordOpinionPayload,
	decide: (state, payload, ctx) => {
		const refused = started(state);
		if (refused) return refused;
		if (minutesOf(state).opinions.some((o) => o.id === ctx.commandId)) return [];
		const { origin } = payload;
		const collected = origin.kind === 'collected' ? state.collectedOpinions.find((o) => o.id === origin.collectedOpinionId) : undefined;
		if (origin.kind === 'collected' && !collected) return domainError('opinion_not_found');
		const opinion: Opinion = {
			id: ctx.commandId,
			origin,
			field: payload.field ?? collected?.field ?? '',
			raisedBy: payload.raisedBy ?? (collected ? { kind: collected.raisedByKind, name: collected.raisedBy, unit: collected.unit, delegateId: null } : noPerson),
			content: { text: payload.content ?? collected?.content ?? '', version: 1 },
			answers: [],
			outcome: null,
			linkedCollectedId: collected?.id ?? null,
			recordedAt: ctx.now,
			updatedAt: ctx.now
		};
		return events({ type: 'opinion.recorded', data: { opinion } });
	}
});

export const editOpinion = defineCommand({
	type: 'opinion.edit',
	payload: c.editOpinionPayload,
	decide: (state, { opinionId, field, raisedBy, content }, ctx) => {
		const opinion = opinionIn(state, opinionId);
		if (isDomainError(opinion)) return opinion;
		const text = textChange(opinion.content, content);
		if (isDomainError(text)) return text;
		const changed = text !== undefined || (field !== undefined && field !== opinion.field) || raisedBy !== undefined;
		if (!changed) return [];
		const edited: Extract<MinutesEvent, { type: 'opinion.edited' }> = { type: 'opinion.edited', data: { opinionId, delegateId: (raisedBy ?? opinion.raisedBy).delegateId, field, raisedBy, content: text } };
		return events(raisedBy && raisedBy.delegateId !== opinion.raisedBy.delegateId ? withMove(state, edited, opinion.raisedBy.delegateId, ctx.now) : edited);
	}
});

/** An edit that changes whose the opinion is carries it as it ends up, and its place among the new person's own. */
function withMove(state: MeetingState, edited: Extract<MinutesEvent, { type: 'opinion.edited' }>, from: string | null, now: number): MinutesEvent {
	const opinions = minutesReducers['opinion.edited'](minutesOf(state), { ...edited, at: now }).opinions;
	const at = opinions.findIndex((o) => o.id === edited.data.opinionId);
	const index = opinions.slice(0, at).filter((o) => o.raisedBy.delegateId === edited.data.delegateId).length;
	return { ...edited, data: { ...edited.data, moved: { from, opinion: opinions[at], index } } };
}

/** A mistake: the opinion goes, and leaves the conclusions that named it. */
export const removeOpinion = defineCommand({
	type: 'opinion.remove',
	payload: c.opinionRef,
	decide: (state, { opinionId }) => {
		const opinion = opinionIn(state, opinionId);
		return isDomainError(opinion) ? opinion : events({ type: 'opinion.removed', data: { opinionId, delegateId: opinion.raisedBy.delegateId } });
	}
});

/** Who answered must be a chair (by name) or a known agency. The answer's id is the command's. */
export const addAnswer = defineCommand({
	type: 'opinion.addAnswer',
	payload: c.addAnswerPayload,
	decide: (state, { opinionId, by, summary, turnId }, ctx) => {
		const opinion = opinionIn(state, opinionId);
		if (isDomainError(opinion)) return opinion;
		if (by.kind === 'agency' && !state.agencies.some((a) => a.id === by.agencyId)) return domainError('agency_not_found');
		if (opinion.answers.some((a) => a.id === ctx.commandId)) return [];
		return events({ type: 'opinion.answerAdded', data: { opinionId, delegateId: opinion.raisedBy.delegateId, answer: { id: ctx.commandId, by, summary: { text: summary, version: 1 }, turnId } } });
	}
});

export const editAnswer = defineCommand({
	type: 'opinion.editAnswer',
	payload: c.editAnswerPayload,
	decide: (state, { opinionId, answerId, by, summary }) => {
		const opinion = opinionIn(state, opinionId);
		if (isDomainError(opinion)) return opinion;
		const answer = opinion.answers.find((a) => a.id === answerId);
		if (!answer) return domainError('answer_not_found');
		if (by?.kind === 'agency' && !state.agencies.some((a) => a.id === by.agencyId)) return domainError('agency_not_found');
		const text = textChange(answer.summary, summary);
		if (isDomainError(text)) return text;
		return text === undefined && !by ? [] : events({ type: 'opinion.answerEdited', data: { opinionId, delegateId: opinion.raisedBy.delegateId, answerId, by, summary: text } });
	}
});

/** [N3] The last answer of an opinion tagged "answered in the room" cannot go: the tag needs it. */
export const removeAnswer = defineCommand({
	type: 'opinion.removeAnswer',
	payload: c.removeAnswerPayload,
	decide: (state, { opinionId, answerId }) => {
		const opinion = opinionIn(state, opinionId);
		if (isDomainError(opinion)) return opinion;
		if (!opinion.answers.some((a) => a.id === answerId)) return domainError('answer_not_found');
		if (opinion.outcome?.kind === 'answered' && opinion.answers.length === 1) return missing('answer');
		return events({ type: 'opinion.answerRemoved', data: { opinionId, delegateId: opinion.raisedBy.delegateId, answerId } });
	}
});

/** [N2]–[N7] One outcome tag per opinion; its required parts or a message naming the missing one. */
export const tagOpinion = defineCommand({
	type: 'opinion.tag',
	payload: c.tagOpinionPayload,
	decide: (state, { opinionId, outcome }) => {
		const opinion = opinionIn(state, opinionId);
		if (isDomainError(opinion)) return opinion;
		const checked = outcome === null ? null : checkOutcome(outcome, { opinion, agencies: state.agencies, date: state.basics.date });
		if (isDomainError(checked)) return checked;
		return JSON.stringify(checked) === JSON.stringify(opinion.outcome) ? [] : events({ type: 'opinion.tagged', data: { opinionId, delegateId: opinion.raisedBy.delegateId, outcome: checked } });
	}
});

/** [N8] A spoken opinion that repeats a collected one is linked to it, so it counts once. */
export const linkOpinion = defineCommand({
	type: 'opinion.link',
	payload: c.linkOpinionPayload,
	decide: (state, { opinionId, collectedOpinionId }) => {
		const opinion = opinionIn(state, opinionId);
		if (isDomainError(opinion)) return opinion;
		return (
			collectedKnown(state, collectedOpinionId) ??
			(opinion.linkedCollectedId === collectedOpinionId ? [] : events({ type: 'opinion.linked', data: { opinionId, delegateId: opinion.raisedBy.delegateId, collectedOpinionId } }))
		);
	}
});

const opinionsKnown = (state: MeetingState, ids: readonly string[] | undefined) =>
	!ids || ids.every((id) => minutesOf(state).opinions.some((o) => o.id === id)) ? null : domainError('opinion_not_found');

/** [N12] The chair's conclusion on one issue (a set of opinions). */
export const addConclusion = defineCommand({
	type: 'conclusion.add',
	payload: c.addConclusionPayload,
	decide: (state, { opinionIds, text }, ctx) => {
		if (minutesOf(state).conclusions.some((k) => k.id === ctx.commandId)) return [];
		return (
			started(state) ??
			opinionsKnown(state, opinionIds) ??
			events({ type: 'conclusion.added', data: { conclusion: { id: ctx.commandId, opinionIds: [...new Set(opinionIds)], text: { text, version: 1 } } } })
		);
	}
});

export const editConclusion = defineCommand({
	type: 'conclusion.edit',
	payload: c.editConclusionPayload,
	decide: (state, { conclusionId, opinionIds, text }) => {
		const conclusion = minutesOf(state).conclusions.find((k) => k.id === conclusionId);
		if (!conclusion) return domainError('conclusion_not_found');
		const unknown = opinionsKnown(state, opinionIds);
		if (unknown) return unknown;
		const changed = textChange(conclusion.text, text);
		if (isDomainError(changed)) return changed;
		if (changed === undefined && !opinionIds) return [];
		return events({ type: 'conclusion.edited', data: { conclusionId, opinionIds: opinionIds && [...new Set(opinionIds)], text: changed } });
	}
});

export const removeConclusion = defineCommand({
	type: 'conclusion.remove',
	payload: c.conclusionRef,
	decide: (state, { conclusionId }) =>
		minutesOf(state).conclusions.some((k) => k.id === conclusionId)
			? events({ type: 'conclusion.removed', data: { conclusionId } })
			: domainError('conclusion_not_found')
});

/** [N12] The overall conclusion (kết luận hội nghị). */
export const editOverall = defineCommand({
	type: 'minutes.editOverall',
	payload: c.editOverallPayload,
	decide: (state, { text }) => {
		const changed = started(state) ?? textChange(minutesOf(state).overall, text);
		if (isDomainError(changed)) return changed;
		return changed === undefined ? [] : events({ type: 'minutes.overallEdited', data: { text: changed } });
	}
});

/** [N13] What a programme item presented (the reports), in short. */
export const editItemSummary = defineCommand({
	type: 'minutes.editItemSummary',
	payload: c.editItemSummaryPayload,
	decide: (state, { itemId, text }) => {
		if (!state.agenda.some((i) => i.id === itemId)) return domainError('agenda_item_not_found');
		const changed = started(state) ?? textChange(minutesOf(state).itemSummaries[itemId] ?? { text: '', version: 0 }, text);
		if (isDomainError(changed)) return changed;
		return changed === undefined ? [] : events({ type: 'minutes.itemSummaryEdited', data: { itemId, text: changed } });
	}
});

export const minutesCommands = [
	recordOpinion,
	editOpinion,
	removeOpinion,
	addAnswer,
	editAnswer,
	removeAnswer,
	tagOpinion,
	linkOpinion,
	addConclusion,
	editConclusion,
	removeConclusion,
	editOverall,
	editItemSummary
];
