import type { Opinion, OutcomeKind } from './types';

/** The secretary's list filters: '' means any. `untagged` shows only "chưa phân loại". */
export interface OpinionFilter {
	outcome: OutcomeKind | 'untagged' | '';
	field: string;
	/** Lead or co-operating agency of an assignment, or the agency that answered. */
	agencyId: string;
}

export const NO_FILTER: OpinionFilter = { outcome: '', field: '', agencyId: '' };

function involvesAgency(o: Opinion, agencyId: string): boolean {
	if (o.answers.some((a) => a.by.kind === 'agency' && a.by.agencyId === agencyId)) return true;
	return o.outcome?.kind === 'assigned' && (o.outcome.leadAgencyId === agencyId || o.outcome.coAgencyIds.includes(agencyId));
}

export function filterOpinions(opinions: readonly Opinion[], filter: OpinionFilter): Opinion[] {
	return opinions.filter(
		(o) =>
			(!filter.outcome || (filter.outcome === 'untagged' ? o.outcome === null : o.outcome?.kind === filter.outcome)) &&
			(!filter.field || o.field === filter.field) &&
			(!filter.agencyId || involvesAgency(o, filter.agencyId))
	);
}

export type OutcomeCounts = Record<OutcomeKind | 'untagged', number> & { total: number };

/** [N14] Live counts per outcome; an untagged opinion is counted as "chưa phân loại". */
export function outcomeCounts(opinions: readonly Opinion[]): OutcomeCounts {
	const counts: OutcomeCounts = { total: opinions.length, untagged: 0, answered: 0, assigned: 0, reported: 0, accepted: 0, out_of_scope: 0 };
	for (const o of opinions) counts[o.outcome?.kind ?? 'untagged']++;
	return counts;
}

/** The fields in use, for the filter: the opinions' own words, sorted. */
export function fieldsInUse(opinions: readonly Opinion[]): string[] {
	return [...new Set(opinions.map((o) => o.field).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * [N8] How many distinct opinions the meeting heard: a spoken opinion linked to a collected
 * one is the same petition, so collected opinions taken up or repeated count once.
 */
export function distinctPetitions(opinions: readonly Opinion[]): number {
	const linked = new Set(opinions.map((o) => o.linkedCollectedId).filter((id): id is string => id !== null));
	return opinions.filter((o) => o.linkedCollectedId === null).length + linked.size;
}
