import { catalog, LANGS, type MessageKey } from './catalog';
import type { Texts, TextsByLang } from './texts';

/**
 * The whole catalog in both languages, for the staff screens (desk, chair, secretary, plan,
 * projector). Loaded on demand by the root layout (routes/+layout.ts), so that the phone's
 * pages, which are sent only their own texts, never download it.
 */
export const wholeCatalog: TextsByLang = Object.fromEntries(
	LANGS.map((lang) => [lang, Object.fromEntries(Object.entries(catalog).map(([key, text]) => [key as MessageKey, text[lang]])) as Texts])
);
