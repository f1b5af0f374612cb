import { domainError, type DomainError } from '../errors';
import type { MeetingState } from '../types';

/**
 * Phase guards every feature shares: each returns the refusal, or null when the command may
 * go on, so rules read `notEnded(state) ?? …`.
 */

/** Anything but an ended meeting. */
export const notEnded = (state: MeetingState): DomainError | null => (state.status === 'ended' ? domainError('meeting_ended') : null);

/** The plan and its lists stay editable until the meeting ends (DOMAIN.md: preparation runs into the day). */
export const whileEditable = notEnded;

/** Only between `meeting.start` and `meeting.end` (the queue, the floor). */
export function whileRunning(state: MeetingState): DomainError | null {
	if (state.status === 'planned') return domainError('not_started');
	return notEnded(state);
}

/** Once the meeting has started, and after it ended (the follow-up of what was assigned). */
export const afterOrDuring = (state: MeetingState): DomainError | null => (state.status === 'planned' ? domainError('not_started') : null);
