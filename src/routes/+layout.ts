import type { TextLoader, TextsByLang } from '$lib/i18n/texts';
import type { LayoutLoad } from './$types';

/**
 * The texts of the page: a phone screen's own (sent with the page, the other language fetched
 * on switching); the staff screens the whole catalog, loaded here so that phones never do.
 */
export const load: LayoutLoad = async ({ data }) => {
	const { lang, screen, texts } = data;
	if (screen && texts) {
		// Called later, in the browser, when the person switches language.
		const loadTexts: TextLoader = async (other) => {
			const answer = await fetch(`/i18n/${other}?screen=${encodeURIComponent(screen)}`);
			if (!answer.ok) throw new Error(`texts ${answer.status}`);
			return answer.json();
		};
		return { lang, texts: { [lang]: texts } as TextsByLang, loadTexts };
	}
	const { wholeCatalog } = await import('$lib/i18n/whole-catalog');
	return { lang, texts: wholeCatalog, loadTexts: undefined };
};
