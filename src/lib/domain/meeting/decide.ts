import { domainError } from '../errors';
import { defineCommand, type Decision } from '../registry';
import type { MeetingState } from '../types';
import { createMeetingPayload, editBasicsPayload, emptyPayload } from './commands';

const notEnded = (state: MeetingState) =>
	state.status === 'ended' ? domainError('meeting_ended') : null;

export const createMeeting = defineCommand({
	type: 'meeting.create',
	payload: createMeetingPayload,
	creates: true,
	decide: (_state, payload, ctx) => [
		{
			type: 'meeting.created',
			data: {
				id: ctx.meetingId,
				basics: { ...payload.basics, bannerLines: payload.basics.bannerLines.filter(Boolean) },
				agenda: payload.agenda.map((item) => ({ id: ctx.newId(), title: item.title }))
			}
		}
	]
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
