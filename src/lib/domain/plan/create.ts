import { builtInCalendar } from '../workdays/holidays';
import { domainError, type DomainError } from '../errors';
import { foldVietnamese } from '../search';
import type { DecideContext } from '../types';
import type { PlannedMeeting } from '../meeting/starting-state';
import { translate } from '../../i18n/translate';
import { defaultPlan } from './defaults';
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
	const problems: string[] = [];

	const delegates = doc.delegates.map(({ category, ...d }, i) => {
		const categoryId = categoryByName.get(foldVietnamese(category));
		if (!categoryId) problems.push(translate('vi', 'problem.unknownCategory', { field: `delegates.${i}.category`, name: category }));
		return { ...d, id: ctx.newId(), token: ctx.newToken(), source: 'list' as const, categoryId: categoryId ?? '' };
	});
	const collectedOpinions = doc.collectedOpinions.map(({ agency, ...o }, i) => {
		const agencyId = agency ? agencyByName.get(foldVietnamese(agency)) : null;
		if (agency && !agencyId) problems.push(translate('vi', 'problem.unknownAgency', { field: `collectedOpinions.${i}.agency`, name: agency }));
		return { ...o, id: ctx.newId(), agencyId: agencyId ?? null };
	});
	const { walkInCategory, ...planFields } = doc.plan;
	const walkInCategoryId = walkInCategory ? (categoryByName.get(foldVietnamese(walkInCategory)) ?? null) : null;
	if (walkInCategory && !walkInCategoryId) problems.push(translate('vi', 'problem.unknownCategory', { field: 'plan.walkInCategory', name: walkInCategory }));
	if (problems.length) {
		const more = problems.length > 5 ? ` (+${problems.length - 5})` : '';
		return domainError('invalid_command', { details: problems.slice(0, 5).join('; ') + more });
	}
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
		calendar: doc.calendar ?? builtInCalendar()
	};
}
