import type { Reducers } from '../apply-types';

export const meetingReducers: Pick<
	Reducers,
	'meeting.created' | 'meeting.basicsEdited' | 'meeting.started' | 'meeting.ended'
> = {
	'meeting.created': (_state, e) => ({
		...e.data,
		attendance: {},
		status: 'planned',
		startedAt: null,
		endedAt: null,
		currentItemId: null,
		currentItemSince: null
	}),
	'meeting.basicsEdited': (state, e) => ({ ...state!, basics: e.data.basics }),
	'meeting.started': (state, e) => ({ ...state!, status: 'running', startedAt: e.at }),
	'meeting.ended': (state, e) => ({ ...state!, status: 'ended', endedAt: e.at })
};
