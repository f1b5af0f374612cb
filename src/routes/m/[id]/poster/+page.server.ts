import { getApp } from '$lib/server/app';
import { roomQr } from '$lib/server/room-qr';
import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

/** The printable room QR poster: one snapshot, it does not follow the meeting live. */
export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const screen = await loadScreen(params.id, 'admin', cookies, locals.lang);
	return { ...screen, ...(await roomQr(await getApp(), url, params.id)) };
};
