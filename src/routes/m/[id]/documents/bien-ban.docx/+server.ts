import { buildBienBan } from '$lib/domain/documents/bien-ban';
import { minutesInput } from '$lib/domain/documents/from-meeting';
import { documentsAccess } from '$lib/server/documents/access';
import { docxResponse } from '$lib/server/documents/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const { live } = await documentsAccess(params.id, cookies, locals.lang);
	return docxResponse(buildBienBan(minutesInput(live.state)));
};
