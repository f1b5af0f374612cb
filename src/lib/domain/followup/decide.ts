import { domainError, type DomainError } from '../errors';
import { afterOrDuring } from '../meeting/status';
import { defineCommand, type Decision } from '../registry';
import type { Actor, DecideContext, MeetingState } from '../types';
import { linkPetitionPayload, markInformedPayload, recordAnswerPayload, removeAnswerPayload, setPublicResultsPayload, unlinkPetitionPayload } from './commands';
import { attachmentProblem, MAX_ATTACHMENT_SAID } from './attachments';
import { recordAssignments, type RecordAssignment } from './record-source';
import { assignmentFollowUp } from './read';
import { vietnamToday } from './status';

/*
 * Follow-up commands (issue 17). Allowed once the meeting has started (assignments are given
 * in the room) and after it ended — that is when the answers come. An agency's link may only
 * touch the assignments its agency leads ([T3]); the permissions table keeps it from the rest.
 */

/** [T2] The assignment (an opinion tagged "assigned"), or why not. */
function assignmentOf(state: MeetingState, opinionId: string): RecordAssignment | DomainError {
	return recordAssignments(state).find((a) => a.opinionId === opinionId) ?? domainError('assignment_not_found');
}

/** [T3] An agency acts only on what it leads. */
function mayTouch(actor: Actor, a: RecordAssignment): DomainError | null {
	return actor.role === 'agency' && actor.agencyId !== a.leadAgencyId ? domainError('forbidden', { role: actor.role }) : null;
}

/** [T4] A date after the fact: not before the meeting day, not after today (Vietnam). */
function pastDate(state: MeetingState, date: string, ctx: DecideContext): DomainError | null {
	if (date < state.basics.date) return domainError('followup_date_before_meeting');
	if (date > vietnamToday(ctx.now)) return domainError('followup_date_in_future');
	return null;
}

/** Who entered a record, as it is kept with it. */
const enteredBy = (ctx: DecideContext) => (ctx.actor.role === 'agency' ? { role: ctx.actor.role, agencyId: ctx.actor.agencyId } : { role: ctx.actor.role });

/** Runs the shared checks, then `then` with the assignment. */
function onAssignment(state: MeetingState, opinionId: string, ctx: DecideContext, then: (a: RecordAssignment) => Decision): Decision {
	const phase = afterOrDuring(state);
	if (phase) return phase;
	const a = assignmentOf(state, opinionId);
	if ('code' in a) return a;
	return mayTouch(ctx.actor, a) ?? then(a);
}

export const recordAnswer = defineCommand({
	type: 'followUp.recordAnswer',
	payload: recordAnswerPayload,
	decide: (state, p, ctx) =>
		onAssignment(state, p.opinionId, ctx, () => {
			const bad = pastDate(state, p.answeredOn, ctx);
			if (bad) return bad;
			const badFile = p.attachment && attachmentProblem(p.attachment);
			if (badFile) return domainError(badFile, { limit: MAX_ATTACHMENT_SAID });
			const attachment = p.attachment ?? null;
			const answer = { answeredOn: p.answeredOn, documentNumber: p.documentNumber, summary: p.summary, attachmentName: attachment?.name ?? (p.attachmentName || null), attachment, recordedBy: enteredBy(ctx), recordedAt: ctx.now };
			return [{ type: 'followUp.answerRecorded' as const, data: { opinionId: p.opinionId, answer } }];
		})
});

export const removeAnswer = defineCommand({
	type: 'followUp.removeAnswer',
	payload: removeAnswerPayload,
	decide: (state, p, ctx) =>
		onAssignment(state, p.opinionId, ctx, () =>
			assignmentFollowUp(state, p.opinionId).answer ? [{ type: 'followUp.answerRemoved' as const, data: { opinionId: p.opinionId } }] : domainError('followup_no_answer')
		)
});

export const markInformed = defineCommand({
	type: 'followUp.markInformed',
	payload: markInformedPayload,
	decide: (state, p, ctx) =>
		onAssignment(state, p.opinionId, ctx, () => pastDate(state, p.on, ctx) ?? [{ type: 'followUp.informed' as const, data: { opinionId: p.opinionId, informed: { on: p.on, how: p.how, recordedBy: enteredBy(ctx), recordedAt: ctx.now } } }])
});

export const linkPetition = defineCommand({
	type: 'followUp.linkPetition',
	payload: linkPetitionPayload,
	decide: (state, p, ctx) =>
		onAssignment(
			state,
			p.opinionId,
			ctx,
			() =>
				pastDate(state, p.receivedOn, ctx) ?? [
					{ type: 'followUp.petitionLinked' as const, data: { opinionId: p.opinionId, petition: { id: ctx.commandId, receivedOn: p.receivedOn, content: p.content, recordedBy: enteredBy(ctx), recordedAt: ctx.now } } }
				]
		)
});

export const unlinkPetition = defineCommand({
	type: 'followUp.unlinkPetition',
	payload: unlinkPetitionPayload,
	decide: (state, p, ctx) =>
		onAssignment(state, p.opinionId, ctx, () =>
			assignmentFollowUp(state, p.opinionId).followUpPetitions.some((x) => x.id === p.petitionId)
				? [{ type: 'followUp.petitionUnlinked' as const, data: { opinionId: p.opinionId, petitionId: p.petitionId } }]
				: domainError('followup_petition_not_found')
		)
});

/** [U1] The public results page is off until the office switches it on; any time. */
export const setPublicResults = defineCommand({
	type: 'followUp.setPublicResults',
	payload: setPublicResultsPayload,
	decide: (_state, p) => [{ type: 'followUp.publicResultsSet' as const, data: { enabled: p.enabled, initialsOnly: p.initialsOnly } }]
});

export const followUpCommands = [recordAnswer, removeAnswer, markInformed, linkPetition, unlinkPetition, setPublicResults];
