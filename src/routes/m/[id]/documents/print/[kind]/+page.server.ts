import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { documentsAccess } from '$lib/server/documents/access';
import { loadScreen } from '$lib/server/screens';
import { DOCUMENT_KINDS, type MeetingDocumentKind } from '../../documents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	if (!DOCUMENT_KINDS.includes(params.kind as MeetingDocumentKind)) error(404, { message: translate(locals.lang, 'meeting.notFoundPage') });
	const { role } = await documentsAccess(params.id, cookies, locals.lang);
	return { ...(await loadScreen(params.id, role, cookies, locals.lang)), kind: params.kind as MeetingDocumentKind };
};
