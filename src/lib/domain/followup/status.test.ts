import { describe, expect, it } from 'vitest';
import type { HolidayCalendar } from '../workdays/calendar';
import type { RecordAssignment } from './record-source';
import { assignmentStatus, workingDaysLeft } from './status';
import { blankAssignmentFollowUp, type AssignmentFollowUp } from './types';

const plain: HolidayCalendar = { daysOff: [], extraWorkdays: [] };
const assignment = (deadline: string): RecordAssignment => ({
	opinionId: 'op1',
	petitioner: { kind: 'person', salutation: 'Ông', name: 'Nguyễn Văn An', title: '', unit: 'Tổ dân phố 5', delegateId: null },
	field: 'Giao thông',
	content: 'Đường ngõ 12 xuống cấp',
	leadAgencyId: 'ag1',
	leadAgencyName: 'Phòng Kinh tế',
	coAgencyIds: [],
	coAgencyNames: [],
	task: 'Kiểm tra, trả lời bằng văn bản',
	deadline,
	deadlineSet: true
});
const answered = (answeredOn: string): AssignmentFollowUp => ({
	...blankAssignmentFollowUp('op1'),
	answer: { answeredOn, documentNumber: '125/UBND-KT', summary: 'Đã sửa', attachmentName: null, recordedBy: { role: 'secretary' }, recordedAt: 0 }
});

describe('assignment status in working days', () => {
	// Deadline Monday 11/01/2027: the weekend before it does not count.
	const monday = assignment('2027-01-11');

	it('[T1] waiting with more than 3 working days left, due soon within 3 across a weekend', () => {
		expect(assignmentStatus(monday, undefined, '2027-01-05', plain)).toBe('waiting'); // Tue: 6, 7, 8, 11 = 4
		expect(assignmentStatus(monday, undefined, '2027-01-06', plain)).toBe('due_soon'); // Wed: 7, 8, 11 = 3
		expect(assignmentStatus(monday, undefined, '2027-01-09', plain)).toBe('due_soon'); // Sat: 11 = 1
		expect(assignmentStatus(monday, undefined, '2027-01-11', plain)).toBe('due_soon'); // the day itself
		expect(workingDaysLeft(monday.deadline, '2027-01-06', plain)).toBe(3);
		expect(workingDaysLeft(monday.deadline, '2027-01-11', plain)).toBe(0);
	});

	it('[T1] overdue the day after the deadline, counted late in working days (the weekend is not)', () => {
		expect(assignmentStatus(monday, undefined, '2027-01-12', plain)).toBe('overdue');
		expect(workingDaysLeft(monday.deadline, '2027-01-12', plain)).toBe(-1);
		expect(workingDaysLeft(monday.deadline, '2027-01-17', plain)).toBe(-4); // Tue–Fri, not Sat/Sun
	});

	it('[T1] Tết days off do not count: 2 working days left, not 6', () => {
		const tet: HolidayCalendar = { daysOff: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], extraWorkdays: [] };
		const friday = assignment('2027-02-12');
		expect(assignmentStatus(friday, undefined, '2027-02-04', plain)).toBe('waiting');
		expect(assignmentStatus(friday, undefined, '2027-02-04', tet)).toBe('due_soon');
		expect(workingDaysLeft(friday.deadline, '2027-02-04', tet)).toBe(2);
		// Late across Tết: only the working days after it count.
		const beforeTet = assignment('2027-02-04');
		expect(workingDaysLeft(beforeTet.deadline, '2027-02-11', tet)).toBe(-1);
		expect(assignmentStatus(beforeTet, undefined, '2027-02-11', tet)).toBe('overdue');
	});

	it('[T1] a make-up working Saturday counts (the calendar’s extraWorkdays)', () => {
		const makeUp: HolidayCalendar = { daysOff: [], extraWorkdays: ['2027-01-30'] };
		const tuesday = assignment('2027-02-02');
		// Thu 28/01: 29, (Sat 30), 1, 2
		expect(assignmentStatus(tuesday, undefined, '2027-01-28', plain)).toBe('due_soon');
		expect(assignmentStatus(tuesday, undefined, '2027-01-28', makeUp)).toBe('waiting');
		const friday = assignment('2027-01-29');
		expect(workingDaysLeft(friday.deadline, '2027-02-01', plain)).toBe(-1);
		expect(workingDaysLeft(friday.deadline, '2027-02-01', makeUp)).toBe(-2);
	});

	it('[T1] answered on or before the deadline; answered late after it, whatever today is', () => {
		expect(assignmentStatus(monday, answered('2027-01-11'), '2027-03-01', plain)).toBe('answered');
		expect(assignmentStatus(monday, answered('2027-01-12'), '2027-01-12', plain)).toBe('answered_late');
		expect(assignmentStatus(monday, blankAssignmentFollowUp('op1'), '2027-01-12', plain)).toBe('overdue');
	});
});
