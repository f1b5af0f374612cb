import { startingState } from './starting-state';
import type { Reducers } from '../apply-types';

export const meetingReducers: Pick<
	Reducers,
	'meeting.created' | 'meeting.basicsEdited' | 'meeting.started' | 'meeting.ended'
> = {
	'meeting.created': (_state, e) => startingState(e.data),
	'meeting.basicsEdited': (state, e) => ({ ...state!, basics: e.data.basics }),
	'meeting.started': (state, e) => ({ ...state!, status: 'running', startedAt: e.at }),
	'meeting.ended': (state, e) => ({ ...state!, status: 'ended', endedAt: e.at })
};
