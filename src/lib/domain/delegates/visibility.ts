import type { EventOf } from '../events';
import type { Delegate, Role } from '../types';
import { hide, ownOnly, seenBy, type EventContext, type EventsVisibility, type StateVisibility } from '../visibility';
import type { DelegateEvent } from './events';

/**
 * Phones and personal tokens are private to the people on the list: the admin and the desk
 * ([V1]). The chair and the secretaries see the list without them; a phone sees only its
 * owner's record (without them); the projector and the walk-in form see no one ([V4]).
 */
const SEES_PRIVATE: readonly Role[] = ['desk'];
/** Roles that see who did what: an event's `actor.delegateId` reaches them (and the actor's own phone) only. */
export const SEES_ACTORS: readonly Role[] = ['chair', 'secretary', 'desk'];

/** A delegate (or changes to one) without the phone number and the personal token. */
export function withoutPrivate<T extends Partial<Delegate>>(d: T): T {
	const copy = { ...d };
	if ('token' in copy) copy.token = '';
	if ('phone' in copy) copy.phone = null;
	return copy;
}

export const delegateStateVisibility: Pick<StateVisibility, 'delegates'> = {
	delegates: {
		hidden: () => [],
		perPhone: true,
		seen: {
			...seenBy(SEES_PRIVATE, 'as-is'),
			...seenBy(['chair', 'secretary'], (state) => state.delegates.map(withoutPrivate)),
			delegate: (state, { delegateId }) => {
				const own = delegateId === undefined ? undefined : state.delegates.find((d) => d.id === delegateId);
				return own ? [withoutPrivate(own)] : [];
			}
		}
	}
};

const addedWithoutPrivate = (e: EventOf<'delegates.added'>) => ({ ...e, data: { delegates: e.data.delegates.map(withoutPrivate) } });
const updatedWithoutPrivate = (e: EventOf<'delegate.updated'>) => ({ ...e, data: { ...e.data, changes: withoutPrivate(e.data.changes) } });
const reissuedWithoutToken = (e: EventOf<'invitation.reissued'>) => ({ ...e, data: { ...e.data, token: '' } });
/** A list added in one go (an import, a walk-in): a phone sees only its owner in it. */
function ownAdded(e: EventOf<'delegates.added'>, { viewer }: EventContext) {
	const own = e.data.delegates.filter((d) => viewer.delegateId !== undefined && d.id === viewer.delegateId);
	return own.length ? { ...e, data: { delegates: own.map(withoutPrivate) } } : hide(e);
}

export const delegateEventVisibility: Pick<EventsVisibility, DelegateEvent['type']> = {
	'delegates.added': {
		seen: { ...seenBy(SEES_PRIVATE, 'as-is'), ...seenBy(['chair', 'secretary'], addedWithoutPrivate), delegate: ownAdded },
		concerns: (e) => e.data.delegates.map((d) => d.id),
		counted: true
	},
	'delegate.updated': {
		seen: { ...seenBy(SEES_PRIVATE, 'as-is'), ...seenBy(['chair', 'secretary'], updatedWithoutPrivate), delegate: ownOnly((e) => e.data.id, updatedWithoutPrivate) },
		concerns: (e) => [e.data.id],
		counted: true
	},
	'delegate.removed': {
		seen: { ...seenBy(['chair', 'secretary', 'desk'], 'as-is'), delegate: ownOnly((e) => e.data.id) },
		concerns: (e) => [e.data.id],
		counted: true
	},
	'invitation.reissued': {
		seen: { ...seenBy(SEES_PRIVATE, 'as-is'), ...seenBy(['chair', 'secretary'], reissuedWithoutToken), delegate: ownOnly((e) => e.data.delegateId, reissuedWithoutToken) },
		concerns: (e) => [e.data.delegateId]
	}
};
