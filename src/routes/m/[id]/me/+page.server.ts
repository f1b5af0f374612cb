import { fail } from '@sveltejs/kit';
import { grant } from '$lib/server/access';
import { getApp } from '$lib/server/app';
import { formCommand } from '$lib/server/forms';
import { loadDelegateScreen } from '$lib/server/screens';
import type { Actions, PageServerLoad } from './$types';

/** The delegate's phone, recognised by the cookie /i/<token> set; null: not (or no longer) recognised. */
export const load: PageServerLoad = async ({ params, cookies, locals }) => ({
	screen: await loadDelegateScreen(params.id, cookies, locals.lang),
	// Minted per render: a double tap or a resent form is applied once (old phones, no JS).
	commandId: crypto.randomUUID()
});

/** Plain-form actions: the same commands down the same path as the socket, for phones without JavaScript. */
export const actions: Actions = {
	checkin: async ({ params, request, cookies }) => {
		const app = await getApp();
		const access = grant(app, params.id, 'delegate', (name) => cookies.get(name));
		if (!access.ok) return fail(403, {});
		const ack = await app.execute(params.id, formCommand(await request.formData(), 'checkin.self', {}), access.actor);
		// "Already checked in" is shown by the green card; no red error for it.
		if (!ack.ok && ack.error.code !== 'already_checked_in') return fail(400, { error: ack.error });
		return { done: true };
	}
};
