/**
 * The built-in public-holiday table for 2025–2035 (Labour Code 2019, art. 112).
 * Computed from the statutory holidays plus the weekend make-up rule, then overridden by
 * the schedules the government actually announced. Admins edit a copy stored with the
 * meeting data (see edit.ts): this table is only the starting point.
 */
import { addCalendarDays, isWeekend, type HolidayCalendar } from './calendar';

type HolidayName = 'newYear' | 'tet' | 'hungKings' | 'reunificationAndLabourDay' | 'nationalDay';

interface Holiday {
	name: HolidayName;
	/** The days off for this holiday; make-up days are appended by the builder. */
	dates: string[];
}

/** A holiday period as the government announced it: replaces the computed one for that year. */
interface AnnouncedSchedule {
	year: number;
	name: HolidayName;
	/** Every date off in the period, weekends and make-up days included. */
	daysOff: string[];
	/** Saturdays worked in exchange for a swapped day off. */
	extraWorkdays: string[];
}

/**
 * Mùng 1 Tết (Vietnamese lunar new year) and Giỗ Tổ Hùng Vương (10/3 lunar), Vietnamese
 * lunar calendar computed for UTC+7 (it differs from the Chinese calendar in some years).
 * Source: DOMAIN.md, "Reference facts for working days".
 */
const LUNAR_DATES: Record<number, { lunarNewYear: string; hungKings: string }> = {
	2025: { lunarNewYear: '2025-01-29', hungKings: '2025-04-07' },
	2026: { lunarNewYear: '2026-02-17', hungKings: '2026-04-26' },
	2027: { lunarNewYear: '2027-02-06', hungKings: '2027-04-16' },
	2028: { lunarNewYear: '2028-01-26', hungKings: '2028-04-04' },
	2029: { lunarNewYear: '2029-02-13', hungKings: '2029-04-23' },
	2030: { lunarNewYear: '2030-02-02', hungKings: '2030-04-12' },
	2031: { lunarNewYear: '2031-01-23', hungKings: '2031-04-01' },
	2032: { lunarNewYear: '2032-02-11', hungKings: '2032-04-19' },
	2033: { lunarNewYear: '2033-01-31', hungKings: '2033-04-09' },
	2034: { lunarNewYear: '2034-02-19', hungKings: '2034-04-28' },
	2035: { lunarNewYear: '2035-02-08', hungKings: '2035-04-17' }
};

/** Inclusive range of ISO dates. */
function dateRange(first: string, last: string): string[] {
	const dates: string[] = [];
	for (let day = first; day <= last; day = addCalendarDays(day, 1)) dates.push(day);
	return dates;
}

const ANNOUNCED: AnnouncedSchedule[] = [
	// Tết Ất Tỵ: 25/1–2/2/2025, five days plus both weekends. Source: Bộ Nội vụ schedule
	// for 2025 as digested in DOMAIN.md (no swap; 3/2/2025 is an ordinary working day).
	{ year: 2025, name: 'tet', daysOff: dateRange('2025-01-25', '2025-02-02'), extraWorkdays: [] },
	// 30/4–4/5/2025: Friday 2/5 swapped with Saturday 26/4, which is worked instead.
	// Source: Bộ Nội vụ schedule for 2025 as digested in DOMAIN.md.
	{
		year: 2025,
		name: 'reunificationAndLabourDay',
		daysOff: dateRange('2025-04-30', '2025-05-04'),
		extraWorkdays: ['2025-04-26']
	},
	// Quốc khánh: 30/8–2/9/2025 (1/9 and 2/9 off, joined to the weekend).
	// Source: Bộ Nội vụ schedule for 2025 as digested in DOMAIN.md.
	{ year: 2025, name: 'nationalDay', daysOff: dateRange('2025-08-30', '2025-09-02'), extraWorkdays: [] },
	// Tết Bính Ngọ: 16/2–20/2/2026 plus both weekends = 14/2–22/2/2026.
	// Source: Bộ Nội vụ, Thông báo 9441/TB-BNV of 16/10/2025; DOMAIN.md.
	{ year: 2026, name: 'tet', daysOff: dateRange('2026-02-14', '2026-02-22'), extraWorkdays: [] }
];

/** Statutory holidays of one year, before the weekend make-up rule. */
function statutoryHolidays(year: number): Holiday[] {
	const { lunarNewYear, hungKings } = LUNAR_DATES[year];
	return [
		{ name: 'newYear', dates: [`${year}-01-01`] },
		// The usual pattern: the last day of the lunar year plus mùng 1–4 Tết.
		{ name: 'tet', dates: dateRange(addCalendarDays(lunarNewYear, -1), addCalendarDays(lunarNewYear, 3)) },
		{ name: 'hungKings', dates: [hungKings] },
		{ name: 'reunificationAndLabourDay', dates: [`${year}-04-30`, `${year}-05-01`] },
		// "2 September and one day next to it": 1 September unless announced otherwise.
		{ name: 'nationalDay', dates: [`${year}-09-01`, `${year}-09-02`] }
	];
}

/**
 * Art. 112(3): a holiday on a Saturday or Sunday is made up on the next working day that
 * is not already off. Announced holidays already include their make-up days.
 */
function withMakeUpDays(computed: Holiday[], announced: AnnouncedSchedule[]): string[] {
	const holidayDates = computed.flatMap((h) => h.dates).sort();
	const taken = new Set([...holidayDates, ...announced.flatMap((a) => a.daysOff)]);
	const makeUps: string[] = [];
	for (const date of holidayDates) {
		if (!isWeekend(date)) continue;
		let makeUp = addCalendarDays(date, 1);
		while (isWeekend(makeUp) || taken.has(makeUp)) makeUp = addCalendarDays(makeUp, 1);
		taken.add(makeUp);
		makeUps.push(makeUp);
	}
	return [...holidayDates, ...makeUps];
}

function sortedUnique(dates: Iterable<string>): string[] {
	return [...new Set(dates)].sort();
}

function buildCalendar(): HolidayCalendar {
	const daysOff: string[] = [];
	const extraWorkdays: string[] = [];
	for (const year of Object.keys(LUNAR_DATES).map(Number)) {
		const announced = ANNOUNCED.filter((a) => a.year === year);
		const computed = statutoryHolidays(year).filter((h) => !announced.some((a) => a.name === h.name));
		daysOff.push(...withMakeUpDays(computed, announced), ...announced.flatMap((a) => a.daysOff));
		extraWorkdays.push(...announced.flatMap((a) => a.extraWorkdays));
	}
	// A swapped Saturday is a working day even if some rule also marked it off.
	const extra = new Set(extraWorkdays);
	return { daysOff: sortedUnique(daysOff.filter((d) => !extra.has(d))), extraWorkdays: sortedUnique(extra) };
}

/** Frozen: callers that need to edit take `builtInCalendar()`. */
export const BUILT_IN_CALENDAR: HolidayCalendar = (() => {
	const cal = buildCalendar();
	Object.freeze(cal.daysOff);
	Object.freeze(cal.extraWorkdays);
	return Object.freeze(cal);
})();

/** A fresh, mutable deep copy of the built-in table (e.g. to store with a new meeting). */
export function builtInCalendar(): HolidayCalendar {
	return { daysOff: [...BUILT_IN_CALENDAR.daysOff], extraWorkdays: [...BUILT_IN_CALENDAR.extraWorkdays] };
}
