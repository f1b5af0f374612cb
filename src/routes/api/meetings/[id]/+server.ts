import { json } from '@sveltejs/kit';
import { toPlanDocument } from '$lib/domain/plan/document';
import { adminFromBearer, apiError, unauthorized } from '../http';
import type { RequestHandler } from './$types';

/**
 * The meeting's plan as a document, the inverse of POST /api/meetings: posting it back
 * creates an equal meeting (new ids, new personal tokens). Admin only: it names people.
 */
export const GET: RequestHandler = async ({ request, params }) => {
	const app = await adminFromBearer(request);
	if (!app) return unauthorized();
	const live = app.meeting(params.id);
	if (!live) return apiError(404, 'meeting_not_found', 'error.meeting_not_found');
	return json(toPlanDocument(live.state), {
		headers: { 'content-disposition': `inline; filename="plan-${params.id}.json"` }
	});
};
