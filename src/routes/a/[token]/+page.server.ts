import { error, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { COOKIE_OPTIONS, roleCookieName } from '$lib/server/auth';
import { translate } from '$lib/i18n/translate';
import type { PageServerLoad } from './$types';

/**
 * A role link (chair, secretary, desk, projector) or an agency's follow-up link. Opening it
 * only pairs the device with a cookie and redirects to a clean URL: a GET never changes the
 * meeting (chat apps fetch links for previews).
 */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const app = await getApp();
	const link = app.findRoleLink(params.token);
	if (link) {
		cookies.set(roleCookieName(link.meetingId, link.role), params.token, COOKIE_OPTIONS);
		redirect(303, `/m/${link.meetingId}/${link.role}`);
	}
	const agency = app.findAgencyLink(params.token);
	if (!agency) error(403, { message: translate(locals.lang, 'access.invalidLink'), code: 'forbidden' });
	cookies.set(roleCookieName(agency.meetingId, 'agency'), params.token, COOKIE_OPTIONS);
	redirect(303, `/m/${agency.meetingId}/agency`);
};
