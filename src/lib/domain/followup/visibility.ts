import type { Role } from '../types';
import { seenBy, type EventsVisibility, type StateVisibility } from '../visibility';
import type { FollowUpEvent } from './events';
import { emptyFollowUp } from './types';

/**
 * After the meeting: the written answers, the citizens informed, later petitions (they carry a
 * citizen's text). The follow-up is the office's work (admin, chair, secretary). The hall's
 * other screens (desk, projector, phones, walk-in form) get nothing of it; the agency's link
 * and the public page read their own allow-listed views (`agency-view.ts`, `public-view.ts`),
 * never the socket, so they are named here neither.
 */
const FOLLOWS_UP: readonly Role[] = ['chair', 'secretary'];

export const followUpStateVisibility: Pick<StateVisibility, 'followUp'> = {
	followUp: { hidden: emptyFollowUp, seen: seenBy(FOLLOWS_UP, 'as-is') }
};

export const followUpEventVisibility: Pick<EventsVisibility, FollowUpEvent['type']> = {
	'followUp.answerRecorded': { seen: seenBy(FOLLOWS_UP, 'as-is') },
	'followUp.answerRemoved': { seen: seenBy(FOLLOWS_UP, 'as-is') },
	'followUp.informed': { seen: seenBy(FOLLOWS_UP, 'as-is') },
	'followUp.petitionLinked': { seen: seenBy(FOLLOWS_UP, 'as-is') },
	'followUp.petitionUnlinked': { seen: seenBy(FOLLOWS_UP, 'as-is') },
	'followUp.publicResultsSet': { seen: seenBy(FOLLOWS_UP, 'as-is') }
};
