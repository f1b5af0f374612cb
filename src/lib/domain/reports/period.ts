import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';

/** The period a report covers: a calendar quarter, or a whole year (quarter null). */
export interface ReportPeriod {
	year: number;
	quarter: 1 | 2 | 3 | 4 | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day (ISO) of the period. */
export function periodRange({ year, quarter }: ReportPeriod): { from: string; to: string } {
	if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
	const first = (quarter - 1) * 3 + 1;
	const last = first + 2;
	const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
	return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

export function inPeriod(date: string, period: ReportPeriod): boolean {
	const { from, to } = periodRange(period);
	return date >= from && date <= to;
}

/** The quarter a date falls in. */
export function quarterOf(date: string): ReportPeriod {
	const [year, month] = date.split('-').map(Number);
	return { year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/**
 * The period asked for in the query string (`?year=2026&quarter=4`, `?year=2026` for the year,
 * `quarter=0` or `all` also the year); anything missing or out of range falls back to the
 * quarter `today` is in.
 */
export function parsePeriod(query: { get(name: string): string | null }, today: string): ReportPeriod {
	const current = quarterOf(today);
	const yearText = query.get('year');
	const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
	if (year === null || year < 2000 || year > 2100) return current;
	const quarterText = query.get('quarter');
	if (quarterText === null || quarterText === '' || quarterText === '0' || quarterText === 'all') return { year, quarter: null };
	const quarter = Number(quarterText);
	return [1, 2, 3, 4].includes(quarter) ? { year, quarter: quarter as 1 | 2 | 3 | 4 } : { year, quarter: null };
}

/** "Quý IV năm 2026" / "Năm 2026" (quarters in Roman numerals, as the reports write them). */
export function periodLabel({ year, quarter }: ReportPeriod, lang: Lang = 'vi'): string {
	return quarter === null ? translate(lang, 'reports.period.year', { year }) : translate(lang, 'reports.period.quarter', { quarter: ['I', 'II', 'III', 'IV'][quarter - 1], year });
}

/** The period as a file-name part: "2026-q4" / "2026". */
export function periodSlug({ year, quarter }: ReportPeriod): string {
	return quarter === null ? String(year) : `${year}-q${quarter}`;
}

/**
 * When the report is due upward (plans 000 and 002): a quarter's before the 15th of its last
 * month, the year's before 15 November. The day it must be sent before, ISO.
 */
export function reportDue({ year, quarter }: ReportPeriod): string {
	return quarter === null ? `${year}-11-15` : `${year}-${String(quarter * 3).padStart(2, '0')}-15`;
}
