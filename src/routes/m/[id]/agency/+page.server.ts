import { error, fail } from '@sveltejs/kit';
import { agencyView } from '$lib/domain/followup/agency-view';
import { vietnamToday } from '$lib/domain/followup/status';
import { translate } from '$lib/i18n/translate';
import { agencyAccess, runForm } from '$lib/server/followup';
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
		const form = await request.formData();
		const text = (name: string) => String(form.get(name) ?? '').trim();
		const opinionId = text('opinionId');
		const payload = { opinionId, answeredOn: text('answeredOn'), documentNumber: text('documentNumber'), summary: text('summary') };
		return runForm(access.app, params.id, access.actor, form, 'followUp.recordAnswer', payload, `answer:${opinionId}`);
	}
};
