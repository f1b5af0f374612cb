/**
 * People in the record: from the queue's speakers, the minutes' `RaisedBy` / `AnswerBy`, the
 * list of delegates, the plan's chairs and the agencies, to one structured `PersonRef`.
 *
 * New minutes store the parts apart (`salutation`, `name`, `title`, `unit`). Opinions and
 * answers stored before that carry one glued string ("Ông Nguyễn Văn An", "Đỗ Văn Hùng,
 * Phòng Kinh tế"); `splitSalutation` and `splitTitle` read those, here and nowhere else
 * (they live in `names.ts` with who answered, the part the delegate's phone loads).
 * The same reading serves free text typed in the plan (an agency's head "Bà Phạm Thị Dung",
 * a collected opinion's "Ông Nguyễn Văn Hải").
 */
import type { AnswerBy, RaisedBy } from '../minutes/types';
import type { Turn, TurnSpeaker } from '../queue/types';
import type { MeetingState } from '../types';
import type { PersonRef } from './types';
import { OFFICIAL_SALUTATION, person, splitSalutation } from './names';

export { OFFICIAL_SALUTATION, splitSalutation, personOfAnswer, calledName, position } from './names';

/** Who raised an opinion, from what the minutes stored (structured, or an older glued name). */
export function personOfRaisedBy(state: Pick<MeetingState, 'delegates'>, r: RaisedBy): PersonRef {
	const delegate = r.delegateId ? state.delegates.find((d) => d.id === r.delegateId) : undefined;
	if (r.kind === 'organisation') {
		return person({ kind: 'organisation', salutation: '', name: r.name, title: r.title ?? '', unit: r.unit, delegateId: r.delegateId });
	}
	// The stored salutation; else one typed into the name (older minutes); else the list's.
	const typed = splitSalutation(r.name);
	const salutation = r.salutation || typed.salutation || delegate?.salutation || '';
	return person({
		kind: 'person',
		salutation,
		name: typed.name || delegate?.fullName || '',
		title: r.title ?? delegate?.title ?? '',
		unit: r.unit,
		delegateId: r.delegateId
	});
}

/** A queue speaker (requester, agency or chair) as a person. */
export function personOfSpeaker(state: Pick<MeetingState, 'delegates' | 'agencies' | 'plan'>, who: TurnSpeaker): PersonRef {
	switch (who.kind) {
		case 'delegate': {
			// The list's record when this screen has it (a corrected name), else the copy the request carries.
			const d = state.delegates.find((x) => x.id === who.delegateId);
			return person(
				d
					? { kind: 'person', salutation: d.salutation, name: d.fullName, title: d.title, unit: d.unit, delegateId: d.id }
					: { kind: 'person', salutation: who.salutation, name: who.name, title: '', unit: who.unit, delegateId: who.delegateId }
			);
		}
		case 'person': {
			const typed = splitSalutation(who.name);
			return person({ kind: 'person', salutation: who.salutation ?? typed.salutation, name: typed.name, title: '', unit: who.unit, delegateId: null });
		}
		case 'agency': {
			const typed = splitSalutation(who.name);
			const agency = state.agencies.find((a) => a.id === who.agencyId);
			return person({ kind: 'person', salutation: typed.salutation || OFFICIAL_SALUTATION, name: typed.name, title: who.title, unit: agency?.name ?? '', delegateId: null });
		}
		case 'chair': {
			const typed = splitSalutation(who.name);
			return person({ kind: 'person', salutation: typed.salutation || OFFICIAL_SALUTATION, name: typed.name, title: who.title, unit: '', delegateId: null });
		}
	}
}

/**
 * [B2] Who a queue speaker is, as the minutes store it: the parts apart. An agency speaking
 * as the one who raises an opinion is an organisation (its representative named).
 */
export function raisedByOf(state: Pick<MeetingState, 'delegates' | 'agencies' | 'plan'>, who: TurnSpeaker): Required<RaisedBy> {
	const p = personOfSpeaker(state, who);
	if (who.kind === 'agency') return { kind: 'organisation', salutation: '', name: p.name, title: p.title, unit: p.unit, delegateId: null };
	return { kind: 'person', salutation: who.kind === 'chair' ? '' : p.salutation, name: p.name, title: p.title, unit: p.unit, delegateId: p.delegateId };
}

/** [B2] Who answers in a chair's or an agency's turn, as the minutes store it (null for a citizen's turn). */
export function answerByOfTurn(turn: Turn): AnswerBy | null {
	const s = turn.speaker;
	if (s.kind !== 'agency' && s.kind !== 'chair') return null;
	const typed = splitSalutation(s.name);
	const parts = { name: typed.name, salutation: typed.salutation, title: s.title };
	return s.kind === 'agency' ? { kind: 'agency', agencyId: s.agencyId, ...parts } : { kind: 'chair', chairId: s.chairId, ...parts };
}
