/**
 * A double tap on a chair button must be one action. The second tap of a double tap can land
 * after the screen has changed under the finger ("Mời người tiếp theo" now shows the next
 * person, the next row's "Mời" has moved up): the command it would send names something new
 * and the domain cannot tell it from an intended tap. So the second tap of a double tap is
 * dropped before it reaches the button:
 * - a finger or a pen: a tap right after the previous one (0.5 s), at the same spot;
 * - a mouse: the click the browser counts as the second of a double-click (`detail` ≥ 2, with
 *   the system's own double-click time and distance). Single clicks in quick succession, as
 *   a careful user (or a test) makes them, all pass.
 */
export interface Tap {
	at: number;
	x: number;
	y: number;
	/** 'mouse', 'touch' or 'pen' (the pointer that went down last). */
	pointerType: string;
	/** The browser's click count. */
	detail: number;
}

/** 0.5 s, the usual double-click time: a double tap is well inside it; a chair choosing two things takes longer. */
export const REPEAT_MS = 500;
/** A finger's width. */
export const REPEAT_PX = 40;

export function isRepeatTap(previous: Tap | null, tap: Tap): boolean {
	if (tap.pointerType === 'mouse') return tap.detail >= 2;
	if (!previous || previous.pointerType === 'mouse') return false;
	return tap.at - previous.at < REPEAT_MS && Math.hypot(tap.x - previous.x, tap.y - previous.y) < REPEAT_PX;
}

/**
 * Svelte action for a screen's root: drops the second tap of a double tap on a button (or
 * checkbox) in it. Buttons meant to be tapped in a row (↑/↓) carry `data-repeatable`.
 * Keyboard clicks (Enter/Space: `detail === 0`) are not taps and pass.
 */
export function dropDoubleTaps(node: HTMLElement) {
	let last: Tap | null = null;
	let pointerType = 'mouse';
	const ondown = (e: PointerEvent) => (pointerType = e.pointerType || 'mouse');
	function onclick(e: MouseEvent) {
		const target = (e.target as Element | null)?.closest('button, input[type="checkbox"]');
		if (!target || e.detail === 0 || target.closest('[data-repeatable]')) return;
		const tap = { at: e.timeStamp, x: e.clientX, y: e.clientY, pointerType, detail: e.detail };
		if (isRepeatTap(last, tap)) {
			e.preventDefault();
			e.stopImmediatePropagation();
			return;
		}
		last = tap;
	}
	// Capture: before Svelte's delegated handlers on the document root see the click.
	node.addEventListener('pointerdown', ondown, true);
	node.addEventListener('click', onclick, true);
	return {
		destroy() {
			node.removeEventListener('pointerdown', ondown, true);
			node.removeEventListener('click', onclick, true);
		}
	};
}
