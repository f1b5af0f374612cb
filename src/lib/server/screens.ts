import { error, type Cookies } from '@sveltejs/kit';
import { project } from '../domain/project';
import type { Snapshot } from '../domain/protocol';
import type { LinkRole } from '../domain/types';
import { translate } from '../i18n/translate';
import type { Lang } from '../i18n/catalog';
import { getApp, type App } from './app';
import { ADMIN_COOKIE, roleCookieName, sameSecret } from './auth';

/** The admin's pages: a missing or wrong admin cookie gets the "open the admin link" page. */
export async function requireAdmin(cookies: Cookies, lang: Lang): Promise<App> {
	const app = await getApp();
	if (!app.isAdmin(cookies.get(ADMIN_COOKIE))) {
		error(401, { message: translate(lang, 'admin.needLink'), code: 'forbidden' });
	}
	return app;
}

/**
 * A role screen's first render: the same snapshot the socket will send, so the page
 * appears complete (no flicker) and then goes live. The admin may open every screen.
 */
export async function loadScreen(meetingId: string, role: LinkRole | 'admin', cookies: Cookies, lang: Lang): Promise<{ snapshot: Snapshot }> {
	const app = role === 'admin' ? await requireAdmin(cookies, lang) : await getApp();
	const live = app.meeting(meetingId);
	if (!live) error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	const token = role === 'admin' ? null : app.roleTokens(meetingId)?.[role];
	const paired = sameSecret(cookies.get(roleCookieName(meetingId, role)), token);
	if (!paired && !app.isAdmin(cookies.get(ADMIN_COOKIE))) {
		const roleName = translate(lang, `role.${role}`);
		error(403, { message: translate(lang, 'access.needRole', { role: roleName }), code: 'forbidden' });
	}
	return {
		snapshot: { meetingId, role, seq: live.seq, state: project(live.state, role), serverTime: Date.now() }
	};
}

/**
 * The delegate's phone: recognised by the personal token cookie set by /i/<token> (or at
 * walk-in registration). Returns null when this phone is not (or no longer) recognised.
 */
export async function loadDelegateScreen(meetingId: string, cookies: Cookies, lang: Lang): Promise<{ snapshot: Snapshot; delegateId: string } | null> {
	const app = await getApp();
	const live = app.meeting(meetingId);
	if (!live) error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	const found = app.findDelegateByToken(cookies.get(roleCookieName(meetingId, 'delegate')), meetingId);
	if (!found) return null;
	return {
		delegateId: found.delegateId,
		snapshot: { meetingId, role: 'delegate', seq: live.seq, state: project(live.state, 'delegate'), serverTime: Date.now() }
	};
}
