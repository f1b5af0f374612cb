import type { Handle } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/catalog';

export const handle: Handle = async ({ event, resolve }) => {
	const lang: Lang = event.cookies.get('lang') === 'en' ? 'en' : 'vi';
	event.locals.lang = lang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
