import { matchesQuery } from '../search';
import type { CheckIn, Delegate, DelegateCategory, MeetingState } from '../types';
import { tokenFromCode } from './decide';

/** The help desk's list: who is here, who is not yet, found by name or unit. */
export type Presence = 'all' | 'absent' | 'present';

export interface DeskFilter {
	/** Typed with or without tones: "nguyen van" finds "Nguyễn Văn An". */
	query: string;
	/** '' for every category. */
	categoryId: string;
	presence: Presence;
}

export interface DeskRow {
	delegate: Delegate;
	checkIn: CheckIn | null;
}

export interface DeskGroup {
	category: DelegateCategory;
	rows: DeskRow[];
}

/**
 * Vietnamese lists are read by given name (tên), the last word: "Trần Thị Bình" sorts
 * under B. Names come from files in NFC or NFD, so both are composed before comparing.
 */
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
function byGivenName(a: Delegate, b: Delegate): number {
	const name = (d: Delegate) => d.fullName.normalize('NFC').trim();
	const given = (d: Delegate) => name(d).split(/\s+/).at(-1) ?? '';
	return collator.compare(given(a), given(b)) || collator.compare(name(a), name(b));
}

function matching(state: MeetingState, filter: Omit<DeskFilter, 'presence'>): Delegate[] {
	return state.delegates.filter(
		(d) => (!filter.categoryId || d.categoryId === filter.categoryId) && matchesQuery(filter.query, d.fullName, d.unit, d.title)
	);
}

const present = (state: MeetingState, d: Delegate) => Boolean(state.attendance[d.id]);

/** The list grouped by category in the plan's order, each group sorted by given name. */
export function deskList(state: MeetingState, filter: DeskFilter): DeskGroup[] {
	const rows = matching(state, filter)
		.filter((d) => filter.presence === 'all' || (filter.presence === 'present') === present(state, d))
		.sort(byGivenName);
	return state.categories
		.map((category) => ({
			category,
			rows: rows.filter((d) => d.categoryId === category.id).map((delegate) => ({ delegate, checkIn: state.attendance[delegate.id] ?? null }))
		}))
		.filter((group) => group.rows.length > 0);
}

/** How many match the search in each presence tab, so the tabs can say "Chưa đến (12)". */
export function presenceCounts(state: MeetingState, filter: Omit<DeskFilter, 'presence'>): Record<Presence, number> {
	const found = matching(state, filter);
	const here = found.filter((d) => present(state, d)).length;
	return { all: found.length, present: here, absent: found.length - here };
}

/** Whom a scanned code names (link or bare token), so the result card can greet them. */
export function delegateForCode(state: MeetingState, code: string): Delegate | undefined {
	const token = tokenFromCode(code);
	return token ? state.delegates.find((d) => d.token === token) : undefined;
}

/**
 * The desk's one box takes what a scanner types (a personal link or a bare token) and
 * names typed by hand. A link has "/i/" or a scheme; a token is 20+ letters, digits,
 * "-" or "_" without a space, which no name or unit is.
 */
export function looksLikeCode(text: string): boolean {
	const t = text.trim();
	return /\/i\/[A-Za-z0-9_-]+/.test(t) || /^https?:\/\//i.test(t) || /^[A-Za-z0-9_-]{20,}$/.test(t);
}

/**
 * The one person a name typed in the desk's box finds in the list as shown (its category and
 * presence tabs): Enter checks them in, as a scanned code does. Several or none: Enter only searches.
 */
export function singleMatch(state: MeetingState, filter: DeskFilter): Delegate | null {
	if (!filter.query.trim() || looksLikeCode(filter.query)) return null;
	const rows = deskList(state, filter).flatMap((group) => group.rows);
	return rows.length === 1 ? rows[0].delegate : null;
}
