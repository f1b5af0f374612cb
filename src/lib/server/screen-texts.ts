import { screens } from 'virtual:screen-keys';
import { catalog, type Lang, type MessageKey } from '../i18n/catalog';
import type { Texts } from '../i18n/texts';

/*
 * The texts a phone screen is sent with its page, in the reader's language only: the keys its
 * code names (found at build time, vite.config.ts) and the error texts (a command's answer may
 * carry any error code). The staff screens load the whole catalog instead.
 */

/** Any error code may come back; ErrorNotice shows `error.<code>`. */
const ERRORS = 'error.';
const keysOf = new Map<string, MessageKey[]>();
const textsOf = new Map<string, Texts>();

/** Whether a route is a phone screen, sent its own texts. */
export const isPhoneScreen = (routeId: string | null): routeId is string => routeId !== null && Object.hasOwn(screens, routeId);

/**
 * In Vietnamese the error texts built from a code are left out: an error arrives with its
 * Vietnamese text already (`DomainError.message`), which ErrorNotice shows when it holds no
 * text of its own. That is half of a phone's texts.
 */
function keys(routeId: string, lang: Lang): MessageKey[] {
	const id = `${routeId} ${lang}`;
	let found = keysOf.get(id);
	if (!found) {
		const { words, prefixes } = screens[routeId];
		const named = new Set(words);
		const built = [...new Set([...prefixes, ERRORS])].filter((prefix) => lang !== 'vi' || prefix !== ERRORS);
		found = (Object.keys(catalog) as MessageKey[]).filter((key) => named.has(key) || built.some((p) => key.startsWith(p)));
		keysOf.set(id, found);
	}
	return found;
}

/** A phone screen's texts in one language (made once per screen and language). */
export function screenTexts(routeId: string, lang: Lang): Texts {
	const id = `${routeId} ${lang}`;
	let texts = textsOf.get(id);
	if (!texts) {
		texts = Object.fromEntries(keys(routeId, lang).map((key) => [key, catalog[key][lang]]));
		textsOf.set(id, texts);
	}
	return texts;
}
