import type { MeetingState } from '../types';

/** The meeting with its live dialogue: what the queue's rules read. */
export type LiveMeeting = MeetingState;
