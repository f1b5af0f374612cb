import type { Reducers } from '../apply-types';
import type { CheckInEvent } from './events';

export const checkInReducers: Pick<Reducers, CheckInEvent['type']> = {
	'checkin.recorded': (state, e) => ({ ...state!, attendance: { ...state!.attendance, [e.data.delegateId]: { at: e.at, via: e.data.via } } }),
	'checkin.undone': (state, e) => {
		const { [e.data.delegateId]: _undone, ...attendance } = state!.attendance;
		return { ...state!, attendance };
	}
};
