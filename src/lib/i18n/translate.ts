import { catalog, type Lang, type MessageKey } from './catalog';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it gets noticed. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
	const text: string = catalog[key][lang];
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(catalog, key);
}
