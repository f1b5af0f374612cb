/**
 * Who sees what, deny by default. Each feature declares, in its own `visibility.ts`, what each
 * role may see of its parts of the state and of its events; `project.ts` composes them. The
 * tables are typed over every `MeetingState` key and every stored event type, so a feature that
 * adds state or an event without declaring it does not compile; at run time anything undeclared
 * (a key or an event type nobody declared, a role a declaration does not name) reaches no one
 * but the admin: a key is left out of the view, an event becomes `view.hidden`.
 */
import type { EventOf, EventType, StoredEvent } from './events';
import type { MeetingState, Role } from './types';

/** Who looks: a role, and for a phone (role 'delegate') its owner. */
export interface Viewer {
	role: Role;
	delegateId?: string;
}

/** The staff screens that show the list of people (names, check-ins, the minutes). */
export const LIST_SCREENS = ['chair', 'secretary', 'desk'] as const satisfies readonly Role[];
/** The screens that show how many came, not who: the big screen, the phones, the walk-in form. */
export const COUNTING_SCREENS = ['projector', 'delegate', 'guest'] as const satisfies readonly Role[];
/**
 * The screens in the hall. Not "every role": a role added later (the agency's page, a public
 * page) is in none of these lists and so starts seeing nothing until a feature names it.
 */
export const HALL_SCREENS = [...LIST_SCREENS, ...COUNTING_SCREENS] as const;

export type StateKey = keyof MeetingState;

/** How one role sees one part: as it is, or what a function of the whole state leaves of it. */
export type PartView<K extends StateKey> = 'as-is' | ((state: MeetingState, viewer: Viewer) => MeetingState[K]);

export interface PartVisibility<K extends StateKey> {
	/** What every role not named in `seen` holds: the part's empty shape, the same for every meeting. */
	hidden: () => MeetingState[K];
	/** The roles that see something of it, and what. The admin always sees everything. */
	seen: Partial<Record<Role, PartView<K>>>;
	/** A phone's view of it depends on the phone's owner: encoded per phone, not once for all (server/views.ts). */
	perPhone?: true;
}

/** One declaration per part of the state: a key without one is a compile error. */
export type StateVisibility = { [K in StateKey]-?: PartVisibility<K> };

/** What a view function may call besides the event: the projection of a whole state for the same viewer. */
export interface EventContext {
	viewer: Viewer;
	project: (state: MeetingState) => MeetingState;
	/** The full state after the batch the event came in, when known (a broadcast always knows it). */
	after?: MeetingState;
}

/** How one role sees one event: as it is, or what a function makes of it (`hide(event)` for nothing). */
export type EventView<T extends EventType> = 'as-is' | ((event: EventOf<T>, context: EventContext) => StoredEvent);

export interface EventVisibility<T extends EventType> {
	/** The roles that see something of it, and what. Every other role gets `view.hidden` with its seq. */
	seen: Partial<Record<Role, EventView<T>>>;
	/** The delegates whose own phone sees it differently from every other phone. */
	concerns?: (event: EventOf<T>) => Iterable<string>;
	/** It changes the counts: a counting view gets the new `headcount` with it (hidden or not). */
	counted?: true;
}

/** Stored event types; `view.hidden` is what projection makes, never stored. */
export type StoredEventType = Exclude<EventType, 'view.hidden'>;

/** One declaration per stored event type: a type without one is a compile error. */
export type EventsVisibility = { [T in StoredEventType]-?: EventVisibility<T> };

/** The same view for several roles: `{ ...seenBy(LIST_SCREENS, 'as-is'), delegate: own }`. */
export function seenBy<const V>(roles: readonly Role[], view: V): Partial<Record<Role, V>> {
	const seen: Partial<Record<Role, V>> = {};
	for (const role of roles) seen[role] = view;
	return seen;
}

/** In place of an event a role may not see: same seq (clients rely on no gaps), nothing else. */
export function hide(event: StoredEvent): StoredEvent {
	return { type: 'view.hidden', data: {}, seq: event.seq, at: event.at, actor: { role: event.actor.role }, commandId: '' };
}

/** A phone sees the event when it is about its owner (`subject`), as is or as `keep` leaves it; else a blank. */
export function ownOnly<T extends EventType>(subject: (event: EventOf<T>) => string | null, keep: (event: EventOf<T>) => EventOf<T> = (e) => e): EventView<T> {
	return (event, { viewer }) => (viewer.delegateId !== undefined && subject(event) === viewer.delegateId ? keep(event) : hide(event));
}
