import * as z from 'zod';
import { collectedOpinionFields } from '../opinions/commands';
import { delegateFields } from '../delegates/commands';
import { meetingBasicsSchema } from '../meeting/commands';
import { optionalText, requiredText } from '../shared-schemas';
import type { MeetingState } from '../types';
import { agencyFields, agendaItemFields, calendarPayload, categoryFields, chairFields, personFields, planSettingsInput, unitFields } from './commands';

/**
 * The whole plan as one JSON document: the payload of `meeting.create`, the body of
 * `POST /api/meetings` and what `GET /api/meetings/:id` exports. Delegates name their
 * category and opinions their agency by name, so a person can write one by hand.
 */
export const planDocument = z.strictObject({
	basics: meetingBasicsSchema,
	plan: planSettingsInput
		.omit({ walkInCategoryId: true })
		.extend({
			chairs: z.array(chairFields).max(10),
			secretaries: z.array(personFields).max(10),
			/** The category walk-ins join, by name; empty: "Nhân dân" if there is one, else the first. */
			walkInCategory: optionalText(120)
		})
		.partial()
		.default({}),
	agenda: z.array(agendaItemFields).max(60).default([]),
	agencies: z.array(agencyFields).max(200).default([]),
	categories: z.array(categoryFields).max(30).default([]),
	units: z.array(unitFields).max(500).default([]),
	delegates: z
		.array(delegateFields.omit({ categoryId: true }).extend({ category: requiredText(120) }))
		.max(3000)
		.default([]),
	collectedOpinions: z
		.array(collectedOpinionFields.omit({ agencyId: true }).extend({ agency: optionalText(200) }))
		.max(2000)
		.default([]),
	calendar: calendarPayload.optional(),
	/** Fields of opinions (lĩnh vực) by name; missing: DOMAIN.md's common fields. */
	fields: z.array(requiredText(120)).min(1).max(50).optional()
});
export type PlanDocument = z.infer<typeof planDocument>;
export type PlanDocumentInput = z.input<typeof planDocument>;

/** The inverse of creation: ids and tokens left out, references by name. */
export function toPlanDocument(state: MeetingState): PlanDocument {
	const categoryName = new Map(state.categories.map((c) => [c.id, c.name]));
	const agencyName = new Map(state.agencies.map((a) => [a.id, a.shortName || a.name]));
	const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
	return {
		basics: state.basics,
		plan: (({ walkInCategoryId, ...plan }) => ({
			...plan,
			chairs: plan.chairs.map(strip),
			secretaries: plan.secretaries.map(strip),
			walkInCategory: walkInCategoryId ? (categoryName.get(walkInCategoryId) ?? '') : ''
		}))(state.plan),
		agenda: state.agenda.map(strip),
		agencies: state.agencies.map(strip),
		categories: state.categories.map(strip),
		units: state.units.map(strip),
		delegates: state.delegates.map(({ id: _id, token: _token, source: _source, walkInCommandId: _cmd, categoryId, ...d }) => ({
			...d,
			category: categoryName.get(categoryId) ?? ''
		})),
		collectedOpinions: state.collectedOpinions.map(({ id: _id, agencyId, ...o }) => ({ ...o, agency: agencyId ? (agencyName.get(agencyId) ?? '') : '' })),
		calendar: state.calendar
	};
}
