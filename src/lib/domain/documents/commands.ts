import * as z from 'zod';
import { isoDate } from '../shared-schemas';

const text = (max: number) => z.string().trim().max(max);
/** A register number: digits, maybe with a letter suffix ("05", "12a"); "" leaves the blank. */
const registerNumber = z.string().trim().regex(/^(\d{1,5}[a-zA-Z]?)?$/);
/** "BB-UBND", "TB/ĐU": letters, digits, hyphens and slashes, no spaces (Decree 30). */
const symbol = z.string().trim().regex(/^([\p{L}\d]+([-/][\p{L}\d]+)*)?$/u).max(40);
const recipientLines = z.array(text(200).min(1)).max(30);

export const signerFields = z.strictObject({
	authority: text(10),
	body: text(120),
	position: text(120).min(1),
	name: text(120).min(1)
});

/** Only the fields sent change. */
export const updateDocumentOfficePayload = z.strictObject({
	bienBanNumber: registerNumber.optional(),
	noticeNumber: registerNumber.optional(),
	bienBanSymbol: symbol.optional(),
	noticeSymbol: symbol.optional(),
	placeName: text(120).optional(),
	noticeSigner: signerFields.nullable().optional(),
	extraRecipients: z.strictObject({ bienBan: recipientLines, notice: recipientLines }).optional(),
	complex: z.boolean().optional(),
	/** The notice's issue date (the answer period counts from it); null clears it. */
	noticeIssuedOn: isoDate.nullable().optional()
});
