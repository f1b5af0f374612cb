import { catalog, type Lang, type MessageKey } from './catalog';
import { fill, type MessageParams } from './fill';

export type { MessageParams };

/** A message in a language, placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
	return fill(catalog[key][lang], params);
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(catalog, key);
}
