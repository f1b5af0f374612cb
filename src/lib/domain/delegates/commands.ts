import * as z from 'zod';
import { entityId, optionalText, requiredText, updateOf } from '../shared-schemas';
import { SALUTATIONS } from '../types';

/** Vietnamese phone numbers as people write them: digits, spaces, dots, a leading +. */
const phone = z
	.string()
	.trim()
	.transform((s) => s.replace(/[\s.-]/g, ''))
	.pipe(z.string().regex(/^(\+?\d{8,15})?$/))
	.transform((s) => s || null);

export const delegateFields = z.strictObject({
	salutation: z.enum(SALUTATIONS),
	fullName: requiredText(120),
	title: optionalText(200),
	unit: optionalText(200),
	categoryId: entityId,
	phone: phone.nullable().default(null)
});
export type DelegateInput = z.infer<typeof delegateFields>;

export const addDelegatePayload = delegateFields;
export const updateDelegatePayload = updateOf(delegateFields).extend({ id: entityId });
export const delegateIdPayload = z.strictObject({ id: entityId });
export const importDelegatesPayload = z.strictObject({ delegates: z.array(delegateFields).min(1).max(3000) });
export const reissueInvitationPayload = z.strictObject({ delegateId: entityId });
