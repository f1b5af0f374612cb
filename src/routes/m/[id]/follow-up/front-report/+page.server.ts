import { placeName } from '$lib/domain/documents/place-name';
import { followUpRows, vietnamToday } from '$lib/domain/followup/status';
import { followUpStatusTable } from '$lib/domain/reports/follow-up-table';
import { followUpAccess } from '$lib/server/followup';
import type { PageServerLoad } from './$types';

/** The report of results to send to the Fatherland Front (MTTQ): every assignment, its status and answer. */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const { live } = await followUpAccess(params.id, cookies, locals.lang);
	const state = live.state;
	const today = vietnamToday(Date.now());
	const rows = followUpRows(state, today);
	const count = (...statuses: string[]) => rows.filter((r) => statuses.includes(r.status)).length;
	return {
		meeting: { id: state.id, title: state.basics.title, date: state.basics.date },
		issuingBody: state.plan.issuingBody,
		place: state.documentOffice.placeName || placeName(state.plan.issuingBody),
		today,
		counts: { total: rows.length, answered: count('answered', 'answered_late'), late: count('answered_late'), open: count('waiting', 'due_soon', 'overdue'), overdue: count('overdue') },
		table: followUpStatusTable(state, today, locals.lang)
	};
};
