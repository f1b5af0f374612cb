import type { Reducers } from '../apply-types';

export const agendaReducers: Pick<Reducers, 'agenda.currentSet'> = {
	'agenda.currentSet': (state, e) => ({
		...state!,
		currentItemId: e.data.itemId,
		currentItemSince: e.data.itemId ? e.at : null,
		// The minutes list the programme as it ran: when each item first began.
		itemStartedAt: e.data.itemId && !(e.data.itemId in state!.itemStartedAt) ? { ...state!.itemStartedAt, [e.data.itemId]: e.at } : state!.itemStartedAt
	})
};
