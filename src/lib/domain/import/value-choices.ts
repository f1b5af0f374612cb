import * as z from 'zod';
import { translate } from '../../i18n/translate';
import { foldVietnamese } from '../search';

/** Words people write in a cell for each code, the usual one first (it is the one shown in problems). */
export type ChoiceWords<C extends string> = Record<C, readonly string[]>;

/** A cell compared with a word: no tones, case, spaces or punctuation ("Trả lời sau" = "tra loi sau."). */
export function cellKey(text: string): string {
	return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Reads a cell written in people's words ("Trả lời tại hội nghị") as its code
 * ('answer_at_meeting'). The code itself is accepted too, so our own exports read back.
 * Unknown text comes back unchanged, for `choice` to refuse with the accepted words.
 */
export function readChoice<C extends string>(text: string, words: ChoiceWords<C>): C | string {
	const key = cellKey(text);
	for (const code of Object.keys(words) as C[]) {
		if (cellKey(code) === key || words[code].some((word) => cellKey(word) === key)) return code;
	}
	return text;
}

/** Accepts only the codes; the refusal lists the words people write, not our codes. */
export function choice<C extends string>(words: ChoiceWords<C>) {
	const codes = Object.keys(words) as C[];
	const values = codes.map((code) => words[code][0]).join(', ');
	return z
		.string()
		.superRefine((value, ctx) => {
			if (!codes.includes(value as C)) ctx.addIssue({ code: 'custom', message: translate('vi', 'import.problem.notOneOf', { values }) });
		})
		.transform((value) => value as C);
}

/**
 * A name in the file resolved to an entity id (category, agency): diacritics, case and
 * spacing ignored. `aliases` gives each entity the names it may be written as.
 */
export function idByName(entities: { id: string; aliases: string[] }[], name: string): string | null {
	const key = cellKey(name);
	if (!key) return null;
	return entities.find((e) => e.aliases.some((alias) => cellKey(alias) === key))?.id ?? null;
}
