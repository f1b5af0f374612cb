import { domainError } from '../errors';
import { agenciesInUse } from './agencies-in-use';
import type { Chair } from '../types';
import { defineCommand } from '../registry';
import { whileEditable } from '../meeting/status';
import { agenciesPayload, agendaItemsPayload, calendarPayload, categoriesPayload, planUpdatePayload, unitsPayload } from './commands';
import { assignIds } from './ids';
import { usualPresentersFilled } from '../agenda/usual-programme';


const sortedUnique = (dates: string[]) => [...new Set(dates)].sort();

export const updatePlan = defineCommand({
	type: 'plan.update',
	payload: planUpdatePayload,
	decide: (state, payload, ctx) => {
		const changes = { ...payload } as Record<string, unknown>;
		if (payload.chairs) changes.chairs = assignIds(payload.chairs, state.plan.chairs, ctx.newId);
		if (payload.secretaries) changes.secretaries = assignIds(payload.secretaries, state.plan.secretaries, ctx.newId);
		if (payload.walkInCategoryId && !state.categories.some((c) => c.id === payload.walkInCategoryId)) return domainError('category_not_found');
		// [P10] The usual programme taken before the chairs were known gets its presenters now.
		const filled = payload.chairs ? usualPresentersFilled(state.agenda, changes.chairs as Chair[]) : null;
		return (
			whileEditable(state) ?? [{ type: 'plan.updated', data: { changes } }, ...(filled ? [{ type: 'agenda.itemsSet' as const, data: { items: filled } }] : [])]
		);
	}
});

/** Replaces the programme: add, remove, reorder. The item being run cannot disappear. */
export const setAgendaItems = defineCommand({
	type: 'agenda.setItems',
	payload: agendaItemsPayload,
	decide: (state, payload, ctx) => {
		const items = assignIds(payload.items, state.agenda, ctx.newId);
		if (state.status === 'running' && state.currentItemId && !items.some((i) => i.id === state.currentItemId)) {
			return domainError('agenda_item_in_use');
		}
		return whileEditable(state) ?? [{ type: 'agenda.itemsSet', data: { items } }];
	}
});

export const setAgencies = defineCommand({
	type: 'agencies.set',
	payload: agenciesPayload,
	decide: (state, payload, ctx) => {
		const agencies = assignIds(payload.agencies, state.agencies, ctx.newId);
		const kept = new Set(agencies.map((a) => a.id));
		const used = [...agenciesInUse(state)].find((id) => !kept.has(id));
		if (used) return domainError('agency_in_use', { name: state.agencies.find((a) => a.id === used)?.name ?? '' });
		return whileEditable(state) ?? [{ type: 'agencies.set', data: { agencies } }];
	}
});

export const setCategories = defineCommand({
	type: 'categories.set',
	payload: categoriesPayload,
	decide: (state, payload, ctx) => {
		const categories = assignIds(payload.categories, state.categories, ctx.newId);
		const kept = new Set(categories.map((c) => c.id));
		const used = state.delegates.find((d) => !kept.has(d.categoryId));
		if (used) return domainError('category_in_use', { name: state.categories.find((c) => c.id === used.categoryId)?.name ?? '' });
		return whileEditable(state) ?? [{ type: 'categories.set', data: { categories } }];
	}
});

export const setUnits = defineCommand({
	type: 'units.set',
	payload: unitsPayload,
	decide: (state, payload, ctx) =>
		whileEditable(state) ?? [{ type: 'units.set', data: { units: assignIds(payload.units, state.units, ctx.newId) } }]
});

/** The admin's holiday table edits (announced swaps, next year's Tết) land here whole. */
export const setCalendar = defineCommand({
	type: 'calendar.set',
	payload: calendarPayload,
	decide: (state, payload) => {
		const daysOff = sortedUnique(payload.daysOff);
		const off = new Set(daysOff);
		const extraWorkdays = sortedUnique(payload.extraWorkdays).filter((d) => !off.has(d));
		return whileEditable(state) ?? [{ type: 'calendar.set', data: { calendar: { daysOff, extraWorkdays } } }];
	}
});

export const planCommands = [updatePlan, setAgendaItems, setAgencies, setCategories, setUnits, setCalendar];
