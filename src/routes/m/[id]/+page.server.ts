import { error, fail } from '@sveltejs/kit';
import { commandProblems } from '$lib/domain/command-problems';
import { LINK_ROLES, type LinkRole } from '$lib/domain/types';
import { basicsFromForm, formCommand } from '$lib/server/forms';
import { publicBaseUrl } from '$lib/server/lan';
import { qrSvg } from '$lib/server/qr';
import { requireAdmin } from '$lib/server/screens';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const live = app.meeting(params.id);
	const tokens = app.roleTokens(params.id);
	if (!live || !tokens) error(404, { message: translate(locals.lang, 'meeting.notFoundPage') });
	const base = publicBaseUrl(url, app.config.publicUrl);
	const links = await Promise.all(
		LINK_ROLES.map(async (role) => {
			const href = `${base}/a/${tokens[role]}`;
			return { role, href, qr: await qrSvg(href) };
		})
	);
	return { meeting: live.state, links, commandId: crypto.randomUUID(), restored: url.searchParams.has('restored') };
};

export const actions: Actions = {
	reissue: async ({ params, request, cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const role = String((await request.formData()).get('role')) as LinkRole;
		if (!LINK_ROLES.includes(role) || !app.meeting(params.id)) return fail(400, {});
		await app.reissueLink(params.id, role);
		return { reissued: role };
	},
	editBasics: async ({ params, request, cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const form = await request.formData();
		const payload = { basics: basicsFromForm(form) };
		// Checked here first so each problem stands under its field in plain words (issue 8).
		const problems = commandProblems('meeting.editBasics', payload);
		if (problems) return fail(400, { problems, values: Object.fromEntries(form) as Record<string, string> });
		const command = formCommand(form, 'meeting.editBasics', payload);
		const ack = await app.execute(params.id, command, { role: 'admin' });
		if (!ack.ok) return fail(400, { error: ack.error });
		return { saved: true };
	}
};
