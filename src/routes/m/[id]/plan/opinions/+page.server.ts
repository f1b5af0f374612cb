import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies, locals }) => loadScreen(params.id, 'admin', cookies, locals.lang);
