import { HALL_SCREENS, seenBy, type EventsVisibility, type StateVisibility } from '../visibility';

/** Which programme item runs and since when: every screen in the hall shows it. */
export const agendaStateVisibility: Pick<StateVisibility, 'currentItemId' | 'currentItemSince' | 'itemStartedAt'> = {
	currentItemId: { hidden: () => null, seen: seenBy(HALL_SCREENS, 'as-is') },
	currentItemSince: { hidden: () => null, seen: seenBy(HALL_SCREENS, 'as-is') },
	itemStartedAt: { hidden: () => ({}), seen: seenBy(HALL_SCREENS, 'as-is') }
};

export const agendaEventVisibility: Pick<EventsVisibility, 'agenda.currentSet'> = {
	'agenda.currentSet': { seen: seenBy(HALL_SCREENS, 'as-is') }
};
