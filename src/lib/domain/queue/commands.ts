import * as z from 'zod';
import { entityId, optionalText, requiredText, withOptionalId } from '../shared-schemas';
import { SALUTATIONS } from '../types';

/** A person on a paper slip who is on no list; or a delegate the desk found on the list. */
export const requesterInput = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('delegate'), delegateId: entityId }),
	z.strictObject({ kind: z.literal('person'), salutation: z.enum(SALUTATIONS).nullable().default(null), name: requiredText(120), unit: optionalText(200) })
]);

export type RequesterInput = z.infer<typeof requesterInput>;

/**
 * One command for every way a request comes in. From a phone only the content is sent (the
 * person is the phone's owner); the desk, the secretary and the chair also say who and how.
 */
export const submitRequestPayload = z.strictObject({
	fieldId: entityId,
	statement: requiredText(500),
	agencyId: entityId.nullable().default(null),
	who: requesterInput.optional(),
	via: z.enum(['slip', 'hand']).optional(),
	slipNumber: optionalText(20),
	showSlipNumber: z.boolean().default(false)
});

export const requestIdPayload = z.strictObject({ requestId: entityId });
/** Without a request: the chair means the obvious one (top of the queue, last speaker). */
export const optionalRequestPayload = z.strictObject({ requestId: entityId.optional() });
/**
 * The turn at the floor as the chair's screen showed it when the button was tapped (null:
 * nobody). A hand-over from a screen that is behind (the second tap of a double tap, a
 * second tablet) is refused with `floor_changed` and changes nothing. Left out: no check
 * (API, scripts).
 */
const seenFloor = { fromTurnId: entityId.nullable().optional() };
/** "Mời phát biểu" names the request its button shows; without one, the top (API, scripts). */
export const givePayload = z.strictObject({ requestId: entityId.optional(), ...seenFloor });
/** Pause, resume, end: the turn the button shows; without one, the turn at the floor. */
export const turnPayload = z.strictObject({ turnId: entityId.optional() });
/** "Vắng mặt": `absentCount` is how many times the screen showed them marked absent already. */
export const absentPayload = z.strictObject({ requestId: entityId, absentCount: z.number().int().min(0).max(1000).optional() });
export const movePayload = z.strictObject({ requestId: entityId, toIndex: z.number().int().min(0).max(10_000) });

export const answererInput = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('agency'), agencyId: entityId, name: optionalText(120), title: optionalText(200) }),
	z.strictObject({ kind: z.literal('chair'), chairId: entityId })
]);
/** `turnId`: the citizen turn answered; by default the latest one. */
export const answerPayload = z.strictObject({ by: answererInput, turnId: entityId.optional(), ...seenFloor });
export const followUpPayload = z.strictObject({ turnId: entityId.optional(), ...seenFloor });
export const chairRemarkPayload = z.strictObject({ chairId: entityId, turnId: entityId.optional(), ...seenFloor });
export const extendPayload = z.strictObject({ minutes: z.number().int().min(1).max(10).default(1), turnId: entityId.optional() });
export const emptyPayload = z.strictObject({});
export const fairOrderPayload = z.strictObject({ on: z.boolean() });
export const screenMessagePayload = z.strictObject({ text: requiredText(200) });

export const writtenOpinionPayload = z.strictObject({
	fieldId: entityId,
	content: requiredText(4000),
	agencyId: entityId.nullable().default(null),
	who: requesterInput.optional(),
	slipNumber: optionalText(20)
});

export const fieldInput = z.strictObject({ name: requiredText(120), ...withOptionalId });
export const fieldsPayload = z.strictObject({ fields: z.array(fieldInput).min(1).max(50) });

export const queueSettingsInput = z.strictObject({
	maxWaitingPerPerson: z.number().int().min(1).max(5),
	answerMinutes: z.number().int().min(1).max(60),
	followUpMinutes: z.number().int().min(1).max(60),
	closeAfterDialogue: z.boolean(),
	absentRequeues: z.boolean(),
	citizenCategoryIds: z.array(entityId).max(30).nullable()
});
