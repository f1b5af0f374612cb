import { getApp } from '$lib/server/app';
import { roomQr } from '$lib/server/room-qr';
import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const screen = await loadScreen(params.id, 'projector', cookies, locals.lang);
	return { ...screen, ...(await roomQr(await getApp(), url, params.id)) };
};
