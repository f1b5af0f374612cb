import * as z from 'zod';
import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import { withFieldLabels } from '../import/field-labels';
import { mapRows, type ColumnMapping, type MappedRows } from '../import/map-rows';
import type { Table } from '../import/table-types';
import { cellKey, idByName, readChoice, type ChoiceWords } from '../import/value-choices';
import { foldVietnamese } from '../search';
import { SALUTATIONS, type DelegateCategory, type Salutation } from '../types';
import { delegateFields, type DelegateInput } from './commands';

/**
 * Header names seen in commune delegate lists, for `guessMapping`. Field names are the
 * command's, so a row problem names the admin's own column header.
 */
export const DELEGATE_COLUMNS = {
	salutation: ['Danh xưng', 'Xưng hô', 'Ông/Bà', 'Giới tính', 'Salutation'],
	fullName: ['Họ và tên', 'Họ tên', 'Tên đại biểu', 'Đại biểu', 'Full name', 'Name'],
	title: ['Chức vụ', 'Chức danh', 'Chức vụ, chức danh', 'Title', 'Position'],
	unit: ['Đơn vị', 'Thôn / Tổ dân phố', 'Tổ dân phố', 'Thôn', 'Cơ quan', 'Nơi công tác', 'Địa chỉ', 'Unit'],
	categoryId: ['Thành phần', 'Thành phần đại biểu', 'Loại đại biểu', 'Nhóm', 'Category'],
	phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Số ĐT', 'ĐT', 'Phone']
} satisfies Record<keyof DelegateInput, string[]>;
export type DelegateColumn = keyof typeof DELEGATE_COLUMNS;
export const REQUIRED_DELEGATE_COLUMNS: DelegateColumn[] = ['fullName'];

const SALUTATION_WORDS: ChoiceWords<Salutation> = { Ông: ['Ông', 'Nam', 'Mr'], Bà: ['Bà', 'Nữ', 'Mrs', 'Ms'], Cụ: ['Cụ'] };

/**
 * A phone typed into Excel as a number loses its leading 0 (0912345678 → 912345678).
 * Vietnamese mobile and landline numbers without the 0 have 9 digits: put it back.
 */
export function restorePhone(text: string): string {
	const digits = text.replace(/[\s.\-()]/g, '');
	return /^\d{9}$/.test(digits) ? `0${digits}` : text;
}

/** Lists often write "Ông Nguyễn Văn An" in one cell; the salutation is taken from the name then. */
export function splitSalutation(fullName: string): { salutation: Salutation | null; name: string } {
	const match = /^(ông|bà|cụ)\s+(.+)$/iu.exec(fullName.normalize('NFC').trim());
	if (!match) return { salutation: null, name: fullName.normalize('NFC').trim() };
	const word = match[1].toLowerCase();
	return { salutation: word === 'ông' ? 'Ông' : word === 'bà' ? 'Bà' : 'Cụ', name: match[2] };
}

/** A middle name "Thị" is a woman's: "Nguyễn Thị Lan", "Phạm Thị Thu Hương". Nothing else is guessed. */
export function salutationFromName(name: string): Salutation | null {
	const words = name.normalize('NFC').trim().split(/\s+/);
	return words.slice(1, -1).some((w) => w.toLowerCase() === 'thị') ? 'Bà' : null;
}

/**
 * How the salutation is found when the list has no such column (most office lists):
 * the clerk's choice for that row, else the file's column, else "Ông/Bà/Cụ" before the
 * name, else a middle name "Thị", else the clerk's default.
 */
export interface SalutationChoices {
	fallback: Salutation | null;
	byRow: Record<number, Salutation>;
}
const NO_CHOICES: SalutationChoices = { fallback: null, byRow: {} };

/**
 * The category written in the file, matched by name with diacritics and case ignored.
 * "Nhân dân" also finds "Đại biểu Nhân dân": lists per category often drop the prefix.
 */
export function categoryIdByName(categories: DelegateCategory[], name: string): string | null {
	const withoutPrefix = (text: string) => text.replace(/^\s*đại\s+biểu\s+/iu, '');
	return idByName(categories.map((c) => ({ id: c.id, aliases: [c.name, withoutPrefix(c.name)] })), withoutPrefix(name.normalize('NFC')));
}

/**
 * Turns the file's rows into `delegates.import` entries. Each row is checked on its own;
 * an unknown category is a row problem. `defaultCategoryId` fills rows without a category
 * (a list that holds one category only has no such column).
 */
export function mapDelegateRows(
	table: Table,
	mapping: ColumnMapping<DelegateColumn>,
	categories: DelegateCategory[],
	defaultCategoryId: string | null = null,
	salutations: SalutationChoices = NO_CHOICES
): MappedRows<DelegateInput> {
	const known = new Set(categories.map((c) => c.id));
	const names = categories.map((c) => c.name).join(', ');
	const schema = delegateFields.extend({
		salutation: z.custom<Salutation>((value) => SALUTATIONS.includes(value as Salutation), translate('vi', 'import.problem.salutationUnknown')),
		categoryId: z.string().superRefine((value, ctx) => {
			if (!known.has(value)) ctx.addIssue({ code: 'custom', message: translate('vi', 'import.problem.unknownCategory', { name: value, known: names }) });
		})
	});
	const result = mapRows(table, mapping, schema, (cells, row) => {
		const named = splitSalutation(cells.fullName ?? '');
		const written = cells.salutation ? readChoice(cells.salutation, SALUTATION_WORDS) : undefined;
		const category = cells.categoryId ? (categoryIdByName(categories, cells.categoryId) ?? cells.categoryId) : defaultCategoryId;
		return {
			salutation: salutations.byRow[row] ?? written ?? named.salutation ?? salutationFromName(named.name) ?? salutations.fallback ?? undefined,
			fullName: named.name || undefined,
			title: cells.title?.normalize('NFC'),
			unit: cells.unit?.normalize('NFC'),
			categoryId: category ?? undefined,
			phone: cells.phone ? restorePhone(cells.phone) : undefined
		};
	});
	return withFieldLabels(result, mapping, delegateColumnLabels('vi'));
}

export function delegateColumnLabels(lang: Lang): Record<DelegateColumn, string> {
	const keys = Object.keys(DELEGATE_COLUMNS) as DelegateColumn[];
	return Object.fromEntries(keys.map((key) => [key, translate(lang, `delegate.field.${key}`)])) as Record<DelegateColumn, string>;
}

/** A title or unit that marks a woman: the Women's Union ("Hội Liên hiệp Phụ nữ", "Chi hội phụ nữ"). */
const WOMEN_MARKER = /\bphu nu\b/;

/**
 * The salutations guessed for the rows where the list does not tell (no column, nothing
 * before the name, no middle name "Thị"), offered to the clerk to confirm in one click:
 * Bà for a woman's title or unit (the Women's Union), Ông for the rest. Only for a list that
 * is otherwise clean: with any other problem, or a salutation cell written in a way we cannot
 * read ("Chị"), nothing is guessed. Null when there is nothing to guess.
 */
export function guessSalutations(table: Table, mapping: ColumnMapping<DelegateColumn>, mapped: MappedRows<DelegateInput>): Record<number, Salutation> | null {
	const unclear = mapped.problems.filter((p) => p.field === 'salutation');
	if (unclear.length === 0 || mapped.problems.some((p) => p.field !== 'salutation')) return null;
	const cellOf = (row: number, field: DelegateColumn) => {
		const column = mapping[field];
		return column === undefined ? '' : (table.rows[table.rowNumbers.indexOf(row)]?.[column] ?? '').trim();
	};
	if (unclear.some((p) => cellOf(p.row, 'salutation') !== '')) return null;
	return Object.fromEntries(
		unclear.map((p) => [p.row, WOMEN_MARKER.test(foldVietnamese(`${cellOf(p.row, 'title')} ${cellOf(p.row, 'unit')}`)) ? 'Bà' : 'Ông'])
	);
}

/**
 * The categories written in the file that the plan does not have, each once (as first
 * written) with how many rows name it: offered as "Thêm thành phần này".
 */
export function unknownCategories(table: Table, mapping: ColumnMapping<DelegateColumn>, categories: DelegateCategory[]): { name: string; rows: number }[] {
	const column = mapping.categoryId;
	if (column === undefined) return [];
	const found = new Map<string, { name: string; rows: number }>();
	for (const cells of table.rows) {
		const name = (cells[column] ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
		const key = cellKey(name);
		if (!key || categoryIdByName(categories, name)) continue;
		const seen = found.get(key);
		if (seen) seen.rows++;
		else found.set(key, { name, rows: 1 });
	}
	return [...found.values()];
}
