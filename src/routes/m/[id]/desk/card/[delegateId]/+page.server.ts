import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getApp } from '$lib/server/app';
import { publicBaseUrl } from '$lib/server/lan';
import { qrSvg } from '$lib/server/qr';
import { loadScreen } from '$lib/server/screens';
import type { PageServerLoad } from './$types';

/**
 * One delegate's card with their personal QR, for a lost or re-issued invitation. The
 * desk's own pairing is enough (its view carries the tokens); the QR is drawn here from
 * the current token, so a card printed after a re-issue carries the new one.
 */
export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const { snapshot } = await loadScreen(params.id, 'desk', cookies, locals.lang);
	const { basics, categories, delegates } = snapshot.state;
	const delegate = delegates.find((d) => d.id === params.delegateId);
	if (!delegate) error(404, { message: translate(locals.lang, 'desk.card.notFound'), code: 'delegate_not_found' });
	const app = await getApp();
	const link = `${publicBaseUrl(url, app.config.publicUrl)}/i/${delegate.token}`;
	return {
		meetingId: params.id,
		basics,
		person: { salutation: delegate.salutation, fullName: delegate.fullName, title: delegate.title, unit: delegate.unit },
		category: categories.find((c) => c.id === delegate.categoryId)?.name ?? '',
		link,
		qr: await qrSvg(link)
	};
};
