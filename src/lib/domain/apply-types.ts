import type { EventOf, EventType } from './events';
import type { MeetingState } from './types';

/** One reducer per event type; the mapped type makes a missing one a compile error. */
export type Reducers = {
	[T in EventType]: (state: MeetingState | null, event: EventOf<T>) => MeetingState;
};
