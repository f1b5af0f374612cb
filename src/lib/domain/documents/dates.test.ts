import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../workdays';
import { documentDate, documentTime, localClock, placeDateLine } from './dates';
import { defaultAnswerDeadline } from '../minutes/deadline';
import { noticeDueDate } from './deadlines';
import { numberLine } from './parts';

describe('[D5] dates, times and numbers as documents write them', () => {
	it('zero before days below 10 and months 1–2 only (Decree 30)', () => {
		expect(documentDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
		expect(documentDate('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
		expect(documentDate('2026-03-14')).toBe('ngày 14 tháng 3 năm 2026');
		expect(documentDate('2025-11-04')).toBe('ngày 04 tháng 11 năm 2025');
		expect(placeDateLine('Phường Bạch Đằng', { iso: '2026-01-05' })).toBe('Phường Bạch Đằng, ngày 05 tháng 01 năm 2026');
		expect(placeDateLine('', { year: '2026' })).toBe('……………, ngày     tháng     năm 2026');
	});

	it('times "14 giờ 00 phút", server time read in Vietnam (UTC+7)', () => {
		expect(documentTime('14:00')).toBe('14 giờ 00 phút');
		expect(documentTime('7:5')).toBe('07 giờ 05 phút');
		expect(localClock(Date.UTC(2025, 10, 14, 9, 35))).toEqual({ time: '16:35', date: '2025-11-14' });
	});

	it('numbers: a zero below 10, "Số:" with a slash (government), "Số" with a hyphen (Party)', () => {
		expect(numberLine('government', '5', 'BB-UBND')).toBe('Số: 05/BB-UBND');
		expect(numberLine('government', '12', 'TB-UBND')).toBe('Số: 12/TB-UBND');
		expect(numberLine('party', '36', 'TB/ĐU')).toBe('Số 36-TB/ĐU');
		expect(numberLine('party', '', 'BB/ĐU')).toBe('Số       -BB/ĐU');
	});

	it('the notice is due 10 working days after the meeting, 15 when complex; Tết does not count', () => {
		const cal = builtInCalendar();
		expect(noticeDueDate('2025-11-14', false, cal)).toBe('2025-11-28');
		// Friday 6/2/2026: Tết 2026 is off 14/2–22/2, so 10 working days end on 27/2, not 20/2.
		expect(noticeDueDate('2026-02-06', false, cal)).toBe('2026-02-27');
		expect(noticeDueDate('2026-02-06', true, cal)).toBe('2026-03-06');
		expect(defaultAnswerDeadline({ date: '2026-02-06', complex: false, answerPeriodDays: 7, calendar: cal })).toBe('2026-03-10');
	});
});
