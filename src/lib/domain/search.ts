/**
 * Diacritic-insensitive search. Admins type names without tones ("nguyen van an") on
 * laptops without a Vietnamese keyboard, and imported files mix NFC and NFD text, so
 * both sides are folded to bare lowercase ASCII-like letters before comparing.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldVietnamese(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(COMBINING_MARKS, '')
			// đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
			.replace(/[đĐ]/g, 'd')
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Every term of the query must appear somewhere in the fields; an empty query matches all. */
export function matchesQuery(query: string, ...fields: string[]): boolean {
	const terms = foldVietnamese(query).split(' ').filter(Boolean);
	if (terms.length === 0) return true;
	// Joined with a space so that a term never matches across two fields.
	const haystack = foldVietnamese(fields.join(' '));
	return terms.every((term) => haystack.includes(term));
}
