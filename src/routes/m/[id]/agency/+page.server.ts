import { error, fail } from '@sveltejs/kit';
import { agencyView } from '$lib/domain/followup/agency-view';
import { vietnamToday } from '$lib/domain/followup/status';
import { translate } from '$lib/i18n/translate';
import { agencyAccess } from '$lib/server/followup';
import { recordAnswerFromForm } from '$lib/server/followup-attachments';
import type { Actions, PageServerLoad } from './$types';

/**
 * An agency's page, opened from its link (/a/<token> sets the cookie): only its assignments,
 * from the allow-list view (`agencyView`: no phone numbers, tokens or other people's data);
 * its officer records the written answers. Plain forms, no socket.
 */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const access = await agencyAccess(params.id, cookies, locals.lang);
	if (!access) error(403, { message: translate(locals.lang, 'agency.needLink'), code: 'forbidden' });
	const today = vietnamToday(Date.now());
	const view = agencyView(access.live.state, access.actor.agencyId ?? '', today);
	if (!view) error(403, { message: translate(locals.lang, 'agency.needLink'), code: 'forbidden' });
	return { view, today, commandId: crypto.randomUUID() };
};

export const actions: Actions = {
	answer: async ({ params, request, cookies, locals }) => {
		const access = await agencyAccess(params.id, cookies, locals.lang);
		if (!access) return fail(403, { which: 'denied' });
		// Multipart: the answer may carry a file (PDF or photo), stored before the command runs.
		return recordAnswerFromForm(access.app, params.id, access.actor, await request.formData());
	}
};
