import type { Handle } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/catalog';

/**
 * Preload hints (the `Link` header, never compressed) for scripts only: a page's stylesheets
 * are `<link rel="stylesheet">` in its <head>, which arrives in the same answer, so their hints
 * were ~90 bytes each for nothing; the scripts' hints are the only early word of the chunks
 * the entry imports (without them: one more round trip each).
 */
const preload = ({ type }: { type: string }) => type === 'js';

export const handle: Handle = async ({ event, resolve }) => {
	const lang: Lang = event.cookies.get('lang') === 'en' ? 'en' : 'vi';
	event.locals.lang = lang;
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang), preload });
	// A marker nothing reads (not SvelteKit's client, not this app), on every page. Only pages
	// carry it, and their headers are mutable; an endpoint's `Response.redirect` would throw on delete.
	if (response.headers.has('x-sveltekit-page')) response.headers.delete('x-sveltekit-page');
	return response;
};
