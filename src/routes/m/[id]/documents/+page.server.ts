import { documentsAccess } from '$lib/server/documents/access';
import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const { role } = await documentsAccess(params.id, cookies, locals.lang);
	return loadScreen(params.id, role, cookies, locals.lang);
};
