import { foldVietnamese, matchesQuery } from '../search';
import type { Delegate, DelegateCategory, Unit } from '../types';

export interface DelegateFilter {
	/** Typed with or without tones: "nguyen van an" finds "Nguyễn Văn An". */
	query: string;
	/** '' for every category. */
	categoryId: string;
	/** '' for every unit. */
	unit: string;
}

/** The admin's and the help desk's search: name, title and unit; the phone is searched too (last digits). */
export function filterDelegates(delegates: Delegate[], filter: DelegateFilter): Delegate[] {
	const unit = foldVietnamese(filter.unit);
	return delegates.filter(
		(d) =>
			(!filter.categoryId || d.categoryId === filter.categoryId) &&
			(!unit || foldVietnamese(d.unit) === unit) &&
			matchesQuery(filter.query, d.fullName, d.title, d.unit, d.phone ?? '')
	);
}

export interface CategoryCount {
	id: string;
	name: string;
	expected: number;
	count: number;
}

/** Delegates on the list per category against the plan's expected numbers. */
export function countByCategory(delegates: Delegate[], categories: DelegateCategory[]): CategoryCount[] {
	return categories.map((c) => ({ ...c, count: delegates.filter((d) => d.categoryId === c.id).length }));
}

/**
 * Every unit a delegate may belong to: the plan's units, then those typed on delegates,
 * once each (tones and case ignored), in Vietnamese alphabetical order.
 */
export function unitNames(delegates: Delegate[], units: Unit[]): string[] {
	const seen = new Map<string, string>();
	for (const name of [...units.map((u) => u.name), ...delegates.map((d) => d.unit)]) {
		const key = foldVietnamese(name);
		if (key && !seen.has(key)) seen.set(key, name);
	}
	return [...seen.values()].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
}

/**
 * How many rows of an import already stand on the list (same name and unit, tones and
 * case ignored). Importing the same file twice is the usual slip; namesakes are real, so
 * this warns and does not refuse.
 */
export function alreadyListed(rows: Pick<Delegate, 'fullName' | 'unit'>[], delegates: Delegate[]): number {
	const key = (d: Pick<Delegate, 'fullName' | 'unit'>) => `${foldVietnamese(d.fullName)}|${foldVietnamese(d.unit)}`;
	const listed = new Set(delegates.map(key));
	return rows.filter((row) => listed.has(key(row))).length;
}

/**
 * "Chức vụ, đơn vị" as a person is introduced. A title often names its unit already
 * ("Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"): the unit is not repeated then.
 */
export function titleAndUnit(title: string | null | undefined, unit: string | null | undefined, separator = ', '): string {
	const t = (title ?? '').trim();
	const u = (unit ?? '').trim();
	if (t && u && foldVietnamese(t).includes(foldVietnamese(u))) return t;
	return [t, u].filter(Boolean).join(separator);
}
