import { describe, expect, it } from 'vitest';
import {
	addWorkingDays,
	countWorkingDays,
	formatVietnameseDate,
	isWorkingDay,
	nextWorkingDay,
	noticeDeadline,
	weekdayOf,
	type HolidayCalendar
} from './calendar';
import { BUILT_IN_CALENDAR as cal } from './holidays';

/** Weekends only: isolates the counting rules from the holiday table. */
const WEEKENDS_ONLY: HolidayCalendar = { daysOff: [], extraWorkdays: [] };

describe('counting rules', () => {
	it('[W1] the day of the event is not counted', () => {
		// Monday 13/7/2026: the first working day counted is Tuesday.
		expect(addWorkingDays('2026-07-13', 1, WEEKENDS_ONLY)).toBe('2026-07-14');
		expect(countWorkingDays('2026-07-13', '2026-07-13', WEEKENDS_ONLY)).toBe(0);
		expect(countWorkingDays('2026-07-13', '2026-07-14', WEEKENDS_ONLY)).toBe(1);
		// Friday event: the next counted day is Monday.
		expect(addWorkingDays('2026-07-10', 1, WEEKENDS_ONLY)).toBe('2026-07-13');
	});

	it('[W1] an event on a day off starts counting the day after, skipping days off', () => {
		expect(addWorkingDays('2026-07-11', 1, WEEKENDS_ONLY)).toBe('2026-07-13');
		expect(addWorkingDays('2026-04-26', 1, cal)).toBe('2026-04-28'); // Giỗ Tổ Sunday, Monday made up
	});

	it('[W2] a deadline ending on a Saturday or Sunday moves to Monday', () => {
		expect(nextWorkingDay('2026-07-11', cal)).toBe('2026-07-13');
		expect(nextWorkingDay('2026-07-12', cal)).toBe('2026-07-13');
	});

	it('[W2] a deadline ending on a holiday moves past the whole holiday', () => {
		expect(nextWorkingDay('2026-09-02', cal)).toBe('2026-09-03');
		expect(nextWorkingDay('2026-04-30', cal)).toBe('2026-05-04'); // Thu 30/4, Fri 1/5, weekend
		expect(nextWorkingDay('2026-02-14', cal)).toBe('2026-02-23'); // Tết 2026
	});

	it('[W2] a working day stays; zero working days only moves a day off forward', () => {
		expect(nextWorkingDay('2026-07-13', cal)).toBe('2026-07-13');
		expect(addWorkingDays('2026-07-13', 0, cal)).toBe('2026-07-13');
		expect(addWorkingDays('2026-04-26', 0, cal)).toBe('2026-04-28');
	});

	it('[W2] a working-day deadline never lands on a day off', () => {
		for (let n = 1; n <= 40; n++) expect(isWorkingDay(addWorkingDays('2026-01-20', n, cal), cal)).toBe(true);
	});

	it('[W3] Saturdays, Sundays and holidays are not working days; an extra workday is', () => {
		expect(isWorkingDay('2026-07-13', cal)).toBe(true);
		expect(isWorkingDay('2026-07-11', cal)).toBe(false);
		expect(isWorkingDay('2026-07-12', cal)).toBe(false);
		expect(isWorkingDay('2026-09-02', cal)).toBe(false);
		expect(isWorkingDay('2025-04-26', cal)).toBe(true); // make-up Saturday of the 2025 swap
	});

	it('[W3] an extra workday wins over the same date listed as a day off', () => {
		const both: HolidayCalendar = { daysOff: ['2026-07-11'], extraWorkdays: ['2026-07-11'] };
		expect(isWorkingDay('2026-07-11', both)).toBe(true);
	});

	it('[W4] countWorkingDays counts (from, to] and is negative backwards', () => {
		expect(countWorkingDays('2026-07-13', '2026-07-20', WEEKENDS_ONLY)).toBe(5);
		expect(countWorkingDays('2026-07-20', '2026-07-13', WEEKENDS_ONLY)).toBe(-5);
		expect(countWorkingDays('2026-02-13', '2026-02-22', cal)).toBe(0); // all of Tết 2026
	});

	it('[W4] countWorkingDays undoes addWorkingDays, across holidays too', () => {
		for (const from of ['2025-01-20', '2025-04-24', '2026-02-13', '2026-04-24', '2027-04-29']) {
			for (let n = 1; n <= 30; n++) expect(countWorkingDays(from, addWorkingDays(from, n, cal), cal)).toBe(n);
		}
	});
});

describe('deadlines around a meeting', () => {
	it('[W5] invitations for a meeting on Monday 13/7/2026 go out by Wednesday 1/7/2026', () => {
		const sendBy = noticeDeadline('2026-07-13', 7, cal);
		expect(sendBy).toBe('2026-07-01');
		// Seven whole working days (2/7–10/7) lie between sending and the meeting day...
		expect(countWorkingDays(sendBy, '2026-07-12', cal)).toBe(7);
		// ...and sending one working day later leaves only six.
		expect(countWorkingDays('2026-07-02', '2026-07-12', cal)).toBe(6);
	});

	it('[W5] a notice deadline on a day off moves back to the working day before', () => {
		// Wednesday 15/7/2026: the 7th working day back is Monday 6/7, so Sunday 5/7 → Friday 3/7.
		expect(noticeDeadline('2026-07-15', 7, cal)).toBe('2026-07-03');
		// Monday 2/3/2026: the seven working days straddle Tết 2026.
		expect(noticeDeadline('2026-03-02', 7, cal)).toBe('2026-02-11');
	});

	it('[W6] conclusion notice within 10, or 15, working days after the meeting', () => {
		expect(addWorkingDays('2026-07-13', 10, cal)).toBe('2026-07-27');
		expect(addWorkingDays('2026-07-13', 15, cal)).toBe('2026-08-03');
		// Friday 28/8/2026: Quốc khánh 1/9–2/9 does not count.
		expect(addWorkingDays('2026-08-28', 10, cal)).toBe('2026-09-15');
		expect(addWorkingDays('2026-08-28', 15, cal)).toBe('2026-09-22');
	});

	it('[W7] Tết 2026: a meeting on Friday 13/2/2026 + 10 working days skips 14/2–22/2', () => {
		expect(addWorkingDays('2026-02-13', 10, cal)).toBe('2026-03-06');
		expect(addWorkingDays('2026-02-13', 10, WEEKENDS_ONLY)).toBe('2026-02-27');
	});

	it('[W7] Tết 2025: 25/1–2/2/2025 does not count', () => {
		expect(addWorkingDays('2025-01-24', 1, cal)).toBe('2025-02-03');
		expect(addWorkingDays('2025-01-24', 10, cal)).toBe('2025-02-14');
	});

	it('[W7] the 2025 swap: Saturday 26/4/2025 counts, Friday 2/5/2025 does not', () => {
		expect(addWorkingDays('2025-04-24', 2, cal)).toBe('2025-04-26');
		expect(addWorkingDays('2025-04-24', 5, cal)).toBe('2025-05-05');
	});

	it('[W7] Giỗ Tổ 2026 falls on Sunday 26/4, so Monday 27/4 does not count', () => {
		expect(addWorkingDays('2026-04-24', 1, cal)).toBe('2026-04-28');
	});

	it('[W7] 1/5/2027 is a Saturday, so Monday 3/5/2027 does not count', () => {
		expect(addWorkingDays('2027-04-29', 1, cal)).toBe('2027-05-04');
	});
});

describe('input', () => {
	it('[W8] malformed dates are programming errors and throw', () => {
		for (const bad of ['2026-7-13', '13/07/2026', '2026-02-30', '2026-13-01', '', '2026-07-13T00:00']) {
			expect(() => addWorkingDays(bad, 1, cal)).toThrow(Error);
			expect(() => countWorkingDays('2026-07-13', bad, cal)).toThrow(Error);
			expect(() => nextWorkingDay(bad, cal)).toThrow(Error);
			expect(() => isWorkingDay(bad, cal)).toThrow(Error);
			expect(() => formatVietnameseDate(bad)).toThrow(Error);
		}
	});

	it('[W8] a working-day count must be a whole number >= 0', () => {
		expect(() => addWorkingDays('2026-07-13', -1, cal)).toThrow(Error);
		expect(() => addWorkingDays('2026-07-13', 1.5, cal)).toThrow(Error);
		expect(() => noticeDeadline('2026-07-13', Number.NaN, cal)).toThrow(Error);
	});

	it('[W8] a table with no working day in a year fails instead of looping forever', () => {
		const allWeekdays: string[] = [];
		for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() < 2028; d.setUTCDate(d.getUTCDate() + 1)) {
			allWeekdays.push(d.toISOString().slice(0, 10));
		}
		expect(() => nextWorkingDay('2026-01-01', { daysOff: allWeekdays, extraWorkdays: [] })).toThrow(/No working day/);
	});

	it('[W9] dates print as dd/mm/yyyy with leading zeros', () => {
		expect(formatVietnameseDate('2026-01-05')).toBe('05/01/2026');
		expect(formatVietnameseDate('2025-12-31')).toBe('31/12/2025');
	});

	it('[W10] results do not depend on the machine timezone', () => {
		const saved = process.env.TZ;
		const run = () => [
			addWorkingDays('2026-02-13', 10, cal),
			countWorkingDays('2026-07-01', '2026-07-13', cal),
			nextWorkingDay('2026-04-26', cal),
			noticeDeadline('2026-07-13', 7, cal)
		];
		try {
			// Minutes behind UTC, as Date reports them: proves each switch really takes effect.
			const offsets: Record<string, number> = {
				UTC: 0,
				'Asia/Ho_Chi_Minh': -420,
				'Pacific/Kiritimati': -840,
				'Pacific/Pago_Pago': 660
			};
			for (const [tz, offset] of Object.entries(offsets)) {
				process.env.TZ = tz;
				expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(offset);
				expect(run()).toEqual(['2026-03-06', 8, '2026-04-28', '2026-07-01']);
			}
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
	});
});

describe('weekdayOf', () => {
	it('agrees with the calendar on known days', () => {
		expect(weekdayOf('1970-01-01')).toBe(4);
		expect(weekdayOf('2026-07-13')).toBe(1); // the seed meeting, a Monday
		expect(weekdayOf('2026-04-26')).toBe(0); // Giỗ Tổ 2026, a Sunday
		expect(weekdayOf('1969-12-31')).toBe(3);
	});
});
