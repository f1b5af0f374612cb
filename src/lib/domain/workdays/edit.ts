/**
 * Pure edits of a holiday table, for the admin: the government announces swaps and extra
 * days off every year, so the stored table must be editable, not only computed.
 * Every function returns a new calendar with sorted lists and never mutates its input.
 * A date is never both a day off and an extra workday: adding it to one list removes it
 * from the other, so the latest edit wins.
 */
import { assertIsoDate, isWeekend, type HolidayCalendar } from './calendar';

function sortedUnique(dates: string[]): string[] {
	return [...new Set(dates)].sort();
}

function calendarOf(daysOff: string[], extraWorkdays: string[]): HolidayCalendar {
	return { daysOff: sortedUnique(daysOff), extraWorkdays: sortedUnique(extraWorkdays) };
}

/** Mark `date` as a day off (a holiday, a make-up day, the off side of a swap). */
export function addDayOff(cal: HolidayCalendar, date: string): HolidayCalendar {
	assertIsoDate(date);
	return calendarOf([...cal.daysOff, date], cal.extraWorkdays.filter((d) => d !== date));
}

/** Undo a day off; a weekday becomes a working day again, a weekend stays a weekend. */
export function removeDayOff(cal: HolidayCalendar, date: string): HolidayCalendar {
	assertIsoDate(date);
	return calendarOf(cal.daysOff.filter((d) => d !== date), cal.extraWorkdays);
}

/** Mark `date` as worked (a make-up Saturday); it wins over any day off on that date. */
export function addExtraWorkday(cal: HolidayCalendar, date: string): HolidayCalendar {
	assertIsoDate(date);
	return calendarOf(cal.daysOff.filter((d) => d !== date), [...cal.extraWorkdays, date]);
}

/** Undo an extra workday: the date falls back to its weekday rule. */
export function removeExtraWorkday(cal: HolidayCalendar, date: string): HolidayCalendar {
	assertIsoDate(date);
	return calendarOf(cal.daysOff, cal.extraWorkdays.filter((d) => d !== date));
}

/**
 * A government day swap (hoán đổi ngày làm việc): `dayOff` becomes a day off and
 * `workday` a working day, e.g. 2/5/2025 off in exchange for working Saturday 26/4/2025.
 * A weekend `workday` is listed as an extra workday; a weekday one only leaves the days off.
 */
export function swapDays(cal: HolidayCalendar, dayOff: string, workday: string): HolidayCalendar {
	assertIsoDate(dayOff);
	assertIsoDate(workday);
	if (dayOff === workday) throw new Error(`Cannot swap a day with itself: ${dayOff}`);
	const withDayOff = addDayOff(cal, dayOff);
	return isWeekend(workday) ? addExtraWorkday(withDayOff, workday) : removeDayOff(withDayOff, workday);
}
