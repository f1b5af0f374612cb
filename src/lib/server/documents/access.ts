import { error, type Cookies } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/catalog';
import { translate } from '$lib/i18n/translate';
import { getApp } from '../app';
import { ADMIN_COOKIE, roleCookieName, sameSecret } from '../auth';

/** Who works on the documents: the secretary, the chair, the admin (issue 11). */
export type DocumentsRole = 'secretary' | 'chair' | 'admin';

/** The role this browser holds for the meeting's documents; 404 / 403 otherwise. */
export async function documentsAccess(meetingId: string, cookies: Cookies, lang: Lang) {
	const app = await getApp();
	const live = app.meeting(meetingId);
	if (!live) error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	if (app.isAdmin(cookies.get(ADMIN_COOKIE))) return { live, role: 'admin' as DocumentsRole };
	const tokens = app.roleTokens(meetingId);
	for (const role of ['secretary', 'chair'] as const) {
		if (sameSecret(cookies.get(roleCookieName(meetingId, role)), tokens?.[role])) return { live, role: role as DocumentsRole };
	}
	error(403, { message: translate(lang, 'documents.needRole'), code: 'forbidden' });
}
