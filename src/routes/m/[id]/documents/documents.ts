import { buildBienBan } from '$lib/domain/documents/bien-ban';
import { minutesInput } from '$lib/domain/documents/from-meeting';
import type { DocumentModel } from '$lib/domain/documents/model';
import { buildThongBaoKetLuan } from '$lib/domain/documents/thong-bao-ket-luan';
import type { MeetingState } from '$lib/domain/types';

export const DOCUMENT_KINDS = ['bien-ban', 'thong-bao-ket-luan'] as const;
export type MeetingDocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Both documents of the meeting, from one adapter run. */
export function meetingDocuments(state: MeetingState): Record<MeetingDocumentKind, DocumentModel> {
	const input = minutesInput(state);
	return { 'bien-ban': buildBienBan(input), 'thong-bao-ket-luan': buildThongBaoKetLuan(input) };
}
