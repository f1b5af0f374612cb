import type { Reducers } from '../apply-types';

export const agendaReducers: Pick<Reducers, 'agenda.currentSet'> = {
	'agenda.currentSet': (state, e) => ({
		...state!,
		currentItemId: e.data.itemId,
		currentItemSince: e.data.itemId ? e.at : null
	})
};
