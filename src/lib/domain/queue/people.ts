import { foldVietnamese } from '../search';
import type { Delegate } from '../types';
import type { LiveMeeting } from './live';
import type { Requester, TurnSpeaker } from './types';

/** One key per person, so a slip typed twice for the same name and unit is the same person. */
export function personKey(who: TurnSpeaker): string {
	switch (who.kind) {
		case 'delegate':
			return `delegate:${who.delegateId}`;
		case 'person':
			return `person:${foldVietnamese(who.name)}|${foldVietnamese(who.unit)}`;
		case 'agency':
			return `agency:${who.agencyId}:${foldVietnamese(who.name)}`;
		case 'chair':
			return `chair:${who.chairId}`;
	}
}

export interface SpeakerLabel {
	salutation: string;
	name: string;
	/** Unit, or the agency / the chair's title. */
	unit: string;
}

/** What a screen writes for a speaker: "Bà" "Trần Thị Bình" "Tổ dân phố 3". */
export function speakerLabel(state: LiveMeeting, who: TurnSpeaker): SpeakerLabel {
	switch (who.kind) {
		case 'delegate': {
			// The list's record when this screen has it (a corrected name), else the copy the request carries.
			const d: Delegate | undefined = state.delegates.find((x) => x.id === who.delegateId);
			return d ? { salutation: d.salutation, name: d.fullName, unit: d.unit } : { salutation: who.salutation, name: who.name, unit: who.unit };
		}
		case 'person':
			return { salutation: who.salutation ?? '', name: who.name, unit: who.unit };
		case 'agency':
			return { salutation: '', name: who.name, unit: who.title };
		case 'chair':
			return { salutation: '', name: who.name, unit: who.title };
	}
}

/**
 * Citizens go before officials in fair order. A slip person is on no list: a citizen. A
 * delegate is one when their category is: the plan's choice, else the walk-in category and
 * the ones named "Nhân dân" or "uy tín" (người có uy tín).
 */
export function isCitizen(state: LiveMeeting, who: Requester): boolean {
	if (who.kind === 'person') return true;
	const delegate = state.delegates.find((d) => d.id === who.delegateId);
	if (!delegate) return true;
	const chosen = state.plan.queue.citizenCategoryIds;
	if (chosen) return chosen.includes(delegate.categoryId);
	return delegate.source === 'walk_in' || citizenCategoryByDefault(state, delegate.categoryId);
}

/** Without the plan's choice: the walk-in category and those named "Nhân dân" or "uy tín" (the plan screen starts its choice from these). */
export function citizenCategoryByDefault(state: Pick<LiveMeeting, 'plan' | 'categories'>, categoryId: string): boolean {
	if (categoryId === state.plan.walkInCategoryId) return true;
	const name = foldVietnamese(state.categories.find((c) => c.id === categoryId)?.name ?? '');
	return name.includes('nhan dan') || name.includes('uy tin');
}
