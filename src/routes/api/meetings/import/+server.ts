import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { MAX_ARCHIVE_BYTES, restoreArchive, restoreProblemMessage } from '$lib/server/archive/archive';
import { publicBaseUrl } from '$lib/server/lan';
import { adminFromBearer, readLimitedBytes, unauthorized } from '../http';
import type { RequestHandler } from './$types';

/**
 * Restores a meeting from its archive ZIP (the body, as `application/zip`): same id and log,
 * new role and personal links. A damaged or foreign ZIP, or a meeting already here, is
 * refused with a Vietnamese message and nothing is written.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const app = await adminFromBearer(request);
	if (!app) return unauthorized();
	const bytes = await readLimitedBytes(request, MAX_ARCHIVE_BYTES);
	const result = bytes ? await restoreArchive(app, bytes) : ({ ok: false, problem: 'too_large' } as const);
	if (result.ok) return json({ id: result.meetingId, url: `${publicBaseUrl(url, app.config.publicUrl)}/m/${result.meetingId}`, message: translate('vi', 'archive.restored') }, { status: 201 });
	const status = { too_large: 413, meeting_exists: 409, storage_failed: 503 }[result.problem as string] ?? 400;
	const response = json({ error: { code: result.problem, message: restoreProblemMessage('vi', result.problem) } }, { status });
	if (status === 413) response.headers.set('connection', 'close');
	return response;
};

