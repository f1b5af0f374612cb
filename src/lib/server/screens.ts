import { error, type Cookies } from '@sveltejs/kit';
import type { Snapshot } from '../domain/protocol';
import { phonePageCalendar } from '../domain/record/phone-calendar';
import type { LinkRole } from '../domain/types';
import { translate } from '../i18n/translate';
import type { Lang } from '../i18n/catalog';
import { getApp, type App } from './app';
import { grant, snapshotFor } from './access';
import { ADMIN_COOKIE } from './auth';

/** The admin's pages: a missing or wrong admin cookie gets the "open the admin link" page. */
export async function requireAdmin(cookies: Cookies, lang: Lang): Promise<App> {
	const app = await getApp();
	if (!app.isAdmin(cookies.get(ADMIN_COOKIE))) {
		error(401, { message: translate(lang, 'admin.needLink'), code: 'forbidden' });
	}
	return app;
}

/** Whether this browser holds a role for the meeting: its role cookie, or the admin's (who holds every role). */
export function holdsRole(app: App, meetingId: string, role: LinkRole, cookies: Cookies): boolean {
	return grant(app, meetingId, role, (name) => cookies.get(name)).ok;
}

/**
 * A role screen's first render: the same snapshot the socket will send, so the page
 * appears complete (no flicker) and then goes live. The admin may open every screen.
 */
export async function loadScreen(meetingId: string, role: LinkRole | 'admin', cookies: Cookies, lang: Lang): Promise<{ snapshot: Snapshot }> {
	const app = await getApp();
	const access = grant(app, meetingId, role, (name) => cookies.get(name));
	if (access.ok) return { snapshot: snapshotFor(access.live, role) };
	if (role === 'admin' && access.reason === 'forbidden') await requireAdmin(cookies, lang);
	if (access.reason === 'meeting_not_found') error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	error(403, { message: translate(lang, 'access.needRole', { role: translate(lang, `role.${role}`) }), code: 'forbidden' });
}

/**
 * The delegate's phone: recognised by the personal token cookie set by /i/<token> (or at
 * walk-in registration). Returns null when this phone is not (or no longer) recognised.
 */
export async function loadDelegateScreen(meetingId: string, cookies: Cookies, lang: Lang): Promise<{ snapshot: Snapshot; delegateId: string } | null> {
	const access = grant(await getApp(), meetingId, 'delegate', (name) => cookies.get(name));
	if (access.ok) {
		const delegateId = access.actor.delegateId!;
		const snapshot = snapshotFor(access.live, 'delegate', delegateId);
		// The page carries only the holiday days its deadlines count over; the socket's snapshot brings the rest.
		return { delegateId, snapshot: { ...snapshot, state: { ...snapshot.state, calendar: phonePageCalendar(snapshot.state, delegateId) } } };
	}
	if (access.reason === 'meeting_not_found') error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	return null;
}
