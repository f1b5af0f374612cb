import type { Headcount, MeetingState } from '../types';
import { COUNTING_SCREENS, LIST_SCREENS, ownOnly, seenBy, type EventsVisibility, type StateVisibility } from '../visibility';
import type { CheckInEvent } from './events';

const counted = new WeakMap<MeetingState, Headcount>();

/** Present and on the list, in all and per category (states are immutable: counted once each). */
export function headcountOf(state: MeetingState): Headcount {
	const known = counted.get(state);
	if (known) return known;
	const byCategory: Headcount['byCategory'] = {};
	for (const c of state.categories) byCategory[c.id] = { onList: 0, present: 0 };
	let present = 0;
	for (const d of state.delegates) {
		const here = state.attendance[d.id] ? 1 : 0;
		present += here;
		const row = byCategory[d.categoryId];
		if (!row) continue;
		row.onList++;
		row.present += here;
	}
	const headcount = { onList: state.delegates.length, present, byCategory };
	counted.set(state, headcount);
	return headcount;
}

/**
 * Who came is for the staff screens; a phone holds its owner's check-in only. The screens that
 * show how many, not who (projector, phones, walk-in form), get `headcount` instead of the list,
 * which also keeps a 3,000-person meeting's phone page as small as a village's ([V4]).
 */
export const checkInStateVisibility: Pick<StateVisibility, 'attendance' | 'headcount'> = {
	attendance: {
		hidden: () => ({}),
		perPhone: true,
		seen: {
			...seenBy(LIST_SCREENS, 'as-is'),
			// By id, not by record: the log keeps a removed delegate's check-in, and so does the phone.
			delegate: (state, { delegateId }) => {
				const own = delegateId === undefined ? undefined : state.attendance[delegateId];
				return own ? { [delegateId!]: own } : {};
			}
		}
	},
	headcount: { hidden: () => undefined, seen: seenBy(COUNTING_SCREENS, headcountOf) }
};

export const checkInEventVisibility: Pick<EventsVisibility, CheckInEvent['type']> = {
	'checkin.recorded': { seen: { ...seenBy(LIST_SCREENS, 'as-is'), delegate: ownOnly((e) => e.data.delegateId) }, concerns: (e) => [e.data.delegateId], counted: true },
	'checkin.undone': { seen: { ...seenBy(LIST_SCREENS, 'as-is'), delegate: ownOnly((e) => e.data.delegateId) }, concerns: (e) => [e.data.delegateId], counted: true }
};
