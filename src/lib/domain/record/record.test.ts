import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import type { Opinion } from '../minutes/types';
import { at, dialogueMeeting, ok, phone } from '../queue/testing';
import type { MeetingState } from '../types';
import { builtInCalendar } from '../workdays';
import { assignmentDeadline, defaultAssignmentDeadline } from './deadline';
import { answerByOfTurn, personOfAnswer, personOfRaisedBy, raisedByOf, splitSalutation } from './person';
import { meetingRecord } from './record';

const must = (r: { state: MeetingState; error: unknown }) => {
	if (r.error) throw new Error(JSON.stringify(r.error));
	return r.state;
};

/** A citizen's turn, an agency's answer and a chair's answer, recorded from the queue the way the secretary screen does. */
function spokenAndAnswered() {
	let s = dialogueMeeting();
	s = ok(s, 'request.submit', { fieldId: 'field-3', statement: 'Đường ngõ ngập' }, phone(s, 1), at(5));
	s = ok(s, 'floor.give', {}, 'chair', at(10));
	const citizen = s.queue.turns[0];
	s = ok(s, 'floor.answer', { by: { kind: 'agency', agencyId: s.agencies[0].id } }, 'chair', at(14));
	const agencyTurn = s.queue.turns[1];
	s = ok(s, 'floor.answer', { by: { kind: 'chair', chairId: s.plan.chairs[0].id } }, 'chair', at(16));
	const chairTurn = s.queue.turns[2];
	s = must(act(s, 'opinion.record', { origin: { kind: 'turn', turnId: citizen.id }, field: 'Giao thông', raisedBy: raisedByOf(s, citizen.speaker), content: 'Ngõ 12 ngập.' }, 'secretary', { id: 'opinion-1' }));
	s = must(act(s, 'opinion.addAnswer', { opinionId: 'opinion-1', by: answerByOfTurn(agencyTurn), summary: 'Sẽ khảo sát.', turnId: agencyTurn.id }, 'secretary', { id: 'answer-1' }));
	s = must(act(s, 'opinion.addAnswer', { opinionId: 'opinion-1', by: answerByOfTurn(chairTurn), summary: 'Giao phòng làm ngay.', turnId: chairTurn.id }, 'secretary', { id: 'answer-2' }));
	// A stray Alt+R: an answer with nothing said.
	s = must(act(s, 'opinion.addAnswer', { opinionId: 'opinion-1', by: answerByOfTurn(chairTurn), summary: '  ', turnId: null }, 'secretary', { id: 'answer-3' }));
	return s;
}

describe('meeting record', () => {
	it('[B1] opinions with structured petitioner, answers resolved (empty ones left out), outcome and assignment; memoised per state', () => {
		let s = spokenAndAnswered();
		const agency = s.agencies[0];
		s = must(act(s, 'opinion.tag', { opinionId: 'opinion-1', outcome: { kind: 'assigned', leadAgencyId: agency.id, coAgencyIds: [], task: 'Khảo sát, trả lời', deadline: null } }));
		const record = meetingRecord(s);
		expect(meetingRecord(s)).toBe(record);
		const [o] = record.opinions;
		expect(o.petitioner).toEqual({ kind: 'person', salutation: 'Bà', name: 'Trần Thị Bình', title: '', unit: 'Tổ dân phố 3', delegateId: s.delegates[1].id });
		expect(o.answers.map((a) => a.id)).toEqual(['answer-1', 'answer-2']);
		expect(o.answers[0]).toMatchObject({ agencyId: agency.id, agencyName: agency.name, summary: 'Sẽ khảo sát.' });
		expect(o.answers[0].speaker).toEqual({ kind: 'person', salutation: 'Đồng chí', name: 'Đỗ Văn Hùng', title: '', unit: agency.name, delegateId: null });
		expect(o.answers[1].speaker).toMatchObject({ salutation: 'Đồng chí', name: 'Ngô Thị Lan', title: 'Bí thư Đảng ủy phường', unit: '' });
		expect(o.assignment).toMatchObject({ opinionId: 'opinion-1', leadAgencyName: agency.name, task: 'Khảo sát, trả lời', deadline: defaultAssignmentDeadline(s), deadlineSet: false });
		expect(record.assignments).toEqual([o.assignment]);
	});

	it('[B2] people stay structured from the queue to the record; "Cụ", a typed salutation and an agency head with one', () => {
		const s = dialogueMeeting();
		expect(raisedByOf(s, { kind: 'person', salutation: 'Cụ', name: 'Nguyễn Văn Tư', unit: 'Thôn Đông' })).toEqual({
			kind: 'person',
			salutation: 'Cụ',
			name: 'Nguyễn Văn Tư',
			title: '',
			unit: 'Thôn Đông',
			delegateId: null
		});
		expect(splitSalutation('cụ Lê Văn Tám')).toEqual({ salutation: 'Cụ', name: 'Lê Văn Tám' });
		expect(splitSalutation('đ/c Trần Văn Bình')).toEqual({ salutation: 'Đồng chí', name: 'Trần Văn Bình' });
		expect(splitSalutation('Bà')).toEqual({ salutation: '', name: 'Bà' });
		// The agency's head typed with a salutation: "Bà …", never "Đồng chí Bà …".
		const m = meetingForMinutes();
		const vhxh = m.agencies[2];
		expect(personOfAnswer(m, { kind: 'agency', agencyId: vhxh.id, name: '' })).toMatchObject({ salutation: 'Bà', name: 'Phạm Thị Dung', unit: vhxh.name, title: '' });
		expect(personOfAnswer(m, { kind: 'agency', agencyId: vhxh.id, name: 'Phạm Thị Dung', salutation: '', title: 'Trưởng phòng' })).toMatchObject({
			salutation: 'Đồng chí',
			title: 'Trưởng phòng'
		});
	});

	it('[B2] opinions and answers stored before the parts were kept apart still read as a sensible person', () => {
		const m = meetingForMinutes();
		const kt = m.agencies[0];
		// Old RaisedBy: the salutation glued into the name, no salutation or title field.
		expect(personOfRaisedBy(m, { kind: 'person', name: 'Ông Nguyễn Văn An', unit: 'Tổ 5', delegateId: null })).toEqual({
			kind: 'person',
			salutation: 'Ông',
			name: 'Nguyễn Văn An',
			title: '',
			unit: 'Tổ 5',
			delegateId: null
		});
		expect(personOfRaisedBy(m, { kind: 'organisation', name: 'Chi hội Phụ nữ tổ 3', unit: 'Tổ 3', delegateId: null })).toMatchObject({ salutation: '', name: 'Chi hội Phụ nữ tổ 3' });
		// Old AnswerBy: "name, title" glued; the queue's agency title was the agency itself.
		expect(personOfAnswer(m, { kind: 'agency', agencyId: kt.id, name: `Đỗ Văn Hùng, ${kt.name}` })).toEqual({
			kind: 'person',
			salutation: 'Đồng chí',
			name: 'Đỗ Văn Hùng',
			title: '',
			unit: kt.name,
			delegateId: null
		});
		expect(personOfAnswer(m, { kind: 'agency', agencyId: kt.id, name: 'Ông Trần Văn Bình' })).toMatchObject({ salutation: 'Ông', name: 'Trần Văn Bình', title: '' });
		expect(personOfAnswer(m, { kind: 'chair', chairId: null, name: 'Nguyễn Thị Hoa, Chủ tịch UBND phường' })).toMatchObject({
			salutation: 'Đồng chí',
			name: 'Nguyễn Thị Hoa',
			title: 'Chủ tịch UBND phường'
		});
		// A whole old opinion replays into the record.
		const { state, id } = recorded(m, 'Nội dung', { raisedBy: { kind: 'person', name: 'Bà Lê Thị Hồng', unit: 'Tổ 2', delegateId: null } });
		const old: Opinion = state.minutes.opinions.find((o) => o.id === id)!;
		expect(old.raisedBy.salutation).toBeUndefined();
		expect(meetingRecord(state).opinions.find((o) => o.id === id)!.petitioner).toMatchObject({ salutation: 'Bà', name: 'Lê Thị Hồng' });
	});

	it('[B3] one deadline rule: the date set, else the answer period from the notice\'s issue date, else from its due date (weekend and holiday)', () => {
		// Friday 18/12/2026: the notice is due 10 working days later, across two weekends: Friday 01/01/2027 is a holiday.
		let s = meetingForMinutes('2026-12-18');
		s = { ...s, calendar: builtInCalendar() };
		const { state, id } = recorded(s, 'Đường ngập');
		s = must(act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'assigned', leadAgencyId: s.agencies[0].id, task: 'Trả lời', deadline: null } }));
		const outcome = s.minutes.opinions[0].outcome as Extract<Opinion['outcome'], { kind: 'assigned' }>;
		const record = meetingRecord(s);
		expect(record.noticeDue).toBe('2027-01-04');
		// 15 working days from Mon 04/01/2027.
		expect(assignmentDeadline(s, outcome)).toBe('2027-01-25');
		expect(record.assignments[0].deadline).toBe('2027-01-25');
		// The office enters the notice's issue date: the period counts from it.
		s = must(act(s, 'documents.update', { noticeIssuedOn: '2026-12-30' }, 'admin'));
		expect(meetingRecord(s).answerPeriodFrom).toBe('2026-12-30');
		expect(assignmentDeadline(s, outcome)).toBe('2027-01-21');
		// A date the person set wins.
		expect(assignmentDeadline(s, { deadline: '2027-02-01' })).toBe('2027-02-01');
		s = must(act(s, 'documents.update', { noticeIssuedOn: null }, 'admin'));
		expect(meetingRecord(s).noticeIssuedOn).toBeNull();
		expect(act(s, 'documents.update', { noticeIssuedOn: '30/12/2026' }, 'admin').error).toBeTruthy();
	});
});
