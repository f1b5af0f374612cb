import { vietnamToday } from '$lib/domain/followup/status';
import { buildFrontReport } from '$lib/domain/reports/front-report-doc';
import { docxResponse } from '$lib/server/documents/download';
import { followUpAccess } from '$lib/server/followup';
import type { RequestHandler } from './$types';

/** The report to MTTQ as .docx, from the same model as its print view. */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const { live } = await followUpAccess(params.id, cookies, locals.lang);
	return docxResponse(buildFrontReport(live.state, vietnamToday(Date.now())));
};
