import { DELEGATE_COLUMNS, delegateColumnLabels, type DelegateColumn } from '$lib/domain/delegates/import-mapping';
import type { MeetingState } from '$lib/domain/types';
import type { Lang } from '$lib/i18n/catalog';
import { translate } from '$lib/i18n/translate';

/**
 * The delegate list as the export writes it (the delegates page's download and the archive).
 * The headers are the import's own column names, so an exported list can be edited in Excel
 * and imported into another meeting. Phones are in it: the file is for the organisers only.
 */
export function delegateExportTable(state: MeetingState, lang: Lang): { headers: string[]; rows: string[][] } {
	const labels = delegateColumnLabels(lang);
	const columns = Object.keys(DELEGATE_COLUMNS) as DelegateColumn[];
	const headers = [translate(lang, 'delegates.number'), ...columns.map((c) => labels[c])];
	const categoryName = new Map(state.categories.map((c) => [c.id, c.name]));
	const rows = state.delegates.map((d, i) => [String(i + 1), d.salutation, d.fullName, d.title, d.unit, categoryName.get(d.categoryId) ?? '', d.phone ?? '']);
	return { headers, rows };
}
