import { vietnamToday } from '$lib/domain/followup/status';
import { reminderTable, remindersByAgency } from '$lib/domain/reports/follow-up-table';
import { translate } from '$lib/i18n/translate';
import { followUpAccess } from '$lib/server/followup';
import { download, writeXlsx } from '$lib/server/import/export';
import type { RequestHandler } from './$types';

/** The reminder list (đôn đốc) as .xlsx: one row per assignment to chase, its agency first (?agency= for one). */
export const GET: RequestHandler = async ({ params, cookies, locals, url }) => {
	const { live } = await followUpAccess(params.id, cookies, locals.lang);
	const today = vietnamToday(Date.now());
	const lists = remindersByAgency(live.state, today, url.searchParams.get('agency') || null);
	const tables = lists.map((list) => ({ agency: list.agencyName, table: reminderTable(list, locals.lang) }));
	const headers = [translate(locals.lang, 'reminders.agency'), ...(tables[0]?.table.headers ?? reminderTable({ agencyId: '', agencyName: '', rows: [] }, locals.lang).headers)];
	const rows = tables.flatMap(({ agency, table }) => table.rows.map((row) => [agency, ...row]));
	return download(await writeXlsx(headers, rows, translate(locals.lang, 'reminders.sheet')), `don-doc-${today}.xlsx`);
};
