import { createHash } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { attachmentFor } from '../domain/followup/attachment-access';
import { attachmentTypeOf, bytesLookLike, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_SAID } from '../domain/followup/attachments';
import { followUpOf } from '../domain/followup/read';
import type { AnswerAttachment } from '../domain/followup/types';
import type { FieldProblem } from '../domain/field-problems';
import { domainError } from '../domain/errors';
import type { Actor } from '../domain/types';
import type { App } from './app';
import { runForm } from './followup';

/*
 * The written answer's attached file (issue 17): read from the multipart form, checked
 * (type by name and first bytes, size), stored through the MeetingStore under its sha256
 * BEFORE the command runs, so an acknowledged answer never names a missing file. A file
 * whose command is then refused stays stored, unnamed (harmless: same name, same bytes).
 */

export type AttachmentUpload = { kind: 'none' } | { kind: 'problem'; problem: FieldProblem } | { kind: 'file'; attachment: AnswerAttachment; bytes: Uint8Array };

const problem = (code: 'followup_attachment_type' | 'followup_attachment_too_large'): AttachmentUpload => ({ kind: 'problem', problem: { key: `error.${code}`, params: { limit: MAX_ATTACHMENT_SAID } } });

/** The file posted in `field`: none (left empty), a problem to show next to the field, or the file. */
export async function readAttachment(form: FormData, field = 'attachment'): Promise<AttachmentUpload> {
	const file = form.get(field);
	if (!file || typeof file === 'string' || (file.size === 0 && !file.name)) return { kind: 'none' };
	const type = attachmentTypeOf(file.name);
	if (!type) return problem('followup_attachment_type');
	if (file.size > MAX_ATTACHMENT_BYTES) return problem('followup_attachment_too_large');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.byteLength === 0 || !bytesLookLike(type, bytes)) return problem('followup_attachment_type');
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	// A phone may send a path ("C:\fakepath\…", "IMG/…"): keep the last part only.
	const name = file.name.split(/[\\/]/).pop()!.trim().slice(-200);
	return { kind: 'file', attachment: { id: sha256, name, type, size: bytes.byteLength, sha256 }, bytes };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * The answer form's post (the agency page and the follow-up page): the file first (stored
 * durably), then `followUp.recordAnswer` down the one command path. No new file keeps the
 * answer's current one unless "remove the attached file" is ticked.
 */
export async function recordAnswerFromForm(app: App, meetingId: string, actor: Actor, form: FormData) {
	const opinionId = text(form, 'opinionId');
	const which = `answer:${opinionId}`;
	const payload = { opinionId, answeredOn: text(form, 'answeredOn'), documentNumber: text(form, 'documentNumber'), summary: text(form, 'summary') };
	const values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
	const upload = await readAttachment(form);
	if (upload.kind === 'problem') return fail(400, { which, problems: { attachment: upload.problem }, values, commandId: crypto.randomUUID() });
	let attachment: AnswerAttachment | null = null;
	if (upload.kind === 'file') {
		try {
			await app.store.putAttachment(meetingId, upload.attachment.id, upload.bytes);
		} catch (error) {
			console.error(`[attachments] could not store a file for ${meetingId}:`, error);
			return fail(503, { which, error: domainError('storage_failed'), values, commandId: crypto.randomUUID() });
		}
		attachment = upload.attachment;
	} else if (form.get('removeAttachment') !== 'on') {
		const state = app.meeting(meetingId)?.state;
		attachment = (state && followUpOf(state).assignments[opinionId]?.answer?.attachment) || null;
	}
	return runForm(app, meetingId, actor, form, 'followUp.recordAnswer', { ...payload, attachment }, which);
}

/** `filename*` (RFC 5987) for Vietnamese letters, with a plain ASCII `filename` for old browsers. */
export function contentDisposition(name: string): string {
	const ascii = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
	const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** [T61] The download: the file's bytes for who may see them, else null (the page answers 404). */
export async function attachmentDownload(app: App, meetingId: string, actor: Actor, attachmentId: string): Promise<Response | null> {
	const live = app.meeting(meetingId);
	const attachment = live && attachmentFor(live.state, actor, attachmentId);
	if (!attachment) return null;
	const bytes = await app.store.getAttachment(meetingId, attachment.id);
	if (!bytes) return null;
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': attachment.type,
			'content-length': String(bytes.byteLength),
			'content-disposition': contentDisposition(attachment.name),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
