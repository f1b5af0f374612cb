import * as z from 'zod';
import { delegateFields } from '../delegates/commands';
import { entityId, requiredText } from '../shared-schemas';

export const selfCheckInPayload = z.strictObject({});
/** The text a door scanner reads from the invitation QR: the personal link or the bare token. */
export const scanCheckInPayload = z.strictObject({ code: z.string().trim().min(1).max(500) });
export const deskCheckInPayload = z.strictObject({ delegateId: entityId });
/**
 * `differentPerson`: the desk has seen that someone with this name and unit is invited and
 * not here yet, and says this is another person (C9). A guest's is ignored.
 */
export const walkInPayload = delegateFields
	.pick({ salutation: true, fullName: true, phone: true })
	// Someone not on the list is known by where they come from: the unit is asked for (C10).
	.extend({ unit: requiredText(200), differentPerson: z.boolean().optional() });
