import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

/** A print view reads one snapshot; it does not need to follow the meeting live. */
export const load: PageServerLoad = ({ params, cookies, locals }) => loadScreen(params.id, 'admin', cookies, locals.lang);
