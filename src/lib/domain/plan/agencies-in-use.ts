import type { MeetingState } from '../types';

/**
 * Every agency the meeting refers to: collected opinions' preparers, requests and written
 * opinions addressed to one, answers given by one, assignments (lead and co-operating).
 * Removing one of these from the list would leave the minutes and documents naming nobody.
 */
export function agenciesInUse(state: MeetingState): Set<string> {
	const ids: (string | null)[] = [
		...state.collectedOpinions.map((o) => o.agencyId),
		...state.queue.requests.map((r) => r.agencyId),
		...state.queue.writtenOpinions.map((o) => o.agencyId)
	];
	for (const o of state.minutes.opinions) {
		for (const a of o.answers) if (a.by.kind === 'agency') ids.push(a.by.agencyId);
		if (o.outcome?.kind === 'assigned') ids.push(o.outcome.leadAgencyId, ...o.outcome.coAgencyIds);
	}
	return new Set(ids.filter((id): id is string => Boolean(id)));
}
