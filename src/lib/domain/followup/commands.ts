import * as z from 'zod';
import { attachmentSchema } from './attachments';
import { entityId, isoDate, optionalText, requiredText } from '../shared-schemas';

/** The agency's written answer to the citizen; sent again, it corrects the one recorded (the log keeps both). */
export const recordAnswerPayload = z.strictObject({
	opinionId: entityId,
	answeredOn: isoDate,
	/** "125/UBND-KT"; may be left empty. */
	documentNumber: optionalText(60),
	summary: requiredText(2000),
	attachmentName: z.string().trim().max(200).nullable().default(null),
	/** The attached file, stored before the command is sent ([T60]). */
	attachment: attachmentSchema.nullable().default(null)
});

/** An answer entered by mistake. */
export const removeAnswerPayload = z.strictObject({ opinionId: entityId });

/** The office told the citizen the result. */
export const markInformedPayload = z.strictObject({
	opinionId: entityId,
	on: isoDate,
	how: requiredText(200)
});

/** A later petition from the same person, linked to the original assignment. */
export const linkPetitionPayload = z.strictObject({
	opinionId: entityId,
	receivedOn: isoDate,
	content: requiredText(2000)
});

export const unlinkPetitionPayload = z.strictObject({ opinionId: entityId, petitionId: entityId });

/** The public results page (/m/[id]/results): on or off, full names or initials. */
export const setPublicResultsPayload = z.strictObject({
	enabled: z.boolean(),
	initialsOnly: z.boolean()
});
