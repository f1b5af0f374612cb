import { builtInCalendar } from '../workdays/holidays';
import { domainError, type DomainError } from '../errors';
import { foldVietnamese } from '../search';
import type { DecideContext } from '../types';
import type { PlannedMeeting } from '../meeting/starting-state';
import { translate } from '../../i18n/translate';
import { defaultPlan } from './defaults';
import { defaultFields } from '../queue/defaults';
import type { PlanDocument } from './document';

/** What a plan document makes; the rest of a new meeting is `hallStart()`. */
export type InitialMeeting = PlannedMeeting;

/**
 * Turns a plan document into the new meeting: ids and tokens made, category and agency
 * names resolved (diacritics and case ignored). Unknown names are reported all at once.
 */
export function buildMeeting(doc: PlanDocument, ctx: DecideContext): InitialMeeting | DomainError {
	const withId = <T extends object>(x: T) => ({ ...x, id: ctx.newId() });
	const categories = doc.categories.map(withId);
	const agencies = doc.agencies.map(withId);
	const categoryByName = new Map(categories.map((c) => [foldVietnamese(c.name), c.id]));
	const agencyByName = new Map(agencies.flatMap((a) => [[foldVietnamese(a.name), a.id] as const, [foldVietnamese(a.shortName), a.id] as const]));
	const unknown = unknownNames(doc);
	if (unknown.length) {
		const problems = unknown.map(({ path, kind, name }) => translate('vi', kind === 'category' ? 'problem.unknownCategory' : 'problem.unknownAgency', { field: path, name }));
		const more = problems.length > 5 ? ` (+${problems.length - 5})` : '';
		return domainError('invalid_command', { details: problems.slice(0, 5).join('; ') + more });
	}
	const delegates = doc.delegates.map(({ category, ...d }) => {
		const categoryId = categoryByName.get(foldVietnamese(category)) ?? '';
		return { ...d, id: ctx.newId(), token: ctx.newToken(), source: 'list' as const, categoryId };
	});
	const collectedOpinions = doc.collectedOpinions.map(({ agency, ...o }) => ({ ...o, id: ctx.newId(), agencyId: (agency && agencyByName.get(foldVietnamese(agency))) || null }));
	const { walkInCategory, ...planFields } = doc.plan;
	const walkInCategoryId = walkInCategory ? (categoryByName.get(foldVietnamese(walkInCategory)) ?? null) : null;
	const defaults = defaultPlan();
	return {
		id: ctx.meetingId,
		basics: { ...doc.basics, bannerLines: doc.basics.bannerLines.filter(Boolean) },
		plan: {
			...defaults,
			...planFields,
			chairs: (planFields.chairs ?? []).map(withId),
			secretaries: (planFields.secretaries ?? []).map(withId),
			walkInCategoryId
		},
		agenda: doc.agenda.map(withId),
		agencies,
		categories,
		units: doc.units.map(withId),
		delegates,
		collectedOpinions,
		calendar: doc.calendar ?? builtInCalendar(),
		fields: doc.fields ? doc.fields.map((name) => ({ id: ctx.newId(), name })) : defaultFields()
	};
}

/** A category or agency name in a plan document that matches nothing. */
export interface UnknownName {
	path: string;
	kind: 'category' | 'agency';
	name: string;
}

/**
 * Every name of a plan document that matches no category or agency (tones and case ignored):
 * `meeting.create` refuses the document with them, and the API lists them all.
 */
export function unknownNames(doc: PlanDocument): UnknownName[] {
	const categories = new Set(doc.categories.map((c) => foldVietnamese(c.name)));
	const agencies = new Set(doc.agencies.flatMap((a) => [foldVietnamese(a.name), foldVietnamese(a.shortName)]));
	const unknown: UnknownName[] = [];
	doc.delegates.forEach(({ category }, i) => {
		if (!categories.has(foldVietnamese(category))) unknown.push({ path: `delegates.${i}.category`, kind: 'category', name: category });
	});
	doc.collectedOpinions.forEach(({ agency }, i) => {
		if (agency && !agencies.has(foldVietnamese(agency))) unknown.push({ path: `collectedOpinions.${i}.agency`, kind: 'agency', name: agency });
	});
	const walkIn = doc.plan.walkInCategory;
	if (walkIn && !categories.has(foldVietnamese(walkIn))) unknown.push({ path: 'plan.walkInCategory', kind: 'category', name: walkIn });
	return unknown;
}
