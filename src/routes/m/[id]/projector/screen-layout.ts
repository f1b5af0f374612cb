/** How the projector arranges what it shows; pure so it is tested without a browser. */

/** At most this many programme items are shown at once; more would be too small to read from the hall. */
export const AGENDA_WINDOW = 9;

/**
 * The part of the programme on screen: all of it when short, else a window that keeps the
 * current item in view with one or two done items above it (the programme "pages" as the
 * meeting moves on). `before`/`after` count the items left out.
 */
export function agendaWindow<T>(items: readonly T[], currentIndex: number, size = AGENDA_WINDOW): { shown: { item: T; index: number }[]; before: number; after: number } {
	const all = items.map((item, index) => ({ item, index }));
	if (items.length <= size) return { shown: all, before: 0, after: 0 };
	// A marker line takes the place of an item at each cut end.
	const start = Math.max(0, Math.min(currentIndex - 2, items.length - size));
	const end = Math.min(items.length, start + size);
	return { shown: all.slice(start, end), before: start, after: items.length - end };
}

/**
 * The banner's look per line, as printed on the hall's backdrop: the issuing bodies small on
 * top, the event's name large, and with four lines or more the last ("<place>, ngày …")
 * small again.
 */
export function bannerLineKind(index: number, count: number): 'small' | 'headline' {
	if (count <= 1) return 'headline';
	if (index === 0) return 'small';
	if (count >= 4 && index === count - 1) return 'small';
	return 'headline';
}
