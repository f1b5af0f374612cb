import { meetingStartsAt } from '../meeting/clock';
import type { MeetingState } from '../types';

/** Check-in opens the plan's number of minutes before the start. */
export function checkInOpensAt(state: MeetingState): number {
	return meetingStartsAt(state) - state.plan.checkInOpensMinutesBefore * 60_000;
}
