import * as z from 'zod';
import type { AnswerAttachment } from './types';

/*
 * A file attached to an agency's written answer (issue 17): a PDF or a photo of the signed
 * letter. The bytes are stored beside the meeting (MeetingStore.putAttachment) under their
 * sha256; the event keeps the id, the original name, the type and the size ([T60]).
 */

/** The file types taken, by the name's ending. */
export const ATTACHMENT_TYPES = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' } as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[keyof typeof ATTACHMENT_TYPES];
/** 10 MB: a phone's photo of a signed letter, or a scanned PDF of a few pages. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENT_SAID = '10 MB';
/** What the file field's `accept` says. */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const SHA256 = /^[0-9a-f]{64}$/;

export const attachmentSchema = z.strictObject({
	/** The bytes' sha256 (hex): the stored file's name. */
	id: z.string().regex(SHA256),
	name: z.string().trim().min(1).max(200),
	type: z.string().max(100),
	size: z.number().int().min(1),
	sha256: z.string().regex(SHA256)
});

/** The type a file is taken as, from its name's ending; null when the ending is not one taken. */
export function attachmentTypeOf(name: string): AttachmentType | null {
	const ending = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
	return (ATTACHMENT_TYPES as Record<string, AttachmentType>)[ending] ?? null;
}

/** Whether the first bytes are what the type says (%PDF, JPEG's FF D8 FF, PNG's signature). */
export function bytesLookLike(type: AttachmentType, bytes: Uint8Array): boolean {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	if (type === 'application/pdf') return starts(0x25, 0x50, 0x44, 0x46);
	if (type === 'image/jpeg') return starts(0xff, 0xd8, 0xff);
	return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
}

/** [T60] Why an attachment described in a command is refused, or null. */
export function attachmentProblem(a: AnswerAttachment): 'followup_attachment_type' | 'followup_attachment_too_large' | null {
	const type = attachmentTypeOf(a.name);
	if (!type || type !== a.type || a.id !== a.sha256) return 'followup_attachment_type';
	if (a.size > MAX_ATTACHMENT_BYTES) return 'followup_attachment_too_large';
	return null;
}

/** The name a file is kept under in the archive ZIP: `tep-dinh-kem/<sha256>-<name>` (no folder parts in the name). */
export function archiveAttachmentPath(a: AnswerAttachment): string {
	const name =
		[...a.name]
			.map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
			.join('')
			.slice(0, 120) || 'tep';
	return `tep-dinh-kem/${a.sha256}-${name}`;
}
