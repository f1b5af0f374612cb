import type { Lang, MessageKey } from './catalog';

/** One language's texts of the catalog (catalog.ts), whole or the part a screen shows. */
export type Texts = Partial<Record<MessageKey, string>>;
export type TextsByLang = Partial<Record<Lang, Texts>>;

/** Fetches a language's texts a screen does not hold yet (a phone is sent one language). */
export type TextLoader = (lang: Lang) => Promise<Texts>;
