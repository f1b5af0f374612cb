import type { EventOf, StoredEvent } from '../events';
import { hide, LIST_SCREENS, ownOnly, seenBy, type EventContext, type EventsVisibility, type EventVisibility, type StateVisibility } from '../visibility';
import type { MinutesEvent } from './events';
import { emptyMinutes, type MinutesState } from './types';

/**
 * The minutes carry names: the staff screens hold them all ([V8]). A phone holds only the
 * opinions its owner raised, with their answers and outcome; conclusions and summaries are the
 * chair's and the secretaries' working text. The projector holds none.
 */
export const minutesStateVisibility: Pick<StateVisibility, 'minutes'> = {
	minutes: {
		hidden: emptyMinutes,
		perPhone: true,
		seen: {
			...seenBy(LIST_SCREENS, 'as-is'),
			delegate: (state, { delegateId }): MinutesState => ({
				...emptyMinutes(),
				opinions: delegateId === undefined ? [] : state.minutes.opinions.filter((o) => o.raisedBy.delegateId === delegateId)
			})
		}
	}
};

type OpinionEventType = Exclude<MinutesEvent['type'], 'opinion.recorded' | `conclusion.${string}` | `minutes.${string}`>;

/** An event about one opinion: the staff screens, and the phone of the person who raised it (the event names them). */
function aboutOpinion<T extends OpinionEventType>(): EventVisibility<T> {
	const whose = (e: EventOf<T>) => (e as unknown as { data: { delegateId: string | null } }).data.delegateId;
	return { seen: { ...seenBy(LIST_SCREENS, 'as-is'), delegate: ownOnly(whose) }, concerns: (e) => [whose(e)].filter((id) => id !== null) };
}
const staffOnly = { seen: seenBy(LIST_SCREENS, 'as-is') };

/**
 * An edit on a phone: its owner's opinion edited; or, when the edit moves the opinion from one
 * person to another, a removal on the previous person's phone and the whole opinion on the new one's.
 */
function editedOnPhone(e: EventOf<'opinion.edited'>, { viewer }: EventContext): StoredEvent {
	const me = viewer.delegateId;
	const { moved, ...data } = e.data;
	const envelope = { seq: e.seq, at: e.at, actor: e.actor, commandId: e.commandId };
	if (me === undefined) return hide(e);
	if (moved && moved.from === me && data.delegateId !== me) return { ...envelope, type: 'opinion.removed', data: { opinionId: data.opinionId, delegateId: me } };
	if (moved && data.delegateId === me && moved.from !== me) return { ...envelope, type: 'opinion.recorded', data: { opinion: moved.opinion, index: moved.index } };
	return data.delegateId === me ? { ...e, data } : hide(e);
}

export const minutesEventVisibility: Pick<EventsVisibility, MinutesEvent['type']> = {
	'opinion.recorded': {
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), delegate: ownOnly((e) => e.data.opinion.raisedBy.delegateId) },
		concerns: (e) => [e.data.opinion.raisedBy.delegateId].filter((id) => id !== null)
	},
	'opinion.edited': {
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), delegate: editedOnPhone },
		concerns: (e) => [e.data.delegateId, e.data.moved?.from ?? null].filter((id) => id !== null)
	},
	'opinion.removed': aboutOpinion(),
	'opinion.answerAdded': aboutOpinion(),
	'opinion.answerEdited': aboutOpinion(),
	'opinion.answerRemoved': aboutOpinion(),
	'opinion.tagged': aboutOpinion(),
	'opinion.linked': aboutOpinion(),
	'conclusion.added': staffOnly,
	'conclusion.edited': staffOnly,
	'conclusion.removed': staffOnly,
	'minutes.overallEdited': staffOnly,
	'minutes.itemSummaryEdited': staffOnly
};
