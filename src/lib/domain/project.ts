/**
 * What a role may see of a meeting, deny by default. Each feature declares who sees what of its
 * state and its events (`<feature>/visibility.ts`); this file composes the declarations and
 * applies them. The two tables below are typed over every `MeetingState` key and every stored
 * event type, so an undeclared one is a compile error; at run time anything undeclared reaches
 * only the admin: a state key nobody declared is left out of every other view, an event type
 * nobody declared (or a role its declaration does not name) becomes `view.hidden`.
 */
import { agendaEventVisibility, agendaStateVisibility } from './agenda/visibility';
import { checkInEventVisibility, checkInStateVisibility } from './checkin/visibility';
import { delegateEventVisibility, delegateStateVisibility, SEES_ACTORS } from './delegates/visibility';
import { documentsEventVisibility, documentsStateVisibility } from './documents/visibility';
import { lastSeq, type StoredEvent } from './events';
import { followUpEventVisibility, followUpStateVisibility } from './followup/visibility';
import { meetingEventVisibility, meetingStateVisibility } from './meeting/visibility';
import { minutesEventVisibility, minutesStateVisibility } from './minutes/visibility';
import { collectedOpinionEventVisibility, collectedOpinionStateVisibility } from './opinions/visibility';
import { planEventVisibility, planStateVisibility } from './plan/visibility';
import { queueEventVisibility, queueStateVisibility } from './queue/visibility';
import type { MeetingState, Role } from './types';
import { hide, type EventContext, type EventsVisibility, type EventVisibility, type PartVisibility, type StateKey, type StateVisibility, type Viewer } from './visibility';

export { headcountOf } from './checkin/visibility';

/** Every part of the state, declared by its feature (a missing key does not compile). */
const STATE: StateVisibility = {
	...meetingStateVisibility,
	...planStateVisibility,
	...delegateStateVisibility,
	...collectedOpinionStateVisibility,
	...checkInStateVisibility,
	...agendaStateVisibility,
	...documentsStateVisibility,
	...queueStateVisibility,
	...minutesStateVisibility,
	...followUpStateVisibility
};

/** Every stored event type, declared by its feature (a missing type does not compile). */
const EVENTS: EventsVisibility = {
	...meetingEventVisibility,
	...agendaEventVisibility,
	...planEventVisibility,
	...delegateEventVisibility,
	...collectedOpinionEventVisibility,
	...checkInEventVisibility,
	...documentsEventVisibility,
	...minutesEventVisibility,
	...queueEventVisibility,
	...followUpEventVisibility
};

const STATE_KEYS = Object.keys(STATE) as StateKey[];

/** A declaration's view for a role, if it names the role (own keys only: no `toString` from a prototype). */
function viewFor<V>(seen: Partial<Record<Role, V>>, role: Role): V | undefined {
	return Object.hasOwn(seen, role) ? seen[role] : undefined;
}

/** One part of the state as a viewer sees it: declared as is, through its function, or its empty shape. */
function part<K extends StateKey>(key: K, state: MeetingState, viewer: Viewer): MeetingState[K] {
	const declared = STATE[key] as PartVisibility<K>;
	const view = viewFor(declared.seen, viewer.role);
	return view === undefined ? declared.hidden() : view === 'as-is' ? state[key] : view(state, viewer);
}

const viewerOf = (role: Role, delegateId: string | undefined): Viewer => (role === 'delegate' && delegateId !== undefined ? { role, delegateId } : { role });

/**
 * What a role may see of the meeting: every declared part as declared for it, nothing else.
 * `delegateId` is the phone's owner (role 'delegate'): its own record and check-in are all it
 * gets of the list.
 */
export function project(state: MeetingState, role: Role, delegateId?: string): MeetingState {
	if (role === 'admin') return state;
	const viewer = viewerOf(role, delegateId);
	const view: Partial<Record<StateKey, unknown>> = {};
	for (const key of STATE_KEYS) {
		const value = part(key, state, viewer);
		if (value !== undefined) view[key] = value;
	}
	return view as MeetingState;
}

/** The parts of a phone's view that differ from one phone to the next (the rest is the same for all). */
export const OWN_PARTS: readonly StateKey[] = STATE_KEYS.filter((key) => STATE[key].perPhone);
export type OwnParts = Partial<MeetingState>;

/**
 * A phone's own parts of its view: its record and check-in, the opinions it raised, and the
 * public queue with its own requests in full. The projector (no owner) gets their empty versions.
 */
export function ownParts(state: MeetingState, role: Role, delegateId: string | undefined): OwnParts {
	const viewer = viewerOf(role, delegateId);
	const parts: Partial<Record<StateKey, unknown>> = {};
	for (const key of OWN_PARTS) parts[key] = part(key, state, viewer);
	return parts as OwnParts;
}

/** The declaration of an event type; undefined for a type nobody declared (which reaches no one). */
function declared(event: StoredEvent): EventVisibility<StoredEvent['type']> | undefined {
	return Object.hasOwn(EVENTS, event.type) ? (EVENTS as unknown as Record<string, EventVisibility<StoredEvent['type']>>)[event.type] : undefined;
}

/** Delegates whose own phone sees an event differently from everyone else's. */
export function delegatesConcerned(events: readonly StoredEvent[]): Set<string> {
	const ids = new Set<string>();
	for (const event of events) for (const id of declared(event)?.concerns?.(event as never) ?? []) ids.add(id);
	return ids;
}

/** Who did it: the actor's delegate id reaches the screens that see the list, and the actor's own phone. */
function withActor(event: StoredEvent, viewer: Viewer): StoredEvent {
	if (event.type === 'view.hidden' || SEES_ACTORS.includes(viewer.role)) return event;
	const own = viewer.delegateId !== undefined && event.actor.delegateId === viewer.delegateId;
	return own || Object.keys(event.actor).length === 1 ? event : { ...event, actor: { role: event.actor.role } };
}

const contextOf = (viewer: Viewer, after: MeetingState | undefined): EventContext => ({ viewer, after, project: (state) => project(state, viewer.role, viewer.delegateId) });

/**
 * Events are projected the same way before a broadcast. Private fields are blanked and events
 * a role may not see become `view.hidden`, never dropped: clients rely on seq having no gaps.
 * `after` is the full state once `event` is applied: a counting view gets its new headcount.
 */
export function projectEvent(event: StoredEvent, role: Role, delegateId?: string, after?: MeetingState): StoredEvent {
	return role === 'admin' ? event : projectFor(event, viewerOf(role, delegateId), after, after);
}

/** `after`: the state after the batch (for views that need it); `countsAfter`: set on the event that carries the batch's counts. */
function projectFor(event: StoredEvent, viewer: Viewer, after: MeetingState | undefined, countsAfter: MeetingState | undefined): StoredEvent {
	const declaration = declared(event);
	const view = declaration && viewFor(declaration.seen, viewer.role);
	const projected = view === undefined ? hide(event) : withActor(view === 'as-is' ? event : view(event as never, contextOf(viewer, after)), viewer);
	const counts = countsAfter && declaration?.counted ? part('headcount', countsAfter, viewer) : undefined;
	return counts ? { ...projected, headcount: counts } : projected;
}

/**
 * A committed batch for one role (and phone): `after` is the state after the whole batch. Counts
 * ride on the batch's last counting event, so the fold ends where the snapshot would; runs of
 * blanks are joined (200 check-ins in one write reach a phone as one small blank).
 */
export function projectEvents(events: readonly StoredEvent[], role: Role, delegateId: string | undefined, after: MeetingState): StoredEvent[] {
	if (role === 'admin') return [...events];
	const viewer = viewerOf(role, delegateId);
	let last = -1;
	events.forEach((e, i) => declared(e)?.counted && (last = i));
	return joinBlanks(events.map((e, i) => projectFor(e, viewer, after, i === last ? after : undefined)));
}

/** Consecutive blanks become one that stands for all their seqs (and carries the latest counts). */
function joinBlanks(events: StoredEvent[]): StoredEvent[] {
	if (!events.some((e) => e.type === 'view.hidden')) return events;
	const joined: StoredEvent[] = [];
	for (const event of events) {
		const previous = joined.at(-1);
		if (event.type === 'view.hidden' && previous?.type === 'view.hidden' && lastSeq(previous) + 1 === event.seq) {
			const headcount = event.headcount ?? previous.headcount;
			joined[joined.length - 1] = { ...previous, at: event.at, data: { through: event.seq }, ...(headcount ? { headcount } : {}) };
		} else {
			joined.push(event);
		}
	}
	return joined;
}
