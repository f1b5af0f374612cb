import { updateDocumentOfficePayload } from '$lib/domain/documents/commands';
import type { DocumentOffice } from '$lib/domain/documents/types';
import type { MessageKey } from '$lib/i18n/catalog';

/** The office fields as the form edits them: recipients as one text per document. */
export interface OfficeForm {
	office: DocumentOffice;
	customSigner: boolean;
	bienBanRecipients: string;
	noticeRecipients: string;
}

export const toForm = (office: DocumentOffice): OfficeForm => ({
	office: { ...office, noticeIssuedOn: office.noticeIssuedOn ?? null, noticeSigner: office.noticeSigner ?? { authority: '', body: '', position: '', name: '' } },
	customSigner: office.noticeSigner !== null,
	bienBanRecipients: office.extraRecipients.bienBan.join('\n'),
	noticeRecipients: office.extraRecipients.notice.join('\n')
});

const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

export function toPayload(form: OfficeForm) {
	const { extraRecipients: _unused, noticeSigner, noticeIssuedOn, ...rest } = form.office;
	return {
		...rest,
		// A cleared date field gives "": not issued yet.
		noticeIssuedOn: noticeIssuedOn || null,
		noticeSigner: form.customSigner ? noticeSigner : null,
		extraRecipients: { bienBan: lines(form.bienBanRecipients), notice: lines(form.noticeRecipients) }
	};
}

/** Field path → the message shown next to that field; checked with the command's own schema. */
export function fieldErrors(form: OfficeForm): Record<string, MessageKey> {
	const result = updateDocumentOfficePayload.safeParse(toPayload(form));
	if (result.success) return {};
	const errors: Record<string, MessageKey> = {};
	for (const issue of result.error.issues) {
		const [head, second] = issue.path.map(String);
		const field = head === 'noticeSigner' ? `noticeSigner.${second}` : head === 'extraRecipients' ? `recipients.${second}` : head;
		errors[field] ??=
			issue.code === 'too_big' ? 'documents.error.tooLong' : head === 'noticeIssuedOn' ? 'documents.error.issuedOn' : head.endsWith('Number') ? 'documents.error.number' : head.endsWith('Symbol') ? 'documents.error.symbol' : 'documents.error.required';
	}
	return errors;
}
