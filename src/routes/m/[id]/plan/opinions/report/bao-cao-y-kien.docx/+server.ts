import { error } from '@sveltejs/kit';
import { buildOpinionsReport } from '$lib/domain/documents/bao-cao-y-kien';
import { translate } from '$lib/i18n/translate';
import { docxResponse } from '$lib/server/documents/download';
import { requireAdmin } from '$lib/server/screens';
import type { RequestHandler } from './$types';

/** The collected-opinions report as .docx, from the same model as the print view. */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const live = app.meeting(params.id);
	if (!live) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	return docxResponse(buildOpinionsReport(live.state));
};
