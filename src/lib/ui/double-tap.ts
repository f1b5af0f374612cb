/**
 * A double tap on a chair button must be one action. The second tap of a double tap can land
 * after the screen has changed under the finger ("Mời người tiếp theo" now shows the next
 * person, the next row's "Mời" has moved up): the command it would send names something new
 * and the domain cannot tell it from an intended tap. So a tap that comes right after the
 * previous one, at the same spot, is dropped before it reaches the button.
 */
export interface Tap {
	at: number;
	x: number;
	y: number;
}

/** 0.5 s, the usual double-click time: a double tap is well inside it; a chair choosing two things takes longer. */
export const REPEAT_MS = 500;
/** A finger's width. */
export const REPEAT_PX = 40;

export function isRepeatTap(previous: Tap | null, tap: Tap): boolean {
	if (!previous) return false;
	return tap.at - previous.at < REPEAT_MS && Math.hypot(tap.x - previous.x, tap.y - previous.y) < REPEAT_PX;
}

/**
 * Svelte action for a screen's root: drops a repeated tap on a button (or checkbox) in it.
 * Buttons meant to be tapped in a row (↑/↓) carry `data-repeatable`. Keyboard clicks
 * (Enter/Space: `detail === 0`) are not taps and pass.
 */
export function dropDoubleTaps(node: HTMLElement) {
	let last: Tap | null = null;
	function onclick(e: MouseEvent) {
		const target = (e.target as Element | null)?.closest('button, input[type="checkbox"]');
		if (!target || e.detail === 0 || target.closest('[data-repeatable]')) return;
		const tap = { at: e.timeStamp, x: e.clientX, y: e.clientY };
		if (isRepeatTap(last, tap)) {
			e.preventDefault();
			e.stopImmediatePropagation();
			return;
		}
		last = tap;
	}
	// Capture: before Svelte's delegated handlers on the document root see the click.
	node.addEventListener('click', onclick, true);
	return { destroy: () => node.removeEventListener('click', onclick, true) };
}
