import type * as z from 'zod';
import { translate } from '../../i18n/translate';
import { describeIssue } from '../problems';
import { foldVietnamese } from '../search';
import type { Table } from './table-types';

/** field → column index in the table */
export type ColumnMapping<F extends string> = Partial<Record<F, number>>;
/** `row` is the row number in the file; `message` is Vietnamese, ready to show. */
export interface RowProblem {
	row: number;
	field: string | null;
	message: string;
}
export interface MappedRows<T> {
	records: { row: number; value: T }[];
	problems: RowProblem[];
}

/**
 * Proposes which column holds which field, so the admin only confirms. Headers match when
 * they read the same without tones, case, spaces or punctuation: 'HỌ VÀ TÊN', 'Họ và tên:'
 * and 'Ho va ten' are one header. The field's own name counts as a synonym. Each column
 * goes to at most one field, in the order the fields are listed.
 */
export function guessMapping<F extends string>(
	headers: string[],
	synonyms: Record<F, string[]>
): ColumnMapping<F> {
	const mapping: ColumnMapping<F> = {};
	const taken = new Set<number>();
	for (const field of Object.keys(synonyms) as F[]) {
		const names = new Set([field, ...synonyms[field]].map(headerKey).filter(Boolean));
		const column = headers.findIndex((header, index) => !taken.has(index) && names.has(headerKey(header)));
		if (column === -1) continue;
		mapping[field] = column;
		taken.add(column);
	}
	return mapping;
}

function headerKey(header: string): string {
	return foldVietnamese(header).replace(/[^a-z0-9]/g, '');
}

/**
 * Validates every row on its own, so one bad row never hides the good ones: the admin
 * sees all problems at once and fixes the file. Empty cells are left out of the cells
 * given to `toInput`, so `.optional()` fields accept them. Keep the field names in the
 * input `toInput` builds: a problem names its field by the column header in the file.
 */
export function mapRows<F extends string, T>(
	table: Table,
	mapping: ColumnMapping<F>,
	schema: z.ZodType<T>,
	toInput: (cells: Partial<Record<F, string>>, row: number) => unknown
): MappedRows<T> {
	const result: MappedRows<T> = { records: [], problems: [] };
	table.rows.forEach((cells, index) => {
		const row = table.rowNumbers[index];
		const input = toInput(mappedCells(cells, mapping), row);
		const parsed = schema.safeParse(input);
		if (parsed.success) {
			result.records.push({ row, value: parsed.data });
			return;
		}
		for (const issue of parsed.error.issues) {
			const field = issue.path.length > 0 ? String(issue.path[0]) : null;
			const problem = describeIssue(issue, input);
			const message =
				field === null
					? translate('vi', 'import.rowProblemNoField', { row, problem })
					: translate('vi', 'import.rowProblem', { row, field: fieldLabel(field, table, mapping), problem });
			result.problems.push({ row, field, message });
		}
	});
	return result;
}

function mappedCells<F extends string>(cells: string[], mapping: ColumnMapping<F>): Partial<Record<F, string>> {
	const picked: Partial<Record<F, string>> = {};
	for (const [field, column] of Object.entries(mapping) as [F, number | undefined][]) {
		const text = column === undefined ? '' : (cells[column] ?? '');
		if (text !== '') picked[field] = text;
	}
	return picked;
}

/** The admin knows the column by its header in their file, not by our field name. */
function fieldLabel<F extends string>(field: string, table: Table, mapping: ColumnMapping<F>): string {
	const column = mapping[field as F];
	return (column !== undefined && table.headers[column]) || field;
}
