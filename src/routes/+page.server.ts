import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { ADMIN_COOKIE } from '$lib/server/auth';
import { createDemoMeeting } from '$lib/server/demo';
import { commandProblems } from '$lib/domain/command-problems';
import { agendaFromForm, basicsFromForm, formCommand } from '$lib/server/forms';
import { requireAdmin } from '$lib/server/screens';
import { damagedForAdmin } from '$lib/server/damaged';
import { restoreArchive, restoreProblemMessage } from '$lib/server/archive/archive';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies }) => {
	const app = await getApp();
	if (!app.isAdmin(cookies.get(ADMIN_COOKIE))) return { admin: false as const };
	const meetings = app
		.meetings()
		.map(({ state }) => ({ id: state.id, ...state.basics, status: state.status }))
		.sort((a, b) => b.date.localeCompare(a.date));
	return { admin: true as const, meetings, commandId: crypto.randomUUID(), damaged: damagedForAdmin(app) };
};

export const actions: Actions = {
	create: async ({ request, cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const form = await request.formData();
		const payload = { basics: basicsFromForm(form), agenda: agendaFromForm(form) };
		const values = Object.fromEntries(form) as Record<string, string>;
		// Checked here first so each problem stands under its field in plain words (issue 8).
		const problems = commandProblems('meeting.create', payload);
		if (problems) return fail(400, { problems, values });
		const command = formCommand(form, 'meeting.create', payload);
		const ack = await app.execute(null, command, { role: 'admin' });
		if (!ack.ok) return fail(400, { error: ack.error, values });
		redirect(303, `/m/${ack.meetingId}`);
	},
	/** First run: the demo meeting from seed 000, through the same command path. */
	demo: async ({ cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const ack = await createDemoMeeting(app);
		if (!ack.ok) return fail(400, { error: ack.error, values: {} as Record<string, string> });
		redirect(303, `/m/${ack.meetingId}`);
	},
	/** A damaged meeting file: its previous version is put back (the damaged file is set aside). */
	restore: async ({ request, cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const meetingId = String((await request.formData()).get('meetingId') ?? '');
		const restored = await app.restoreDamaged(meetingId).catch((error) => {
			console.error(`[store] could not restore meeting ${meetingId}:`, error);
			return false;
		});
		if (!restored) return fail(500, { restoreFailed: meetingId });
		redirect(303, `/m/${meetingId}`);
	},
	/** A meeting's archive ZIP (from this or another server): restored with new links, or refused unchanged. */
	restoreArchive: async ({ request, cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const file = (await request.formData()).get('archive');
		if (!(file instanceof File) || file.size === 0) return fail(400, { archiveProblem: restoreProblemMessage(locals.lang, 'no_file') });
		const result = await restoreArchive(app, new Uint8Array(await file.arrayBuffer()));
		if (!result.ok) return fail(result.problem === 'storage_failed' ? 503 : 400, { archiveProblem: restoreProblemMessage(locals.lang, result.problem) });
		redirect(303, `/m/${result.meetingId}?restored=1`);
	}
};
