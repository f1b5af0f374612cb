import type { MeetingState } from '../types';

/** Vietnam has no daylight saving: local time is always UTC+7. */
export const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The meeting's start as server time (ms), from its local date and time. */
export function meetingStartsAt(state: MeetingState): number {
	const [y, m, d] = state.basics.date.split('-').map(Number);
	const [hh, mm] = state.basics.startTime.split(':').map(Number);
	return Date.UTC(y, m - 1, d, hh, mm) - VIETNAM_OFFSET_MS;
}

/** "14:03" and "13/07/2026" in Vietnam time, for messages. */
export function vietnamClock(ms: number): { time: string; date: string } {
	const d = new Date(ms + VIETNAM_OFFSET_MS);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
		date: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
	};
}
