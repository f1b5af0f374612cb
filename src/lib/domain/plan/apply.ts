import type { Reducers } from '../apply-types';
import type { PlanEvent } from './events';

export const planReducers: Pick<Reducers, PlanEvent['type']> = {
	'plan.updated': (state, e) => ({ ...state!, plan: { ...state!.plan, ...e.data.changes } }),
	'agenda.itemsSet': (state, e) => ({ ...state!, agenda: e.data.items }),
	'agencies.set': (state, e) => ({ ...state!, agencies: e.data.agencies }),
	'categories.set': (state, e) => ({ ...state!, categories: e.data.categories }),
	'units.set': (state, e) => ({ ...state!, units: e.data.units }),
	'calendar.set': (state, e) => ({ ...state!, calendar: e.data.calendar })
};
