import { domainError, isDomainError } from '../errors';
import { defineCommand, type Decision } from '../registry';
import { editBasicsPayload, emptyPayload } from './commands';
import { notEnded } from './status';
import { buildMeeting } from '../plan/create';
import { planDocument } from '../plan/document';


/** A meeting is born from a plan document (the admin form sends a small one). */
export const createMeeting = defineCommand({
	type: 'meeting.create',
	payload: planDocument,
	creates: true,
	decide: (_state, payload, ctx) => {
		const meeting = buildMeeting(payload, ctx);
		return isDomainError(meeting) ? meeting : [{ type: 'meeting.created', data: meeting }];
	}
});

/** The plan stays editable until the meeting ends (DOMAIN.md: preparation runs into the day). */
export const editBasics = defineCommand({
	type: 'meeting.editBasics',
	payload: editBasicsPayload,
	decide: (state, payload) =>
		notEnded(state) ?? [
			{
				type: 'meeting.basicsEdited',
				data: { basics: { ...payload.basics, bannerLines: payload.basics.bannerLines.filter(Boolean) } }
			}
		]
});

/** Starting opens the first programme item unless the chair already picked one. */
export const startMeeting = defineCommand({
	type: 'meeting.start',
	payload: emptyPayload,
	decide: (state) => {
		if (state.status === 'running') return domainError('already_started');
		if (state.status === 'ended') return domainError('meeting_ended');
		const first = state.currentItemId ?? state.agenda[0]?.id ?? null;
		const started: Decision = [{ type: 'meeting.started', data: {} }];
		return first ? [...started, { type: 'agenda.currentSet', data: { itemId: first } }] : started;
	}
});

export const endMeeting = defineCommand({
	type: 'meeting.end',
	payload: emptyPayload,
	decide: (state) => {
		if (state.status === 'planned') return domainError('not_started');
		if (state.status === 'ended') return domainError('meeting_ended');
		return [{ type: 'meeting.ended', data: {} }];
	}
});

export const meetingCommands = [createMeeting, editBasics, startMeeting, endMeeting];
