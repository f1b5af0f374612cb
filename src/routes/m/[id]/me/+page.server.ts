import { loadDelegateScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

/** The delegate's phone, recognised by the cookie /i/<token> set; null: not (or no longer) recognised. */
export const load: PageServerLoad = async ({ params, cookies, locals }) => ({
	screen: await loadDelegateScreen(params.id, cookies, locals.lang)
});
