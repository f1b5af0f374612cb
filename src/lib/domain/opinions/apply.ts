import type { Reducers } from '../apply-types';
import type { CollectedOpinionEvent } from './events';

export const collectedOpinionReducers: Pick<Reducers, CollectedOpinionEvent['type']> = {
	'collectedOpinions.added': (state, e) => ({ ...state!, collectedOpinions: [...state!.collectedOpinions, ...e.data.opinions] }),
	'collectedOpinion.updated': (state, e) => ({
		...state!,
		collectedOpinions: state!.collectedOpinions.map((o) => (o.id === e.data.id ? { ...o, ...e.data.changes } : o))
	}),
	'collectedOpinion.removed': (state, e) => ({ ...state!, collectedOpinions: state!.collectedOpinions.filter((o) => o.id !== e.data.id) })
};
