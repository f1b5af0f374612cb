import { vietnamToday } from '$lib/domain/followup/status';
import { followUpStatusTable } from '$lib/domain/reports/follow-up-table';
import { translate } from '$lib/i18n/translate';
import { followUpAccess } from '$lib/server/followup';
import { download, writeXlsx } from '$lib/server/import/export';
import type { RequestHandler } from './$types';

/** The report to MTTQ as .xlsx: every assignment with its status and answer (the archive holds the same file). */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const { live } = await followUpAccess(params.id, cookies, locals.lang);
	const today = vietnamToday(Date.now());
	const { headers, rows } = followUpStatusTable(live.state, today, locals.lang);
	return download(await writeXlsx(headers, rows, translate(locals.lang, 'frontReport.sheet')), `ket-qua-tra-loi-${today}.xlsx`);
};
