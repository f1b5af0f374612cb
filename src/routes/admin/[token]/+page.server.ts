import { error, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { ADMIN_COOKIE, COOKIE_OPTIONS } from '$lib/server/auth';
import { translate } from '$lib/i18n/translate';
import type { PageServerLoad } from './$types';

/** The printed admin link: pairs this browser with the admin role, then a clean URL. */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const app = await getApp();
	if (!app.isAdmin(params.token)) error(403, { message: translate(locals.lang, 'access.invalidLink'), code: 'forbidden' });
	cookies.set(ADMIN_COOKIE, params.token, COOKIE_OPTIONS);
	redirect(303, '/');
};
