import { describe, expect, it } from 'vitest';
import { addCalendarDays, assertIsoDate, isWeekend } from './calendar';
import { BUILT_IN_CALENDAR, builtInCalendar } from './holidays';

const { daysOff, extraWorkdays } = BUILT_IN_CALENDAR;
const isOff = (date: string) => daysOff.includes(date);

/** Copied from DOMAIN.md on purpose, so a typo in holidays.ts cannot hide here. */
const LUNAR_NEW_YEAR_AND_HUNG_KINGS: [number, string, string][] = [
	[2025, '2025-01-29', '2025-04-07'],
	[2026, '2026-02-17', '2026-04-26'],
	[2027, '2027-02-06', '2027-04-16'],
	[2028, '2028-01-26', '2028-04-04'],
	[2029, '2029-02-13', '2029-04-23'],
	[2030, '2030-02-02', '2030-04-12'],
	[2031, '2031-01-23', '2031-04-01'],
	[2032, '2032-02-11', '2032-04-19'],
	[2033, '2033-01-31', '2033-04-09'],
	[2034, '2034-02-19', '2034-04-28'],
	[2035, '2035-02-08', '2035-04-17']
];

function range(first: string, last: string): string[] {
	const dates: string[] = [];
	for (let d = first; d <= last; d = addCalendarDays(d, 1)) dates.push(d);
	return dates;
}

/** Days off in [first, last] as listed in the table. */
const offBetween = (first: string, last: string) => daysOff.filter((d) => d >= first && d <= last);

describe('statutory holidays 2025–2035', () => {
	it.each(LUNAR_NEW_YEAR_AND_HUNG_KINGS)('[H1] %i has 1/1, 30/4, 1/5, 1/9 and 2/9 off', (year) => {
		for (const md of ['01-01', '04-30', '05-01', '09-01', '09-02']) expect(isOff(`${year}-${md}`)).toBe(true);
	});

	it.each(LUNAR_NEW_YEAR_AND_HUNG_KINGS)('[H2] %i has Tết around lunar new year %s', (_year, newYear) => {
		// The last day of the lunar year and mùng 1–4 Tết are always off.
		for (const d of range(addCalendarDays(newYear, -1), addCalendarDays(newYear, 3))) expect(isOff(d)).toBe(true);
		expect(offBetween(addCalendarDays(newYear, -10), addCalendarDays(newYear, 10)).length).toBeGreaterThanOrEqual(5);
	});

	it.each(LUNAR_NEW_YEAR_AND_HUNG_KINGS)('[H3] %i has Hùng Kings’ day off (%s, %s)', (_year, _newYear, hungKings) => {
		expect(isOff(hungKings)).toBe(true);
	});
});

describe('weekend make-up days', () => {
	it('[H4] Giỗ Tổ 2026 is Sunday 26/4, so Monday 27/4/2026 is off', () => {
		expect(isWeekend('2026-04-26')).toBe(true);
		expect(isOff('2026-04-27')).toBe(true);
		expect(isOff('2026-04-28')).toBe(false);
	});

	it('[H4] 1/5/2027 is a Saturday, so Monday 3/5/2027 is off', () => {
		expect(offBetween('2027-04-29', '2027-05-05')).toEqual(['2027-04-30', '2027-05-01', '2027-05-03']);
	});

	it('[H4] two weekend holidays in a row give two make-up days (30/4 and 1/5/2033)', () => {
		expect(offBetween('2033-04-29', '2033-05-05')).toEqual(['2033-04-30', '2033-05-01', '2033-05-02', '2033-05-03']);
	});

	it('[H4] a make-up day skips a holiday already off (30/4/2028 is Sunday, 1/5 is Monday)', () => {
		expect(offBetween('2028-04-29', '2028-05-05')).toEqual(['2028-04-30', '2028-05-01', '2028-05-02']);
	});

	it('[H4] Tết days on a weekend are made up after Tết (2027)', () => {
		expect(offBetween('2027-02-01', '2027-02-15')).toEqual(range('2027-02-05', '2027-02-11'));
	});

	it('[H4] 1/1 on a Saturday gives Monday off (2028)', () => {
		expect(offBetween('2028-01-01', '2028-01-05')).toEqual(['2028-01-01', '2028-01-03']);
	});
});

describe('announced schedules override the computed ones', () => {
	it('[H5] Tết 2025 is exactly 25/1–2/2/2025', () => {
		expect(offBetween('2025-01-02', '2025-02-28')).toEqual(range('2025-01-25', '2025-02-02'));
	});

	it('[H5] 2025: 30/4–4/5 off, 2/5 swapped with Saturday 26/4', () => {
		expect(offBetween('2025-04-20', '2025-05-10')).toEqual(range('2025-04-30', '2025-05-04'));
		expect(extraWorkdays).toContain('2025-04-26');
	});

	it('[H5] Quốc khánh 2025 is 30/8–2/9/2025', () => {
		expect(offBetween('2025-08-01', '2025-09-30')).toEqual(range('2025-08-30', '2025-09-02'));
	});

	it('[H5] Tết 2026 is exactly 14/2–22/2/2026', () => {
		expect(offBetween('2026-01-02', '2026-03-31')).toEqual(range('2026-02-14', '2026-02-22'));
	});
});

describe('the table', () => {
	it('[H6] is sorted, has no duplicates and only real ISO dates in 2025–2035', () => {
		for (const list of [daysOff, extraWorkdays]) {
			expect([...list].sort()).toEqual(list);
			expect(new Set(list).size).toBe(list.length);
			for (const d of list) {
				expect(() => assertIsoDate(d)).not.toThrow();
				expect(d >= '2025-01-01' && d <= '2035-12-31').toBe(true);
			}
		}
	});

	it('[H6] has no date that is both a day off and an extra workday', () => {
		expect(daysOff.filter((d) => extraWorkdays.includes(d))).toEqual([]);
	});

	it('[H7] builtInCalendar() is a fresh deep copy; the shared table is frozen', () => {
		const copy = builtInCalendar();
		expect(copy).toEqual(BUILT_IN_CALENDAR);
		copy.daysOff.push('2030-06-01');
		copy.extraWorkdays.length = 0;
		expect(BUILT_IN_CALENDAR.daysOff).not.toContain('2030-06-01');
		expect(BUILT_IN_CALENDAR.extraWorkdays).toEqual(['2025-04-26']);
		expect(builtInCalendar().daysOff).not.toBe(builtInCalendar().daysOff);
		expect(Object.isFrozen(BUILT_IN_CALENDAR.daysOff)).toBe(true);
	});
});
