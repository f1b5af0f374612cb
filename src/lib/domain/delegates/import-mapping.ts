import * as z from 'zod';
import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import { withFieldLabels } from '../import/field-labels';
import { mapRows, type ColumnMapping, type MappedRows } from '../import/map-rows';
import type { Table } from '../import/table-types';
import { idByName, readChoice, type ChoiceWords } from '../import/value-choices';
import type { DelegateCategory, Salutation } from '../types';
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

const SALUTATION_WORDS: ChoiceWords<Salutation> = { Ông: ['Ông', 'Nam', 'Mr'], Bà: ['Bà', 'Nữ', 'Mrs', 'Ms'] };

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
	const match = /^(ông|bà)\s+(.+)$/iu.exec(fullName.normalize('NFC').trim());
	if (!match) return { salutation: null, name: fullName.normalize('NFC').trim() };
	return { salutation: match[1].toLowerCase() === 'ông' ? 'Ông' : 'Bà', name: match[2] };
}

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
	defaultCategoryId: string | null = null
): MappedRows<DelegateInput> {
	const known = new Set(categories.map((c) => c.id));
	const names = categories.map((c) => c.name).join(', ');
	const schema = delegateFields.extend({
		categoryId: z.string().superRefine((value, ctx) => {
			if (!known.has(value)) ctx.addIssue({ code: 'custom', message: translate('vi', 'import.problem.unknownCategory', { name: value, known: names }) });
		})
	});
	const result = mapRows(table, mapping, schema, (cells) => {
		const named = splitSalutation(cells.fullName ?? '');
		const category = cells.categoryId ? (categoryIdByName(categories, cells.categoryId) ?? cells.categoryId) : defaultCategoryId;
		return {
			salutation: cells.salutation ? readChoice(cells.salutation, SALUTATION_WORDS) : (named.salutation ?? undefined),
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
