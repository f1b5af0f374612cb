import type { Reducers } from '../apply-types';
import type { Delegate, MeetingState } from '../types';
import type { DelegateEvent } from './events';

/** Projected views may lack a delegate: updating one that is not there changes nothing. */
const mapDelegate = (state: MeetingState, id: string, fn: (d: Delegate) => Delegate): MeetingState => ({
	...state,
	delegates: state.delegates.map((d) => (d.id === id ? fn(d) : d))
});

export const delegateReducers: Pick<Reducers, DelegateEvent['type']> = {
	'delegates.added': (state, e) => ({ ...state!, delegates: [...state!.delegates, ...e.data.delegates] }),
	'delegate.updated': (state, e) => mapDelegate(state!, e.data.id, (d) => ({ ...d, ...e.data.changes })),
	'delegate.removed': (state, e) => ({ ...state!, delegates: state!.delegates.filter((d) => d.id !== e.data.id) }),
	'invitation.reissued': (state, e) => mapDelegate(state!, e.data.delegateId, (d) => ({ ...d, token: e.data.token }))
};
