import { foldVietnamese } from '../search';
import { PLANNED_HANDLINGS, type CollectedOpinion, type PlannedHandling } from '../types';

/**
 * The fields (lĩnh vực) offices usually sort petitions into (DOMAIN.md). They are stored in
 * the opinion as typed, in Vietnamese, because they head the printed report; the list only
 * suggests and orders, a meeting may use any other field.
 */
export const COMMON_OPINION_FIELDS = [
	'Đất đai',
	'Xây dựng',
	'Giao thông',
	'Môi trường',
	'An ninh trật tự',
	'An sinh xã hội, chính sách',
	'Y tế',
	'Giáo dục',
	'Nông nghiệp',
	'Cán bộ, thủ tục hành chính'
] as const;

export interface FieldGroup {
	/** As first written in the list; opinions whose fields differ only in tones or case share it. */
	field: string;
	opinions: CollectedOpinion[];
}

export interface HandlingGroup {
	handling: PlannedHandling;
	fields: FieldGroup[];
	count: number;
}

export interface OpinionSummary {
	/** Every planned handling, in the dossier's order, even when empty (the report shows 0). */
	byHandling: HandlingGroup[];
	/** Fields in the common order first, then the others alphabetically; "" (no field) last. */
	fields: string[];
	/** counts[field][handling], for the table at the top of the report. */
	counts: Record<string, Record<PlannedHandling, number>>;
	total: number;
}

/**
 * Groups the collected opinions the way the dossier is filed (seed plans, DOMAIN.md):
 * first by planned handling (answered at the meeting / checked and answered later /
 * reported upward), inside each by field; plus the field × handling counts with totals.
 */
export function summarizeOpinions(opinions: readonly CollectedOpinion[]): OpinionSummary {
	const fieldName = new Map<string, string>();
	for (const o of opinions) {
		const key = fieldKey(o.field);
		if (!fieldName.has(key)) fieldName.set(key, o.field.trim());
	}
	const fields = [...fieldName.keys()].sort(compareFieldKeys).map((key) => fieldName.get(key)!);
	const counts: OpinionSummary['counts'] = {};
	for (const field of fields) counts[field] = Object.fromEntries(PLANNED_HANDLINGS.map((h) => [h, 0])) as Record<PlannedHandling, number>;
	for (const o of opinions) counts[fieldName.get(fieldKey(o.field))!][o.plannedHandling] += 1;

	const byHandling = PLANNED_HANDLINGS.map((handling) => {
		const mine = opinions.filter((o) => o.plannedHandling === handling);
		const groups = fields
			.map((field) => ({ field, opinions: mine.filter((o) => fieldKey(o.field) === fieldKey(field)) }))
			.filter((g) => g.opinions.length > 0);
		return { handling, fields: groups, count: mine.length };
	});
	return { byHandling, fields, counts, total: opinions.length };
}

/** Row total of the counts table. */
export function fieldTotal(summary: OpinionSummary, field: string): number {
	return PLANNED_HANDLINGS.reduce((n, h) => n + (summary.counts[field]?.[h] ?? 0), 0);
}

const fieldKey = (field: string) => foldVietnamese(field);
const COMMON_KEYS: string[] = COMMON_OPINION_FIELDS.map(fieldKey);

function compareFieldKeys(a: string, b: string): number {
	if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
	const ia = COMMON_KEYS.indexOf(a);
	const ib = COMMON_KEYS.indexOf(b);
	if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
	return a.localeCompare(b);
}
