import { vietnamToday } from '$lib/domain/followup/status';
import { buildFrontReport } from '$lib/domain/reports/front-report-doc';
import { followUpAccess } from '$lib/server/followup';
import type { PageServerLoad } from './$types';

/** The report of results to send to the Fatherland Front (MTTQ), from the document model (print view of the .docx). */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const { live } = await followUpAccess(params.id, cookies, locals.lang);
	return { meetingId: live.id, model: buildFrontReport(live.state, vietnamToday(Date.now())) };
};
