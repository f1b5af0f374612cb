import { periodSlug } from '$lib/domain/reports/period';
import { download } from '$lib/server/import/export';
import { reportCsv, reportXlsx } from '$lib/server/reports/export';
import { requireAdmin } from '$lib/server/screens';
import { reportFor } from '../load';
import type { RequestHandler } from './$types';

/** The report's tables as .xlsx (?format=xlsx, the default: mẫu 1 and mẫu 2 on two sheets) or CSV. */
export const GET: RequestHandler = async ({ cookies, locals, url }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const { period, tables, heading } = reportFor(app, url, locals.lang);
	const name = `bao-cao-doi-thoai-${periodSlug(period)}`;
	if (url.searchParams.get('format') === 'csv') return download(reportCsv(heading, tables), `${name}.csv`, 'text/csv; charset=utf-8');
	return download(await reportXlsx(heading, tables, locals.lang), `${name}.xlsx`);
};
