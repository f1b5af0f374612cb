import type { Turn } from './types';

/**
 * One timer everywhere: every screen computes a turn's clock from the server's timestamps and
 * its own clock offset (`now` is server time), so the tablet and the projector show the same
 * second, and nothing but turn events can change it.
 */

/** Time at the floor so far: from the start to the end (or now), without the pauses. */
export function elapsedMs(turn: Turn, now: number): number {
	const until = turn.endedAt ?? now;
	const paused = turn.pauses.reduce((sum, p) => sum + Math.max(0, Math.min(p.to ?? until, until) - p.from), 0);
	return Math.max(0, until - turn.startedAt - paused);
}

export function allowedMs(turn: Turn): number {
	return turn.allowedMs + turn.addedMs;
}

/** Negative once over time: the projector counts the overtime in red. */
export function remainingMs(turn: Turn, now: number): number {
	return allowedMs(turn) - elapsedMs(turn, now);
}

export function isPaused(turn: Turn): boolean {
	return turn.endedAt === null && turn.pauses.at(-1)?.to === null;
}

export type TimerPhase = 'normal' | 'warning' | 'over';

/** Amber in the last 30 seconds, red after zero. */
export function timerPhase(remaining: number): TimerPhase {
	if (remaining <= 0) return 'over';
	return remaining <= 30_000 ? 'warning' : 'normal';
}

/** "4:05", "0:07", and "+1:12" for overtime. Seconds round up so 0:00 is the moment time is up. */
export function formatTimer(remaining: number): string {
	const over = remaining <= 0;
	const seconds = over ? Math.floor(-remaining / 1000) : Math.ceil(remaining / 1000);
	const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return over && seconds > 0 ? `+${text}` : text;
}
