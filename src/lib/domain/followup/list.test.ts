import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalog';
import type { MessageParams } from '../../i18n/translate';
import { countsByAgency, daysLeftSaid, daysLeftTag, deadlineSaid, filterFrom, filterRows } from './list';
import { blankAssignmentFollowUp, type AssignmentStatus, type FollowUpRow } from './types';

const say = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);
const row = (opinionId: string, lead: string, deadline: string, status: AssignmentStatus, co: string[] = []): FollowUpRow => ({
	assignment: {
		opinionId,
		petitioner: { kind: 'person', salutation: 'Ông', name: 'A', title: '', unit: '', delegateId: null },
		field: '',
		content: '',
		leadAgencyId: lead,
		leadAgencyName: lead,
		coAgencyIds: co,
		coAgencyNames: co,
		task: '',
		deadline,
		deadlineSet: false
	},
	followUp: blankAssignmentFollowUp(opinionId),
	status,
	workingDaysLeft: 0
});

describe('the follow-up list', () => {
	const rows = [row('1', 'kt', '2027-01-11', 'overdue'), row('2', 'ca', '2027-01-20', 'waiting', ['kt']), row('3', 'kt', '2027-01-25', 'answered')];

	it('[T8] filters by agency (lead or co-operating), status and deadline; counts per lead agency', () => {
		expect(filterRows(rows, filterFrom(new URLSearchParams('agency=kt'))).map((r) => r.assignment.opinionId)).toEqual(['1', '2', '3']);
		expect(filterRows(rows, filterFrom(new URLSearchParams('agency=ca&status=waiting'))).map((r) => r.assignment.opinionId)).toEqual(['2']);
		expect(filterRows(rows, filterFrom(new URLSearchParams('dueBy=2027-01-20'))).map((r) => r.assignment.opinionId)).toEqual(['1', '2']);
		expect(filterFrom(new URLSearchParams('status=nonsense&dueBy=20/01/2027'))).toEqual({ agencyId: '', status: '', dueBy: '' });
		const counts = countsByAgency(rows, [{ id: 'kt', name: 'Phòng Kinh tế' }, { id: 'ca', name: 'Công an' }, { id: 'vh', name: 'Văn hóa' }]);
		expect(counts.map((c) => [c.name, c.counts.total, c.counts.overdue, c.counts.answered])).toEqual([
			['Phòng Kinh tế', 2, 1, 1],
			['Công an', 1, 0, 0]
		]);
	});

	it('[T8] a deadline says its weekday; the time left is in working days', () => {
		expect(deadlineSaid('2027-01-11', say)).toBe('Thứ Hai, 11/01/2027');
		expect(deadlineSaid('2027-01-10', say)).toBe('Chủ nhật, 10/01/2027');
		expect(daysLeftSaid({ status: 'due_soon', workingDaysLeft: 2 }, say)).toBe('còn 2 ngày làm việc');
		expect(daysLeftSaid({ status: 'due_soon', workingDaysLeft: 0 }, say)).toBe('hết hạn hôm nay');
		expect(daysLeftSaid({ status: 'overdue', workingDaysLeft: -3 }, say)).toBe('quá hạn 3 ngày làm việc');
		expect(daysLeftSaid({ status: 'answered', workingDaysLeft: -3 }, say)).toBe('');
		// Beside the tag that already says "Quá hạn", the word is not said twice.
		expect(daysLeftTag({ status: 'overdue', workingDaysLeft: -3 }, say)).toBe('3 ngày làm việc');
		expect(daysLeftTag({ status: 'due_soon', workingDaysLeft: 2 }, say)).toBe('còn 2 ngày làm việc');
	});
});
