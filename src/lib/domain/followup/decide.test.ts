import { describe, expect, it } from 'vitest';
import { apply } from '../apply';
import { COMMANDS } from '../commands';
import type { StoredEvent } from '../events';
import { hallStart } from '../meeting/starting-state';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import { mayRun } from '../permissions';
import { command, createdMeeting, run } from '../testing';
import type { MeetingState } from '../types';
import { followUpOf } from './read';
import { followUpRows } from './status';

/** 20/07/2026 10:00 in Vietnam: a week after the sample meeting (Mon 13/07/2026). */
const LATER = Date.UTC(2026, 6, 20, 3, 0);

function assignedMeeting(): { state: MeetingState; opinionId: string; otherId: string; lead: string; other: string } {
	let state = meetingForMinutes();
	const [lead, other] = state.agencies.map((a) => a.id);
	const first = recorded(state, 'Đường ngõ 12 xuống cấp, mưa bị ngập', { raisedBy: { kind: 'person', name: 'Ông Nguyễn Văn An', unit: 'Tổ dân phố 5', delegateId: null } });
	state = act(first.state, 'opinion.tag', { opinionId: first.id, outcome: { kind: 'assigned', leadAgencyId: lead, task: 'Kiểm tra, trả lời bằng văn bản', deadline: '2026-08-14' } }, 'chair').state;
	const second = recorded(state, 'Rác thải ven sông');
	state = act(second.state, 'opinion.tag', { opinionId: second.id, outcome: { kind: 'assigned', leadAgencyId: other, coAgencyIds: [lead], task: 'Di dời điểm tập kết' } }, 'chair').state;
	return { state, opinionId: first.id, otherId: second.id, lead, other };
}

const answer = (opinionId: string, extra: object = {}) => ({ opinionId, answeredOn: '2026-07-20', documentNumber: '125/UBND-KT', summary: 'Đã khảo sát, sẽ sửa trong quý III', ...extra });

describe('follow-up commands', () => {
	it('[T2] the secretary records a written answer after the meeting ended; the log says who and when', () => {
		const { state: running, opinionId } = assignedMeeting();
		const ended = act(running, 'meeting.end', {}, 'chair').state;
		const { state, error } = act(ended, 'followUp.recordAnswer', answer(opinionId), 'secretary', { now: LATER });
		expect(error).toBeNull();
		const saved = followUpOf(state).assignments[opinionId].answer!;
		expect(saved).toMatchObject({ answeredOn: '2026-07-20', documentNumber: '125/UBND-KT', recordedBy: { role: 'secretary' }, recordedAt: LATER, attachmentName: null });
		expect(followUpRows(state, '2026-07-20')[0]).toMatchObject({ status: 'answered', assignment: { opinionId, deadline: '2026-08-14' } });
	});

	it('[T2] refused before the meeting started, and for an opinion that is not assigned', () => {
		const planned = createdMeeting();
		expect(run(planned, command('followUp.recordAnswer', answer('x')), 'secretary', 0, LATER).error?.code).toBe('not_started');
		const { state } = assignedMeeting();
		const answeredHere = recorded(state, 'Hỏi về học phí');
		const tagged = act(answeredHere.state, 'opinion.tag', { opinionId: answeredHere.id, outcome: { kind: 'accepted', body: '' } }, 'chair').state;
		expect(act(tagged, 'followUp.recordAnswer', answer(answeredHere.id), 'secretary', { now: LATER }).error?.code).toBe('assignment_not_found');
		expect(act(tagged, 'followUp.markInformed', { opinionId: 'nope', on: '2026-07-20', how: 'Gửi văn bản' }, 'secretary', { now: LATER }).error?.code).toBe('assignment_not_found');
	});

	it('[T3] an agency records answers only to what its agency leads', () => {
		const { state, opinionId, otherId, lead, other } = assignedMeeting();
		const own = act(state, 'followUp.recordAnswer', answer(opinionId), { role: 'agency', agencyId: lead }, { now: LATER });
		expect(own.error).toBeNull();
		expect(followUpOf(own.state).assignments[opinionId].answer?.recordedBy).toEqual({ role: 'agency', agencyId: lead });
		// A co-agency is not the lead: it may not answer for it.
		const notOwn = act(state, 'followUp.recordAnswer', answer(otherId), { role: 'agency', agencyId: lead }, { now: LATER });
		expect(notOwn.error?.code).toBe('forbidden');
		expect(notOwn.state).toBe(state);
		expect(act(state, 'followUp.recordAnswer', answer(otherId), { role: 'agency', agencyId: other }, { now: LATER }).error).toBeNull();
		expect(act(own.state, 'followUp.removeAnswer', { opinionId }, { role: 'agency', agencyId: other }, { now: LATER }).error?.code).toBe('forbidden');
	});

	it('[T3] every other command is forbidden to an agency', () => {
		const allowed = [...COMMANDS.keys()].filter((type) => mayRun('agency', type));
		expect(allowed.sort()).toEqual(['followUp.recordAnswer', 'followUp.removeAnswer']);
		const { state, opinionId, lead } = assignedMeeting();
		for (const type of ['followUp.markInformed', 'followUp.setPublicResults', 'opinion.tag', 'documents.update']) {
			expect(act(state, type, { opinionId }, { role: 'agency', agencyId: lead }, { now: LATER }).error?.code, type).toBe('forbidden');
		}
	});

	it('[T4] the dates of the answer, the informing and a later petition are not before the meeting nor in the future', () => {
		const { state, opinionId } = assignedMeeting();
		expect(act(state, 'followUp.recordAnswer', answer(opinionId, { answeredOn: '2026-07-10' }), 'secretary', { now: LATER }).error?.code).toBe('followup_date_before_meeting');
		expect(act(state, 'followUp.recordAnswer', answer(opinionId, { answeredOn: '2026-07-21' }), 'secretary', { now: LATER }).error?.code).toBe('followup_date_in_future');
		expect(act(state, 'followUp.markInformed', { opinionId, on: '2026-07-22', how: 'Gửi văn bản' }, 'secretary', { now: LATER }).error?.code).toBe('followup_date_in_future');
		expect(act(state, 'followUp.recordAnswer', answer(opinionId, { summary: '  ' }), 'secretary', { now: LATER }).error?.code).toBe('invalid_command');
	});

	it('[T5] the office marks the citizen informed and links a later petition from the same person', () => {
		const { state: start, opinionId } = assignedMeeting();
		let state = act(start, 'followUp.markInformed', { opinionId, on: '2026-07-20', how: 'Gặp trực tiếp' }, 'secretary', { now: LATER }).state;
		const linked = act(state, 'followUp.linkPetition', { opinionId, receivedOn: '2026-07-20', content: 'Đơn đề nghị tiếp theo về ngõ 12' }, 'admin', { now: LATER, id: 'petition-1' });
		expect(linked.error).toBeNull();
		state = linked.state;
		expect(followUpOf(state).assignments[opinionId]).toMatchObject({
			informed: { on: '2026-07-20', how: 'Gặp trực tiếp', recordedBy: { role: 'secretary' }, recordedAt: LATER },
			followUpPetitions: [{ id: 'petition-1', receivedOn: '2026-07-20', content: 'Đơn đề nghị tiếp theo về ngõ 12', recordedBy: { role: 'admin' }, recordedAt: LATER }]
		});
		state = act(state, 'followUp.unlinkPetition', { opinionId, petitionId: 'petition-1' }, 'admin', { now: LATER }).state;
		expect(followUpOf(state).assignments[opinionId].followUpPetitions).toEqual([]);
		expect(act(state, 'followUp.unlinkPetition', { opinionId, petitionId: 'petition-1' }, 'admin', { now: LATER }).error?.code).toBe('followup_petition_not_found');
		expect(act(state, 'followUp.removeAnswer', { opinionId }, 'admin', { now: LATER }).error?.code).toBe('followup_no_answer');
	});

	it('[T6] a meeting starts with no follow-up and the public page off; an old state without the field still folds', () => {
		expect(hallStart().followUp).toEqual({ assignments: {}, publicResults: { enabled: false, initialsOnly: true } });
		const { state, opinionId } = assignedMeeting();
		const old = { ...state } as Partial<MeetingState>;
		delete old.followUp;
		const event = { type: 'followUp.informed', data: { opinionId, informed: { on: '2026-07-20', how: 'Gửi văn bản' } }, seq: 99, at: LATER, actor: { role: 'secretary' }, commandId: 'c' } as StoredEvent;
		const next = apply(old as MeetingState, event);
		expect(next.followUp.assignments[opinionId].informed?.how).toBe('Gửi văn bản');
		expect(next.followUp.publicResults.enabled).toBe(false);
	});

	it('[U1] the office switches the public results page on, with initials or full names', () => {
		const { state } = assignedMeeting();
		const on = act(state, 'followUp.setPublicResults', { enabled: true, initialsOnly: false }, 'secretary');
		expect(on.error).toBeNull();
		expect(followUpOf(on.state).publicResults).toEqual({ enabled: true, initialsOnly: false });
		expect(act(state, 'followUp.setPublicResults', { enabled: true, initialsOnly: true }, 'desk').error?.code).toBe('forbidden');
	});
});
