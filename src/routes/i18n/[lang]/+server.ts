import { error, json } from '@sveltejs/kit';
import { LANGS, type Lang } from '$lib/i18n/catalog';
import { isPhoneScreen, screenTexts } from '$lib/server/screen-texts';
import type { RequestHandler } from './$types';

/** A phone screen's texts in the other language, fetched when the person switches (ui/i18n.svelte.ts). */
export const GET: RequestHandler = ({ params, url }) => {
	const screen = url.searchParams.get('screen');
	if (!(LANGS as string[]).includes(params.lang) || !isPhoneScreen(screen)) error(404, { message: 'Not found' });
	return json(screenTexts(screen, params.lang as Lang));
};
