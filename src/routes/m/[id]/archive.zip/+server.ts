import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { buildArchive } from '$lib/server/archive/archive';
import { download } from '$lib/server/import/export';
import { requireAdmin } from '$lib/server/screens';
import type { RequestHandler } from './$types';

/** The meeting's archive (lưu hồ sơ): documents, full log, manifest, in one ZIP. Admin only. */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const archive = app.meeting(params.id) ? await buildArchive(app, params.id, locals.lang) : null;
	if (!archive) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	return download(archive.bytes, archive.fileName, 'application/zip');
};
