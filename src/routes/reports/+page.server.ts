import { reportDue } from '$lib/domain/reports/period';
import { requireAdmin } from '$lib/server/screens';
import { reportFor } from './load';
import type { PageServerLoad } from './$types';

/** Quarterly and yearly statistics across the meetings on this server (admin). */
export const load: PageServerLoad = async ({ cookies, locals, url }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const { period, report, tables, heading, today } = reportFor(app, url, locals.lang);
	const years = [...new Set([Number(today.slice(0, 4)), period.year, ...app.meetings().map((m) => Number(m.state.basics.date.slice(0, 4)))])].sort((a, b) => b - a);
	return { period, tables, heading, years, notHeld: report.notHeld, held: report.meetings.length, due: reportDue(period) };
};
