import * as z from 'zod';
import { entityId, optionalText, requiredText, updateOf } from '../shared-schemas';
import { OPINION_SOURCES, PLANNED_HANDLINGS } from '../types';

export const collectedOpinionFields = z.strictObject({
	raisedBy: requiredText(200),
	raisedByKind: z.enum(['person', 'organisation']).default('person'),
	unit: optionalText(200),
	source: z.enum(OPINION_SOURCES).default('survey'),
	field: optionalText(100),
	content: requiredText(5000),
	agencyId: entityId.nullable().default(null),
	preparedAnswer: optionalText(10_000),
	plannedHandling: z.enum(PLANNED_HANDLINGS).default('answer_at_meeting')
});
export type CollectedOpinionInput = z.infer<typeof collectedOpinionFields>;

export const addCollectedPayload = collectedOpinionFields;
export const updateCollectedPayload = updateOf(collectedOpinionFields).extend({ id: entityId });
export const removeCollectedPayload = z.strictObject({ id: entityId });
export const importCollectedPayload = z.strictObject({ opinions: z.array(collectedOpinionFields).min(1).max(2000) });
