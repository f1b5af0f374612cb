import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../workdays';
import { invitationNotice, meetingWhen, vietnamToday } from './invitation';

const at = (iso: string) => Date.parse(iso);

describe('invitation notice (7 working days before the meeting)', () => {
	it('takes the date in Vietnam, not in UTC', () => {
		expect(vietnamToday(at('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
		expect(vietnamToday(at('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
	});

	it('warns only once today is after the deadline (meeting Mon 13/7/2026 → send by Wed 1/7)', () => {
		const calendar = builtInCalendar();
		expect(invitationNotice('2026-07-13', calendar, at('2026-07-01T16:00:00Z'))).toEqual({ deadline: '2026-07-01', late: false });
		expect(invitationNotice('2026-07-13', calendar, at('2026-07-01T17:00:00Z'))).toEqual({ deadline: '2026-07-01', late: true });
	});
});

describe('meetingWhen', () => {
	it('writes the hour, the weekday and dd/mm/yyyy', () => {
		expect(meetingWhen({ date: '2026-07-13', startTime: '14:00' }, 'vi')).toBe('14 giờ 00, thứ Hai, ngày 13/07/2026');
		expect(meetingWhen({ date: '2026-07-12', startTime: '07:30' }, 'vi')).toBe('7 giờ 30, Chủ nhật, ngày 12/07/2026');
		expect(meetingWhen({ date: '2026-07-13', startTime: '14:00' }, 'en')).toBe('14:00, Monday, 13/07/2026');
	});
});
