import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, type HolidayCalendar } from './calendar';
import { addDayOff, addExtraWorkday, removeDayOff, removeExtraWorkday, swapDays } from './edit';

/** Deep-frozen, so any mutation inside an edit function throws in strict mode. */
function frozen(daysOff: string[], extraWorkdays: string[]): HolidayCalendar {
	return Object.freeze({ daysOff: Object.freeze(daysOff), extraWorkdays: Object.freeze(extraWorkdays) }) as HolidayCalendar;
}

/** Statutory 2025 days only, before the government's swap. */
const before2025Swap = () => frozen(['2025-04-30', '2025-05-01'], []);

describe('editing the holiday table', () => {
	it('[W11] addDayOff adds the date in order, once', () => {
		const cal = addDayOff(addDayOff(before2025Swap(), '2025-01-01'), '2025-01-01');
		expect(cal.daysOff).toEqual(['2025-01-01', '2025-04-30', '2025-05-01']);
	});

	it('[W11] a date is never both off and worked: the latest edit wins', () => {
		const worked = addExtraWorkday(frozen(['2025-04-26'], []), '2025-04-26');
		expect(worked).toEqual({ daysOff: [], extraWorkdays: ['2025-04-26'] });
		expect(addDayOff(worked, '2025-04-26')).toEqual({ daysOff: ['2025-04-26'], extraWorkdays: [] });
	});

	it('[W11] any sequence of edits keeps both lists sorted, unique and disjoint', () => {
		const edits = [addDayOff, removeDayOff, addExtraWorkday, removeExtraWorkday];
		// A fixed-seed MINSTD generator: varied but reproducible (no fast-check here).
		let seed = 7;
		const next = (m: number) => {
			seed = (seed * 48_271) % 2_147_483_647;
			return seed % m;
		};
		let cal = frozen([], []);
		for (let i = 0; i < 300; i++) {
			cal = edits[next(4)](cal, `2026-05-${String(1 + next(9)).padStart(2, '0')}`);
			for (const list of [cal.daysOff, cal.extraWorkdays]) {
				expect([...new Set(list)].sort()).toEqual(list);
			}
			expect(cal.daysOff.filter((d) => cal.extraWorkdays.includes(d))).toEqual([]);
		}
	});

	it('[W12] removeDayOff makes a weekday a working day again; unknown dates change nothing', () => {
		const cal = removeDayOff(before2025Swap(), '2025-05-01');
		expect(cal.daysOff).toEqual(['2025-04-30']);
		expect(isWorkingDay('2025-05-01', cal)).toBe(true);
		expect(removeDayOff(before2025Swap(), '2025-06-02')).toEqual(before2025Swap());
	});

	it('[W13] an extra workday counts; removing it gives the Saturday back', () => {
		const cal = addExtraWorkday(before2025Swap(), '2025-04-26');
		expect(isWorkingDay('2025-04-26', cal)).toBe(true);
		expect(isWorkingDay('2025-04-26', removeExtraWorkday(cal, '2025-04-26'))).toBe(false);
	});

	it('[W14] swapDays reproduces the 2025 swap: 2/5 off, Saturday 26/4 worked', () => {
		const cal = swapDays(before2025Swap(), '2025-05-02', '2025-04-26');
		expect(cal).toEqual({ daysOff: ['2025-04-30', '2025-05-01', '2025-05-02'], extraWorkdays: ['2025-04-26'] });
		expect(addWorkingDays('2025-04-24', 2, cal)).toBe('2025-04-26');
		expect(addWorkingDays('2025-04-24', 5, cal)).toBe('2025-05-05');
	});

	it('[W14] swapDays with a weekday: the day next to 2/9 moved from 1/9 to 3/9', () => {
		const cal = swapDays(frozen(['2026-09-01', '2026-09-02'], []), '2026-09-03', '2026-09-01');
		expect(cal).toEqual({ daysOff: ['2026-09-02', '2026-09-03'], extraWorkdays: [] });
	});

	it('[W14] swapping a day with itself is a programming error', () => {
		expect(() => swapDays(before2025Swap(), '2025-05-02', '2025-05-02')).toThrow(Error);
	});

	it('[W15] edits never mutate their input and always return a new calendar', () => {
		const input = frozen(['2025-05-01', '2025-04-30'], ['2025-04-26']);
		const snapshot = structuredClone(input);
		const results = [
			addDayOff(input, '2025-05-02'),
			removeDayOff(input, '2025-05-01'),
			addExtraWorkday(input, '2025-05-03'),
			removeExtraWorkday(input, '2025-04-26'),
			swapDays(input, '2025-05-02', '2025-05-03')
		];
		expect(input).toEqual(snapshot);
		for (const result of results) {
			expect(result).not.toBe(input);
			expect(result.daysOff).not.toBe(input.daysOff);
			expect(result.extraWorkdays).not.toBe(input.extraWorkdays);
		}
	});

	it('[W16] malformed dates throw', () => {
		expect(() => addDayOff(before2025Swap(), '2025-5-2')).toThrow(Error);
		expect(() => addExtraWorkday(before2025Swap(), '2025-02-29')).toThrow(Error);
		expect(() => swapDays(before2025Swap(), '2025-05-02', '26/04/2025')).toThrow(Error);
	});
});
