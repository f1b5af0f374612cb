import { COMMON_OPINION_FIELDS } from '$lib/domain/opinions/summary';
import { foldVietnamese, matchesQuery } from '$lib/domain/search';
import type { Agency, CollectedOpinion, PlannedHandling } from '$lib/domain/types';

/** Agency filter value for opinions no agency was assigned to (ids are hex, so no clash). */
export const NO_AGENCY = '-';

export interface OpinionFilter {
	query: string;
	/** '' = all fields; compared without tones or case, as the report groups them. */
	field: string;
	handling: PlannedHandling | '';
	/** '' = all, NO_AGENCY = not assigned yet, else an agency id. */
	agencyId: string;
}

export const NO_FILTER: OpinionFilter = { query: '', field: '', handling: '', agencyId: '' };

/**
 * The admin looks for "the opinion about the road in Cầu Mới" by any word they remember:
 * who raised it, the unit, the content, the answer or the agency, typed without tones.
 */
export function filterOpinions(opinions: readonly CollectedOpinion[], filter: OpinionFilter, agencies: readonly Agency[]): CollectedOpinion[] {
	const agencyById = new Map(agencies.map((a) => [a.id, a]));
	const field = foldVietnamese(filter.field);
	return opinions.filter((o) => {
		if (filter.field && foldVietnamese(o.field) !== field) return false;
		if (filter.handling && o.plannedHandling !== filter.handling) return false;
		if (filter.agencyId === NO_AGENCY ? o.agencyId !== null : filter.agencyId && o.agencyId !== filter.agencyId) return false;
		const agency = o.agencyId ? agencyById.get(o.agencyId) : undefined;
		return matchesQuery(filter.query, o.raisedBy, o.unit, o.field, o.content, o.preparedAnswer, agency?.name ?? '', agency?.shortName ?? '');
	});
}

/** Suggestions for the field box: the common fields, then any other the list already uses. */
export function fieldSuggestions(opinions: readonly CollectedOpinion[]): string[] {
	const seen = new Set<string>(COMMON_OPINION_FIELDS.map(foldVietnamese));
	const extra: string[] = [];
	for (const o of opinions) {
		const key = foldVietnamese(o.field);
		if (key && !seen.has(key)) {
			seen.add(key);
			extra.push(o.field.trim());
		}
	}
	return [...COMMON_OPINION_FIELDS, ...extra.sort((a, b) => a.localeCompare(b, 'vi'))];
}
