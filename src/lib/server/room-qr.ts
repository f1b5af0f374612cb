import type { App } from './app';
import { publicBaseUrl } from './lan';
import { qrSvg } from './qr';

/** The room QR (projector, printed poster): people without an invitation scan it from their seat. */
export async function roomQr(app: App, requestUrl: URL, meetingId: string): Promise<{ joinUrl: string; joinQr: string }> {
	const joinUrl = `${publicBaseUrl(requestUrl, app.config.publicUrl)}/m/${meetingId}/join`;
	return { joinUrl, joinQr: await qrSvg(joinUrl) };
}
