import { isPhoneScreen, screenTexts } from '$lib/server/screen-texts';
import type { LayoutServerLoad } from './$types';

/** A phone's page carries its own texts in the reader's language; other screens load the catalog (+layout.ts). */
export const load: LayoutServerLoad = ({ locals, route }) => {
	const screen = route.id;
	if (isPhoneScreen(screen)) return { lang: locals.lang, screen, texts: screenTexts(screen, locals.lang) };
	return { lang: locals.lang, screen: null, texts: null };
};
