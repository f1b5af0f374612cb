import { describe, expect, it } from 'vitest';
import { buildBienBan } from '../documents/bien-ban';
import { deadlineDate } from '../documents/dates';
import { minutesInput } from '../documents/from-meeting';
import { plainText } from '../documents/model';
import { buildThongBaoKetLuan } from '../documents/thong-bao-ket-luan';
import { act } from '../minutes/testing';
import { project } from '../project';
import { dialogueMeeting } from '../queue/testing';
import type { MeetingState } from '../types';
import { addCalendarDays, addWorkingDays, isWeekend } from '../workdays/calendar';
import { builtInCalendar } from '../workdays';
import { screenKeys } from '../../i18n/screen-keys';
import { meetingRecord } from './record';
import { raisedByOf } from './person';
import { chairOpinions, phoneOpinions, savedAssignment } from './views';
import { phoneOpinions as phoneRead } from './phone';
import { phonePageCalendar } from './phone-calendar';

const must = (r: { state: MeetingState; error: unknown }) => {
	if (r.error) throw new Error(JSON.stringify(r.error));
	return r.state;
};

/** A meeting on Friday 18/12/2026 (weekends and 01/01/2027 off before the deadline), a delegate's opinion assigned with the default date (Alt+2). */
function assignedAcrossTheHoliday(answerPeriodDays: 7 | 15 = 7) {
	let s = dialogueMeeting();
	s = { ...s, basics: { ...s.basics, date: '2026-12-18' }, calendar: builtInCalendar() };
	s = must(act(s, 'plan.update', { answerPeriodDays }, 'admin'));
	const delegate = s.delegates[1];
	s = must(act(s, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy: raisedByOf(s, { kind: 'delegate', delegateId: delegate.id, salutation: delegate.salutation, name: delegate.fullName, unit: delegate.unit }), content: 'Ngõ 12 ngập.' }, 'secretary', { id: 'opinion-holiday' }));
	s = must(act(s, 'opinion.tag', { opinionId: 'opinion-holiday', outcome: { kind: 'assigned', leadAgencyId: s.agencies[0].id, task: 'Kiểm tra, trả lời', deadline: null } }));
	return { s, delegateId: delegate.id };
}

/** What every screen and document shows as the deadline of that opinion. */
function everywhere(s: MeetingState, delegateId: string) {
	const phoneView = project(s, 'delegate', delegateId);
	const input = minutesInput(s);
	const printed = (text: string) => [...text.matchAll(/trước ngày (\d\d\/\d\d\/\d{4})/g)].map((m) => m[1]);
	return {
		phone: phoneOpinions(phoneView, delegateId)[0].assignment!.deadline,
		secretaryCard: savedAssignment(project(s, 'secretary'), 'opinion-holiday')!.deadline,
		secretaryForm: meetingRecord(project(s, 'secretary')).defaultDeadline,
		chair: chairOpinions(project(s, 'chair'))[0].assignment!.deadline,
		bienBan: printed(plainText(buildBienBan(input))),
		notice: printed(plainText(buildThongBaoKetLuan(input))),
		record: meetingRecord(s).assignments[0].deadline
	};
}

describe('one deadline on every screen and document', () => {
	it('[B3] the phone (its own view), the secretary\'s card and form, the chair, both documents: the same date across weekends and New Year', () => {
		const { s, delegateId } = assignedAcrossTheHoliday();
		// Notice due Mon 04/01/2027 (10 working days, 01/01 off), + 7 working days = Wed 13/01/2027.
		const want = '2027-01-13';
		const seen = everywhere(s, delegateId);
		expect(seen).toEqual({ phone: want, secretaryCard: want, secretaryForm: want, chair: want, bienBan: [deadlineDate(want)], notice: [deadlineDate(want)], record: want });
	});

	it('[B3] once the office enters the notice\'s issue date, every screen and document moves together', () => {
		const { s: before, delegateId } = assignedAcrossTheHoliday(15);
		const s = must(act(before, 'documents.update', { noticeIssuedOn: '2026-12-30' }, 'secretary'));
		// 15 working days from Wed 30/12/2026, 01/01/2027 off: Thu 21/01/2027.
		const want = '2027-01-21';
		expect(everywhere(s, delegateId)).toEqual({ phone: want, secretaryCard: want, secretaryForm: want, chair: want, bienBan: [deadlineDate(want)], notice: [deadlineDate(want)], record: want });
	});

	it('[B1] the phone, the chair and the documents leave out an answer with nothing said', () => {
		const { s: base, delegateId } = assignedAcrossTheHoliday();
		let s = must(act(base, 'opinion.addAnswer', { opinionId: 'opinion-holiday', by: { kind: 'chair', chairId: base.plan.chairs[0].id, name: '' }, summary: '' }, 'secretary', { id: 'answer-empty-1' }));
		s = must(act(s, 'opinion.addAnswer', { opinionId: 'opinion-holiday', by: { kind: 'chair', chairId: base.plan.chairs[0].id, name: '' }, summary: 'Sẽ xử lý.' }, 'secretary', { id: 'answer-full-1' }));
		expect(phoneOpinions(project(s, 'delegate', delegateId), delegateId)[0].answers.map((a) => a.id)).toEqual(['answer-full-1']);
		expect(chairOpinions(s)[0].answers.map((a) => a.summary)).toEqual(['Sẽ xử lý.']);
		expect(phoneOpinions(s, delegateId)[0].answers[0]).toMatchObject({ speaker: 'Đồng chí Ngô Thị Lan', position: 'Bí thư Đảng ủy phường' });
		expect(plainText(buildBienBan(minutesInput(s))).match(/trả lời:/g)).toHaveLength(1);
	});

	it('[B3] the phone\'s own read (phone.ts, kept light for its JavaScript) is the record\'s line of each of its opinions, petitioner left out', () => {
		const { s: base, delegateId } = assignedAcrossTheHoliday(15);
		let s = must(act(base, 'documents.update', { noticeIssuedOn: '2026-12-30' }, 'secretary'));
		s = must(act(s, 'opinion.addAnswer', { opinionId: 'opinion-holiday', by: { kind: 'chair', chairId: s.plan.chairs[0].id, name: '' }, summary: '' }, 'secretary', { id: 'answer-empty-2' }));
		s = must(act(s, 'opinion.addAnswer', { opinionId: 'opinion-holiday', by: { kind: 'agency', agencyId: s.agencies[0].id, name: 'Ông Đỗ Văn Hùng', title: 'Trưởng phòng' }, summary: ' Đã kiểm tra. ' }, 'secretary', { id: 'answer-agency-2' }));
		const other = s.delegates[2];
		s = must(act(s, 'opinion.record', { origin: { kind: 'floor' }, field: 'Môi trường', raisedBy: raisedByOf(s, { kind: 'delegate', delegateId: other.id, salutation: other.salutation, name: other.fullName, unit: other.unit }), content: 'Rác.' }, 'secretary', { id: 'opinion-other' }));
		s = must(act(s, 'opinion.tag', { opinionId: 'opinion-other', outcome: { kind: 'assigned', leadAgencyId: s.agencies[0].id, task: 'Thu gom', deadline: '2027-03-01' } }));
		for (const id of [delegateId, other.id]) {
			// The whole state (a staff screen) and the phone's own view (it holds only its owner's opinions).
			for (const view of [s, project(s, 'delegate', id)]) {
				const fromRecord = chairOpinions(view)
					.reverse()
					.filter((_, i) => meetingRecord(view).opinions[i].petitioner.delegateId === id)
					.map(({ who: _who, unit: _unit, field: _field, ...line }) => line);
				expect(fromRecord).toHaveLength(1);
				expect(phoneRead(view, id)).toEqual(fromRecord);
			}
		}
		expect(phoneRead(s, delegateId)[0].answers.map((a) => a.summary)).toEqual(['Đã kiểm tra.']);
	});

	it('[B3] the phone\'s JavaScript reads its deadline through phone.ts: not the whole record, the documents, the follow-up screens\' code or zod (docs/performance.md)', () => {
		const files = screenKeys(process.cwd(), '/m/[id]/me').files.map((f) => f.slice(process.cwd().length));
		expect(files).toEqual(expect.arrayContaining(['/src/lib/domain/record/phone.ts', '/src/lib/domain/record/deadline.ts', '/src/lib/domain/record/names.ts']));
		const heavy = files.filter((f) => /\/record\/(record|views|person)\.ts$|\/domain\/documents\/(?!apply|types)|\/domain\/followup\/(?!apply|read|types)|\/domain\/reports\/|\/workdays\/holidays|commands\.ts$/.test(f));
		expect(heavy).toEqual([]);
	});

	it('[B3] a phone\'s calendar comes without the days off on a weekend (smaller page) and counts every working-day deadline of 2025–2035 the same', () => {
		const { s } = assignedAcrossTheHoliday();
		const full = s.calendar;
		const phone = project(s, 'delegate', s.delegates[1].id).calendar;
		expect(phone.daysOff.some(isWeekend)).toBe(false);
		expect(phone.daysOff.length).toBeLessThan(full.daysOff.length);
		expect(phone.extraWorkdays).toEqual(full.extraWorkdays);
		expect(project(s, 'secretary').calendar).toEqual(full);
		for (let day = '2025-01-01'; day < '2036-01-01'; day = addCalendarDays(day, 3))
			for (const n of [7, 10, 15, 22, 30]) expect(addWorkingDays(day, n, phone), `${day} + ${n}`).toBe(addWorkingDays(day, n, full));
	});

	it('[B3] a phone\'s first page carries only the holiday days its deadlines count over, and shows the same deadlines', () => {
		const { s: assigned, delegateId } = assignedAcrossTheHoliday();
		const other = assigned.delegates[2].id;
		const issuedEarly = must(act(assigned, 'documents.update', { noticeIssuedOn: '2026-12-16' }, 'secretary'));
		const issuedLate = must(act(assigned, 'documents.update', { noticeIssuedOn: '2027-01-29' }, 'secretary'));
		for (const s of [assigned, issuedEarly, issuedLate]) {
			const view = project(s, 'delegate', delegateId);
			const page = { ...view, calendar: phonePageCalendar(view, delegateId) };
			expect(phoneRead(page, delegateId)).toEqual(phoneRead(view, delegateId));
			expect(page.calendar.daysOff.length).toBeLessThan(view.calendar.daysOff.length / 10);
			// Nothing to count for a phone without an assignment of its own (or with a date set).
			expect(phonePageCalendar(project(s, 'delegate', other), other)).toEqual({ daysOff: [], extraWorkdays: [] });
		}
		// New Year (01/01/2027) is inside the count from 18/12/2026; Tết 2027 (from 06/02) is after the late notice's 15 working days.
		const late = project(issuedLate, 'delegate', delegateId);
		expect(phonePageCalendar(project(assigned, 'delegate', delegateId), delegateId).daysOff).toContain('2027-01-01');
		expect(phonePageCalendar(late, delegateId).daysOff.every((d) => d >= '2026-12-18' && d <= phoneRead(late, delegateId)[0].assignment!.deadline)).toBe(true);
		const dated = must(act(assigned, 'opinion.tag', { opinionId: 'opinion-holiday', outcome: { kind: 'assigned', leadAgencyId: assigned.agencies[0].id, task: 'Kiểm tra', deadline: '2027-02-26' } }));
		expect(phonePageCalendar(project(dated, 'delegate', delegateId), delegateId)).toEqual({ daysOff: [], extraWorkdays: [] });
	});
});
