import { error } from '@sveltejs/kit';
import { vietnamToday } from '$lib/domain/delegates/invitation';
import { translate } from '$lib/i18n/translate';
import { delegateExportTable } from '$lib/server/import/delegate-export';
import { download, writeCsv, writeXlsx } from '$lib/server/import/export';
import { requireAdmin } from '$lib/server/screens';
import type { RequestHandler } from './$types';

/**
 * The delegate list as a spreadsheet (?format=xlsx, the default, or csv). The headers are
 * the import's own column names, so an exported list can be edited in Excel and imported
 * into another meeting. Phones are in it: the file is for the organisers only.
 */
export const GET: RequestHandler = async ({ params, url, cookies, locals }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const live = app.meeting(params.id);
	if (!live) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	const { headers, rows } = delegateExportTable(live.state, locals.lang);
	const name = `dai-bieu-${vietnamToday(Date.now())}`;
	if (url.searchParams.get('format') === 'csv') {
		return download(writeCsv(headers, rows), `${name}.csv`, 'text/csv; charset=utf-8');
	}
	const bytes = await writeXlsx(headers, rows, translate(locals.lang, 'delegates.sheetName'));
	return download(bytes, `${name}.xlsx`);
};
