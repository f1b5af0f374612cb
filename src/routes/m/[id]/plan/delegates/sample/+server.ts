import { error } from '@sveltejs/kit';
import { DELEGATE_COLUMNS, delegateColumnLabels, type DelegateColumn } from '$lib/domain/delegates/import-mapping';
import { translate } from '$lib/i18n/translate';
import { download, writeXlsx } from '$lib/server/import/export';
import { requireAdmin } from '$lib/server/screens';
import type { RequestHandler } from './$types';

/**
 * A sample delegate list for the import wizard: the columns the import recognises, with
 * three made-up people in this meeting's own categories and units. The salutation column
 * is there but optional: the third person has none and is found from "Thị".
 */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const live = app.meeting(params.id);
	if (!live) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	const { categories, units } = live.state;
	const labels = delegateColumnLabels(locals.lang);
	const columns = Object.keys(DELEGATE_COLUMNS) as DelegateColumn[];
	const headers = [translate(locals.lang, 'delegates.number'), ...columns.map((c) => labels[c])];
	const category = (i: number) => categories[Math.min(i, categories.length - 1)]?.name ?? 'Đại biểu Nhân dân';
	const unit = (i: number) => units[i % Math.max(1, units.length)]?.name ?? `Tổ dân phố ${i + 1}`;
	const rows = [
		['1', 'Ông', 'Nguyễn Văn An', 'Bí thư chi bộ', unit(0), category(0), '0912345678'],
		['2', 'Bà', 'Trần Thu Hà', '', unit(1), category(1), ''],
		['3', '', 'Lê Thị Mai', '', unit(2), category(2), '0987654321']
	];
	const bytes = await writeXlsx(headers, rows, translate(locals.lang, 'delegates.sheetName'));
	return download(bytes, 'mau-danh-sach-dai-bieu.xlsx');
};
