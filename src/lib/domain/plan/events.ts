import type { Agency, AgendaItem, DelegateCategory, HolidayCalendar, PlanSettings, Unit } from '../types';

export type PlanEvent =
	| { type: 'plan.updated'; data: { changes: Partial<PlanSettings> } }
	| { type: 'agenda.itemsSet'; data: { items: AgendaItem[] } }
	| { type: 'agencies.set'; data: { agencies: Agency[] } }
	| { type: 'categories.set'; data: { categories: DelegateCategory[] } }
	| { type: 'units.set'; data: { units: Unit[] } }
	| { type: 'calendar.set'; data: { calendar: HolidayCalendar } };
