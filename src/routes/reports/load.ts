import { vietnamToday } from '$lib/domain/delegates/invitation';
import { parsePeriod, periodLabel, periodRange } from '$lib/domain/reports/period';
import { periodReport } from '$lib/domain/reports/report';
import { reportTables } from '$lib/domain/reports/tables';
import { formatVietnameseDate } from '$lib/domain/workdays';
import type { Lang } from '$lib/i18n/catalog';
import { translate } from '$lib/i18n/translate';
import type { App } from '$lib/server/app';

/** The report the page shows and the exports write: every meeting on this server, the period from the URL. */
export function reportFor(app: App, url: URL, lang: Lang, now = Date.now()) {
	const today = vietnamToday(now);
	const period = parsePeriod(url.searchParams, today);
	const report = periodReport(
		app.meetings().map((m) => m.state),
		period,
		today
	);
	const { from, to } = periodRange(period);
	const heading = [
		`${translate(lang, 'reports.title').toLocaleUpperCase('vi')} — ${periodLabel(period, lang).toLocaleUpperCase('vi')}`,
		translate(lang, 'reports.period.range', { from: formatVietnameseDate(from), to: formatVietnameseDate(to) }),
		translate(lang, 'reports.asOf', { date: formatVietnameseDate(today) })
	];
	return { today, period, report, tables: reportTables(report, lang), heading };
}
