import { getContext, setContext } from 'svelte';
import type { Lang, MessageKey } from '../i18n/catalog';
import { translate, type MessageParams } from '../i18n/translate';

const KEY = Symbol('i18n');

/** The language of this browser tab; set from the `lang` cookie by the root layout. */
export class I18n {
	lang = $state<Lang>('vi');

	constructor(lang: Lang) {
		this.lang = lang;
	}

	t = (key: MessageKey, params?: MessageParams): string => translate(this.lang, key, params);

	toggle() {
		this.lang = this.lang === 'vi' ? 'en' : 'vi';
		document.cookie = `lang=${this.lang}; path=/; max-age=31536000; samesite=lax`;
		document.documentElement.lang = this.lang;
	}
}

export function provideI18n(lang: Lang): I18n {
	return setContext(KEY, new I18n(lang));
}

export function useI18n(): I18n {
	return getContext<I18n>(KEY);
}
