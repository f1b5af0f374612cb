import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { grant } from '$lib/server/access';
import { getApp } from '$lib/server/app';
import { attachmentDownload } from '$lib/server/followup-attachments';
import type { RequestHandler } from './$types';

/**
 * A written answer's attached file (issue 17), with its original name. For the admin, the
 * chair, the secretaries and the agency that leads the assignment ([T61]); never on the
 * public results page. Anyone else, or an unknown file: 404 (which files exist is not said).
 */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const app = await getApp();
	if (!app.meeting(params.id)) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	for (const role of ['admin', 'secretary', 'chair', 'agency'] as const) {
		const access = grant(app, params.id, role, (name) => cookies.get(name));
		if (!access.ok) continue;
		const actor = access.via === 'admin' ? { role: 'admin' as const } : access.actor;
		const response = await attachmentDownload(app, params.id, actor, params.attachmentId);
		if (response) return response;
	}
	error(404, { message: translate(locals.lang, 'followUp.attachment.notFound'), code: 'not_found' });
};
