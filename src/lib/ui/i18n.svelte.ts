import { getContext, setContext } from 'svelte';
import type { Lang, MessageKey } from '../i18n/catalog';
import { fill, type MessageParams } from '../i18n/fill';
import type { TextLoader, TextsByLang } from '../i18n/texts';

const KEY = Symbol('i18n');

/**
 * The language of this browser tab (from the `lang` cookie) and the texts it holds: the whole
 * catalog on staff screens, only its own texts in one language on a phone (the other language
 * is fetched when the person switches). No catalog import here: the phone must not load it.
 */
export class I18n {
	lang = $state<Lang>('vi');
	#texts = $state.raw<TextsByLang>({});
	#load: TextLoader | undefined;

	constructor(lang: Lang, texts: TextsByLang, load?: TextLoader) {
		this.lang = lang;
		this.hold(texts, load);
	}

	/** Takes the texts a page was sent (a navigation may bring another screen's). */
	hold(texts: TextsByLang, load?: TextLoader) {
		this.#texts = { ...this.#texts, ...texts };
		this.#load = load;
	}

	/** A key the screen holds a text for (server error codes are checked with it). */
	has = (key: string): key is MessageKey => this.#texts[this.lang]?.[key as MessageKey] !== undefined;

	/** A missing text shows its key, so that it gets noticed (the catalog test keeps them complete). */
	t = (key: MessageKey, params?: MessageParams): string => fill(this.#texts[this.lang]?.[key] ?? key, params);

	async toggle() {
		const next: Lang = this.lang === 'vi' ? 'en' : 'vi';
		if (!this.#texts[next] && this.#load) {
			try {
				this.#texts = { ...this.#texts, [next]: await this.#load(next) };
			} catch {
				return; // offline: the page stays in the language it has
			}
		}
		this.lang = next;
		document.cookie = `lang=${this.lang}; path=/; max-age=31536000; samesite=lax`;
		document.documentElement.lang = this.lang;
	}
}

export function provideI18n(lang: Lang, texts: TextsByLang, load?: TextLoader): I18n {
	return setContext(KEY, new I18n(lang, texts, load));
}

export function useI18n(): I18n {
	return getContext<I18n>(KEY);
}
