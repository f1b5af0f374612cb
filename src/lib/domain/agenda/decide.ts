import { domainError } from '../errors';
import { whileRunning } from '../meeting/status';
import { defineCommand } from '../registry';
import { setCurrentItemPayload } from './commands';

/** The chair moves through the programme; only while the meeting runs (projector follows). */
export const setCurrentItem = defineCommand({
	type: 'agenda.setCurrent',
	payload: setCurrentItemPayload,
	decide: (state, payload) => {
		const refused = whileRunning(state);
		if (refused) return refused;
		if (!state.agenda.some((item) => item.id === payload.itemId)) {
			return domainError('agenda_item_not_found');
		}
		if (state.currentItemId === payload.itemId) return [];
		return [{ type: 'agenda.currentSet', data: { itemId: payload.itemId } }];
	}
});

export const agendaCommands = [setCurrentItem];
