/** The chair's item timer: time spent on the current item, measured against its planned minutes. */
export function itemTimer(elapsedMs: number, plannedMinutes: number): { elapsed: string; overMinutes: number } {
	const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
	const pad = (n: number) => String(n).padStart(2, '0');
	const over = plannedMinutes > 0 ? seconds - plannedMinutes * 60 : 0;
	return { elapsed: `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`, overMinutes: over > 0 ? Math.ceil(over / 60) : 0 };
}
