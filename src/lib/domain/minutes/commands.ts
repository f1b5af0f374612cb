import * as z from 'zod';
import { entityId, isoDate, optionalText } from '../shared-schemas';
import { REPORT_LEVELS } from './types';

/** Long enough for a summary of several minutes of speech; the minutes are summaries, not a transcript. */
const TEXT_MAX = 10_000;

/** An edit of a shared text names the version it was typed against (N9). */
export const textEdit = z.strictObject({ text: z.string().max(TEXT_MAX), baseVersion: z.number().int().min(0) });

export const opinionOrigin = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('turn'), turnId: entityId }),
	z.strictObject({ kind: z.literal('written'), writtenOpinionId: entityId }),
	z.strictObject({ kind: z.literal('collected'), collectedOpinionId: entityId }),
	z.strictObject({ kind: z.literal('floor') })
]);

export const raisedBy = z.strictObject({
	kind: z.enum(['person', 'organisation']).default('person'),
	salutation: z.string().trim().max(20).optional(),
	name: optionalText(200),
	title: z.string().trim().max(200).optional(),
	unit: optionalText(200),
	delegateId: entityId.nullable().default(null)
});

export const answerBy = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('chair'), chairId: entityId.nullable().default(null), name: optionalText(200), salutation: z.string().trim().max(20).optional(), title: z.string().trim().max(200).optional() }),
	z.strictObject({ kind: z.literal('agency'), agencyId: entityId, name: optionalText(200), salutation: z.string().trim().max(20).optional(), title: z.string().trim().max(200).optional() })
]);

/**
 * The outcome as sent. Parts are optional in the schema so that a missing one is refused by
 * the rule with a message naming that part (N3–N7), not as a bare schema error.
 */
export const outcomeInput = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('answered') }),
	z.strictObject({
		kind: z.literal('assigned'),
		leadAgencyId: entityId.nullable().default(null),
		coAgencyIds: z.array(entityId).max(20).default([]),
		task: optionalText(2000),
		/** null or absent: the default deadline (N10). */
		deadline: isoDate.nullable().default(null)
	}),
	z.strictObject({ kind: z.literal('reported'), level: z.enum(REPORT_LEVELS).nullable().default(null) }),
	z.strictObject({ kind: z.literal('accepted'), body: optionalText(300) }),
	z.strictObject({ kind: z.literal('out_of_scope'), note: optionalText(1000) })
]);
export type OutcomeInput = z.infer<typeof outcomeInput>;

/** The opinion's id is this command's id, so the screen can edit it before the ack. */
export const recordOpinionPayload = z.strictObject({
	origin: opinionOrigin,
	/** Absent parts of a collected opinion taken up are copied from it. */
	field: z.string().trim().max(100).optional(),
	raisedBy: raisedBy.optional(),
	content: z.string().max(TEXT_MAX).optional()
});

export const editOpinionPayload = z.strictObject({
	opinionId: entityId,
	field: z.string().trim().max(100).optional(),
	raisedBy: raisedBy.optional(),
	content: textEdit.optional()
});

export const opinionRef = z.strictObject({ opinionId: entityId });

export const addAnswerPayload = z.strictObject({
	opinionId: entityId,
	by: answerBy,
	summary: z.string().max(TEXT_MAX).default(''),
	turnId: entityId.nullable().default(null)
});

export const editAnswerPayload = z.strictObject({
	opinionId: entityId,
	answerId: entityId,
	by: answerBy.optional(),
	summary: textEdit.optional()
});

export const removeAnswerPayload = z.strictObject({ opinionId: entityId, answerId: entityId });

/** `outcome: null` takes the tag off: the opinion is "chưa phân loại" again. */
export const tagOpinionPayload = z.strictObject({ opinionId: entityId, outcome: outcomeInput.nullable() });

export const linkOpinionPayload = z.strictObject({ opinionId: entityId, collectedOpinionId: entityId.nullable() });

export const addConclusionPayload = z.strictObject({
	opinionIds: z.array(entityId).max(500).default([]),
	text: z.string().max(TEXT_MAX).default('')
});

export const editConclusionPayload = z.strictObject({
	conclusionId: entityId,
	opinionIds: z.array(entityId).max(500).optional(),
	text: textEdit.optional()
});

export const conclusionRef = z.strictObject({ conclusionId: entityId });

export const editOverallPayload = z.strictObject({ text: textEdit });

export const editItemSummaryPayload = z.strictObject({ itemId: entityId, text: textEdit });

