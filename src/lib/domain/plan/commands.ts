import * as z from 'zod';
import { entityId, isoDate, optionalText, requiredText, updateOf, withOptionalId } from '../shared-schemas';
import { queueSettingsInput } from '../queue/commands';
import { AGENDA_ITEM_TYPES, MEETING_HOSTS, MEETING_KINDS, UNIT_KINDS } from '../types';

/* Each entity has its fields (for documents, no ids) and its input (may name the id it edits). */
export const personFields = z.strictObject({ name: requiredText(120), title: optionalText(200) });
export const chairFields = personFields.extend({ position: z.enum(['chair', 'deputy']).default('chair') });
export const personInput = personFields.extend(withOptionalId);
export const chairInput = chairFields.extend(withOptionalId);

export const planSettingsInput = z.strictObject({
	kind: z.enum(MEETING_KINDS),
	host: z.enum(MEETING_HOSTS),
	parentBody: optionalText(200),
	issuingBody: optionalText(200),
	chairs: z.array(chairInput).max(10),
	secretaries: z.array(personInput).max(10),
	rules: optionalText(10_000),
	defaultSpeakingMinutes: z.number().int().min(1).max(60),
	checkInOpensMinutesBefore: z.number().int().min(0).max(24 * 60),
	walkInCategoryId: entityId.nullable(),
	/** Working days an agency has to answer in writing after the conclusion notice (7 or 15). */
	answerPeriodDays: z.union([z.literal(7), z.literal(15)]),
	queue: queueSettingsInput
});
export const planUpdatePayload = updateOf(planSettingsInput);

export const agendaItemFields = z.strictObject({
	title: requiredText(300),
	presenter: optionalText(200),
	plannedMinutes: z.number().int().min(0).max(600).default(10),
	type: z.enum(AGENDA_ITEM_TYPES).default('procedural')
});
export const agendaItemInput = agendaItemFields.extend(withOptionalId);
export const agendaItemsPayload = z.strictObject({ items: z.array(agendaItemInput).max(60) });

export const agencyFields = z.strictObject({ name: requiredText(200), shortName: optionalText(60), head: optionalText(120) });
export const agencyInput = agencyFields.extend(withOptionalId);
export const agenciesPayload = z.strictObject({ agencies: z.array(agencyInput).max(200) });

export const categoryFields = z.strictObject({ name: requiredText(120), expected: z.number().int().min(0).max(10_000).default(0) });
export const categoryInput = categoryFields.extend(withOptionalId);
export const categoriesPayload = z.strictObject({ categories: z.array(categoryInput).max(30) });

export const unitFields = z.strictObject({ name: requiredText(200), kind: z.enum(UNIT_KINDS).default('residential_group') });
export const unitInput = unitFields.extend(withOptionalId);
export const unitsPayload = z.strictObject({ units: z.array(unitInput).max(500) });

export const calendarPayload = z.strictObject({ daysOff: z.array(isoDate).max(2000), extraWorkdays: z.array(isoDate).max(500) });

export { entityId };
