import type { EventOf } from '../events';
import type { MeetingState } from '../types';
import { COUNTING_SCREENS, HALL_SCREENS, LIST_SCREENS, seenBy, type EventContext, type EventsVisibility, type EventView, type StateVisibility, type Viewer } from '../visibility';
import { emptyQueue } from './defaults';
import type { QueueEvent } from './events';
import { publicQueue, publicRequest, publicTurn, publicUndo, publicWritten } from './public-view';
import type { Requester, TurnSpeaker, WrittenOpinion } from './types';

/** A phone's owner; the projector and the walk-in form have none. */
const ownerOf = (viewer: Viewer) => (viewer.role === 'delegate' ? viewer.delegateId : undefined);
/** A written opinion's text is for the staff screens; the big screen and the phones (its author's too) see only that one was sent. */
const withoutText = (o: WrittenOpinion): WrittenOpinion => ({ ...o, content: '' });

/** The public queue ([V9]): names and units of those waiting; another delegate's id and statement never. */
function publicQueueOf(state: MeetingState, viewer: Viewer): MeetingState['queue'] {
	return publicQueue({ ...state.queue, writtenOpinions: state.queue.writtenOpinions.map(withoutText) }, ownerOf(viewer));
}

export const queueStateVisibility: Pick<StateVisibility, 'queue' | 'fields'> = {
	queue: { hidden: emptyQueue, perPhone: true, seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, publicQueueOf) } },
	fields: { hidden: () => [], seen: seenBy(HALL_SCREENS, 'as-is') }
};

/** An event that names people: the staff screens as is, the counting screens its public version. */
function naming<T extends QueueEvent['type']>(publicOf: (event: EventOf<T>, owner: string | undefined) => EventOf<T>['data']): EventView<T> {
	return (event, { viewer }: EventContext) => ({ ...event, data: publicOf(event, ownerOf(viewer)) }) as EventOf<T>;
}
const people = (who: (Requester | TurnSpeaker)[]) => who.flatMap((w) => (w.kind === 'delegate' ? [w.delegateId] : []));
const everyScreen = { seen: seenBy(HALL_SCREENS, 'as-is') };

export const queueEventVisibility: Pick<EventsVisibility, QueueEvent['type']> = {
	'request.submitted': {
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, naming<'request.submitted'>((e, owner) => ({ ...e.data, request: publicRequest(e.data.request, owner) }))) },
		concerns: (e) => people([e.data.request.who])
	},
	'turn.started': {
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, naming<'turn.started'>((e, owner) => ({ turn: publicTurn(e.data.turn, owner) }))) },
		concerns: (e) => people([e.data.turn.speaker])
	},
	'queue.undone': {
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, naming<'queue.undone'>((e, owner) => ({ entry: publicUndo(e.data.entry, owner)! }))) },
		concerns: (e) => people([...e.data.entry.requests.map((r) => r.who), ...e.data.entry.turns.map((t) => t.speaker)])
	},
	'writtenOpinion.submitted': {
		seen: { ...seenBy(LIST_SCREENS, 'as-is'), ...seenBy(COUNTING_SCREENS, naming<'writtenOpinion.submitted'>((e, owner) => ({ opinion: publicWritten(withoutText(e.data.opinion), owner) }))) },
		concerns: (e) => people([e.data.opinion.author])
	},
	// Ids of requests and turns, times, the lock, the big screen's message: every screen in the hall.
	'request.withdrawn': everyScreen,
	'request.moved': everyScreen,
	'request.markedAbsent': everyScreen,
	'request.recalled': everyScreen,
	'turn.ended': everyScreen,
	'turn.paused': everyScreen,
	'turn.resumed': everyScreen,
	'turn.extended': everyScreen,
	'queue.locked': everyScreen,
	'queue.unlocked': everyScreen,
	'queue.fairOrderSet': everyScreen,
	'screen.messageSet': everyScreen,
	'fields.set': everyScreen
};
