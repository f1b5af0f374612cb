import { LIST_SCREENS, seenBy, type EventsVisibility, type StateVisibility } from '../visibility';
import type { CollectedOpinionEvent } from './events';

/** The petitions collected beforehand carry names: the staff screens only, not the big screen or the phones ([V2]). */
export const collectedOpinionStateVisibility: Pick<StateVisibility, 'collectedOpinions'> = {
	collectedOpinions: { hidden: () => [], seen: seenBy(LIST_SCREENS, 'as-is') }
};

export const collectedOpinionEventVisibility: Pick<EventsVisibility, CollectedOpinionEvent['type']> = {
	'collectedOpinions.added': { seen: seenBy(LIST_SCREENS, 'as-is') },
	'collectedOpinion.updated': { seen: seenBy(LIST_SCREENS, 'as-is') },
	'collectedOpinion.removed': { seen: seenBy(LIST_SCREENS, 'as-is') }
};
