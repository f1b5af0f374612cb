import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getApp } from '$lib/server/app';
import { COOKIE_OPTIONS, roleCookieName } from '$lib/server/auth';
import { holdsRole, loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

/**
 * The personal link on the invitation QR. Opening it only recognises the phone (a cookie)
 * and never changes the meeting: chat apps fetch links to draw previews, and such a fetch
 * must not check anyone in. Checking in is a separate tap on the delegate's page.
 *
 * A helper at the door scans invitations with the phone's own camera app (a LAN page may
 * not use the camera), which opens this link: a browser holding the desk (or admin) role
 * gets the desk's view of that person, with one tap to check in, and is not taken for them.
 */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const app = await getApp();
	const found = app.findDelegateByToken(params.token);
	if (!found) error(404, { message: translate(locals.lang, 'invitation.invalidLink'), code: 'unknown_token' });
	if (holdsRole(app, found.meetingId, 'desk', cookies)) {
		const screen = await loadScreen(found.meetingId, 'desk', cookies, locals.lang);
		return { desk: { ...screen, delegateId: found.delegateId } };
	}
	cookies.set(roleCookieName(found.meetingId, 'delegate'), params.token, COOKIE_OPTIONS);
	redirect(303, `/m/${found.meetingId}/me`);
};
