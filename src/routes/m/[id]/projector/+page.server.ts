import { getApp } from '$lib/server/app';
import { publicBaseUrl } from '$lib/server/lan';
import { qrSvg } from '$lib/server/qr';
import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const screen = await loadScreen(params.id, 'projector', cookies, locals.lang);
	const app = await getApp();
	// The room QR: people without an invitation scan it from their seat.
	const joinUrl = `${publicBaseUrl(url, app.config.publicUrl)}/m/${params.id}/join`;
	return { ...screen, joinUrl, joinQr: await qrSvg(joinUrl) };
};
