import type { Reducers } from '../apply-types';
import type { MinutesEvent } from './events';
import { minutesReducers } from './reduce';

type Lifted = Pick<Reducers, MinutesEvent['type']>;

/** The minutes' reducers lifted onto the meeting: each changes `state.minutes` only. */
export const minutesApply = Object.fromEntries(
	Object.entries(minutesReducers).map(([type, reduce]) => [
		type,
		(state: Parameters<Lifted[MinutesEvent['type']]>[0], event: { at: number }) => ({
			...state!,
			minutes: (reduce as (m: unknown, e: unknown) => unknown)(state!.minutes, event)
		})
	])
) as unknown as Lifted;
