import { vietnamToday } from '$lib/domain/followup/status';
import { reminderTable, remindersByAgency } from '$lib/domain/reports/follow-up-table';
import { followUpAccess } from '$lib/server/followup';
import type { PageServerLoad } from './$types';

/** Đôn đốc: per agency, what is overdue or due within 3 working days (admin, chair, secretary). */
export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const { live } = await followUpAccess(params.id, cookies, locals.lang);
	const state = live.state;
	const today = vietnamToday(Date.now());
	const agency = url.searchParams.get('agency') || null;
	const lists = remindersByAgency(state, today, agency).map((r) => ({ agencyId: r.agencyId, agencyName: r.agencyName, table: reminderTable(r, locals.lang) }));
	return {
		meeting: { id: state.id, title: state.basics.title, date: state.basics.date },
		agencies: state.agencies.map((a) => ({ id: a.id, name: a.name })),
		agency,
		today,
		lists
	};
};
