/**
 * How the record names a person: salutations read from typed text, the name as one says it,
 * the position, and who answered an opinion. Apart from `person.ts` (which re-exports all of
 * it) because the delegate's phone shows its answers' speakers (`phone.ts`) and its
 * JavaScript should carry only this part: see docs/performance.md.
 */
import type { AnswerBy } from '../minutes/types';
import { foldVietnamese } from '../search';
import type { MeetingState } from '../types';
import type { PersonRef } from './types';

/** What the minutes print for officials (chairs, agency representatives) when no salutation is known. */
export const OFFICIAL_SALUTATION = 'Đồng chí';

/** Salutations a typed name may start with, and how the record writes them. */
const LEADING: [RegExp, string][] = [
	[/^(đồng chí|đ\/c)\s+/iu, OFFICIAL_SALUTATION],
	[/^ông\s+/iu, 'Ông'],
	[/^bà\s+/iu, 'Bà'],
	[/^cụ\s+/iu, 'Cụ']
];

/** "Ông Nguyễn Văn An" → Ông + Nguyễn Văn An; a name without one is returned as it is. */
export function splitSalutation(text: string): { salutation: string; name: string } {
	const s = text.normalize('NFC').trim();
	for (const [re, salutation] of LEADING) {
		const m = s.match(re);
		// "Ông" alone (nothing after it) is not a name with a salutation.
		if (m && s.length > m[0].length) return { salutation, name: s.slice(m[0].length).trim() };
	}
	return { salutation: '', name: s };
}

/** Old answers glued "name, title": the part before the first comma is the name. */
export function splitTitle(text: string): { name: string; title: string } {
	const at = text.indexOf(',');
	return at < 0 ? { name: text.trim(), title: '' } : { name: text.slice(0, at).trim(), title: text.slice(at + 1).trim() };
}

export const same = (a: string, b: string) => foldVietnamese(a).trim() === foldVietnamese(b).trim();

/** A title that only repeats the unit (the queue's agency speaker carries the agency as title) is dropped. */
export function person(p: PersonRef): PersonRef {
	const title = p.title.trim();
	return { ...p, salutation: p.salutation.trim(), name: p.name.trim(), title: title && same(title, p.unit) ? '' : title, unit: p.unit.trim() };
}

/** [B2] Who answered, from what the minutes stored (structured, or an older "name, title"). */
export function personOfAnswer(state: Pick<MeetingState, 'agencies' | 'plan'>, by: AnswerBy): PersonRef {
	const agency = by.kind === 'agency' ? state.agencies.find((a) => a.id === by.agencyId) : undefined;
	const chair = by.kind === 'chair' ? state.plan.chairs.find((c) => c.id === by.chairId) : undefined;
	const glued = by.title === undefined ? splitTitle(by.name) : { name: by.name, title: by.title };
	const typed = splitSalutation(glued.name);
	// No name typed: the chair named, or the agency's head as the plan lists them.
	const fallback = splitSalutation(chair?.name ?? agency?.head ?? '');
	const name = typed.name || fallback.name;
	const title = glued.title || (chair && (!typed.name || same(typed.name, chair.name)) ? chair.title : '');
	return person({
		kind: 'person',
		salutation: typed.salutation || by.salutation || (typed.name ? '' : fallback.salutation) || OFFICIAL_SALUTATION,
		name,
		title,
		unit: agency?.name ?? '',
		delegateId: null
	});
}

/** "Ông Nguyễn Văn An" — salutation and name as one says them. */
export const calledName = (p: Pick<PersonRef, 'salutation' | 'name'>): string => [p.salutation, p.name].filter(Boolean).join(' ');

/** Title and unit, the unit left out when the title already names it. */
export function position(p: Pick<PersonRef, 'title' | 'unit'>): string {
	if (p.title && p.unit && foldVietnamese(p.title).includes(foldVietnamese(p.unit))) return p.title;
	return [p.title, p.unit].filter(Boolean).join(', ');
}
