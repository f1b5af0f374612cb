import { getApp } from '$lib/server/app';
import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const screen = await loadScreen(params.id, 'admin', cookies, locals.lang);
	const app = await getApp();
	// The agencies of the other meetings, so a new year's plan can start from last year's list.
	const otherAgencies = app
		.meetings()
		.filter((live) => live.state.id !== params.id && live.state.agencies.length > 0)
		.map((live) => ({ meetingId: live.state.id, title: live.state.basics.title, date: live.state.basics.date, agencies: live.state.agencies }))
		.sort((a, b) => b.date.localeCompare(a.date));
	return { ...screen, otherAgencies };
};
