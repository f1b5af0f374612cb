/**
 * Working-day arithmetic for legal deadlines (Civil Code 2015, art. 147–148).
 * Pure: dates are ISO strings, arithmetic runs on UTC day numbers so the
 * machine's timezone can never shift a date.
 */

/** ISO dates 'YYYY-MM-DD'. */
export interface HolidayCalendar {
	/** Public holidays, make-up days and announced days off (may include weekend dates). */
	daysOff: string[];
	/** Weekend dates the government turned into working days (make-up Saturdays). */
	extraWorkdays: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** A calendar with a whole year off is broken; stop instead of looping forever. */
const MAX_CONSECUTIVE_DAYS_OFF = 366;

/** Days since 1970-01-01 UTC. Throws on malformed or impossible dates (programming errors). */
function toDayNumber(date: string): number {
	const match = ISO_DATE.exec(date);
	if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const check = new Date(ms);
	// Date.UTC silently rolls 2026-02-30 over to March; a round trip catches it.
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
		throw new Error(`Not a real calendar date: ${JSON.stringify(date)}`);
	}
	return ms / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): string {
	return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Throws a plain Error unless `date` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(date: string): void {
	toDayNumber(date);
}

/** Calendar (not working) days; used to build the holiday table. */
export function addCalendarDays(date: string, days: number): string {
	return fromDayNumber(toDayNumber(date) + days);
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Sunday = 0 … Saturday = 6, as `Date.getUTCDay`. */
export function weekdayOf(date: string): Weekday {
	// 1970-01-01 was a Thursday (weekday 4).
	return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
	const weekday = weekdayOf(date);
	return weekday === 0 || weekday === 6;
}

/** Both lists as sets, built once per call rather than scanning arrays day by day. */
function lookup(cal: HolidayCalendar) {
	const off = new Set(cal.daysOff);
	const extra = new Set(cal.extraWorkdays);
	return (date: string) => extra.has(date) || (!isWeekend(date) && !off.has(date));
}

export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
	assertIsoDate(date);
	return lookup(cal)(date);
}

/** Walks one day at a time in `step` direction from `date` (exclusive) to the first working day. */
function stepToWorkingDay(date: string, step: 1 | -1, working: (d: string) => boolean): string {
	let day = date;
	for (let i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++) {
		day = addCalendarDays(day, step);
		if (working(day)) return day;
	}
	throw new Error(`No working day within ${MAX_CONSECUTIVE_DAYS_OFF} days of ${date}: check the holiday table`);
}

/** A deadline that ends on a day off moves to the next working day (art. 148). */
export function nextWorkingDay(date: string, cal: HolidayCalendar): string {
	assertIsoDate(date);
	const working = lookup(cal);
	return working(date) ? date : stepToWorkingDay(date, 1, working);
}

function assertCount(n: number): void {
	if (!Number.isInteger(n) || n < 0) throw new Error(`Working-day count must be a whole number >= 0, got ${n}`);
}

/**
 * The n-th working day after `from`. The day of the event is not counted (art. 147),
 * so counting starts the day after; n = 0 only moves a day off forward.
 */
export function addWorkingDays(from: string, n: number, cal: HolidayCalendar): string {
	assertIsoDate(from);
	assertCount(n);
	const working = lookup(cal);
	if (n === 0) return working(from) ? from : stepToWorkingDay(from, 1, working);
	let day = from;
	for (let counted = 0; counted < n; counted++) day = stepToWorkingDay(day, 1, working);
	return day;
}

/** Working days in (from, to]; negative (the same count, mirrored) if `to` is before `from`. */
export function countWorkingDays(from: string, to: string, cal: HolidayCalendar): number {
	const start = toDayNumber(from);
	const end = toDayNumber(to);
	if (end < start) return -countWorkingDays(to, from, cal);
	const working = lookup(cal);
	let count = 0;
	for (let day = start + 1; day <= end; day++) if (working(fromDayNumber(day))) count++;
	return count;
}

/**
 * The last working day to send a notice (giấy mời, thông báo) so that `n` whole working
 * days lie strictly between the sending and the meeting: neither the day of sending
 * (art. 147) nor the meeting day itself counts as "before the meeting".
 * If the legal last day is a day off, the office must send on the working day before it.
 */
export function noticeDeadline(meeting: string, n: number, cal: HolidayCalendar): string {
	assertIsoDate(meeting);
	assertCount(n);
	const working = lookup(cal);
	let earliestCounted = meeting;
	for (let counted = 0; counted < n; counted++) earliestCounted = stepToWorkingDay(earliestCounted, -1, working);
	const legalLastDay = addCalendarDays(earliestCounted, -1);
	return working(legalLastDay) ? legalLastDay : stepToWorkingDay(legalLastDay, -1, working);
}

/** '2026-01-05' → '05/01/2026', the dd/mm/yyyy style of Vietnamese administrative documents. */
export function formatVietnameseDate(date: string): string {
	assertIsoDate(date);
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}
