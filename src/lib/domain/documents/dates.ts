/**
 * Dates and times as Vietnamese documents write them (Decree 30/2020 appendix I mục II.3.b:
 * a zero before days below 10 and before months 1 and 2 — "ngày 05 tháng 01 năm 2026",
 * "ngày 14 tháng 3 năm 2026"). Input dates are ISO 'YYYY-MM-DD', times 'HH:MM', both local
 * to the meeting (UTC+7).
 */
import { formatVietnameseDate } from '../workdays';

const VIETNAM_OFFSET_MS = 7 * 3600_000;

export function documentDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	const dd = String(day).padStart(2, '0');
	const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
	return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "14:00" → "14 giờ 00 phút". */
export function documentTime(hhmm: string): string {
	const [hours, minutes] = hhmm.split(':');
	return `${hours.padStart(2, '0')} giờ ${minutes.padStart(2, '0')} phút`;
}

/** Deadlines in assignments: "dd/mm/yyyy" (the seeds' notices). */
export const deadlineDate = formatVietnameseDate;

/** Server time (ms) → the meeting's local 'HH:MM' and ISO date. */
export function localClock(ms: number): { time: string; date: string } {
	const d = new Date(ms + VIETNAM_OFFSET_MS);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
		date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
	};
}

/**
 * "Phường Bạch Đằng, ngày 05 tháng 01 năm 2026". A draft leaves the day and month blank for
 * the office to write on signing (`year` only), as offices print drafts.
 */
export function placeDateLine(place: string, date: { iso: string } | { year: string }): string {
	const where = place.trim() || '……………';
	if ('year' in date) return `${where}, ngày     tháng     năm ${date.year}`;
	return `${where}, ${documentDate(date.iso)}`;
}
