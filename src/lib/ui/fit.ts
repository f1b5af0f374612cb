/**
 * For screens that never scroll (the projector): shrinks a region's text until it fits its
 * box. Sets `--fit` on the element, from 1 (the size as designed) down to `min`; the
 * region's content sizes its fonts as `calc(var(--fit) * 3vh)`. The region needs a bounded
 * height (a grid area with `minmax(0, 1fr)` or a `max-height`) and `overflow: hidden`.
 * Re-fits when the box resizes (another region grew) or the content changes (live state).
 */
export function fit(node: HTMLElement, min = 0.3) {
	let frame = 0;
	const set = (scale: number) => node.style.setProperty('--fit', scale.toFixed(3));
	const overflows = () => node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth;
	const refit = () => {
		frame = 0;
		set(1);
		if (!overflows()) return;
		// Binary search: a few synchronous layouts of one region, done once per change.
		let fits = min;
		let tooBig = 1;
		for (let i = 0; i < 8; i++) {
			const mid = (fits + tooBig) / 2;
			set(mid);
			if (overflows()) tooBig = mid;
			else fits = mid;
		}
		// scrollHeight is rounded to whole pixels: a little slack so no line is cut by a pixel.
		set(fits * 0.97);
	};
	const schedule = () => {
		frame ||= requestAnimationFrame(refit);
	};
	const resize = new ResizeObserver(schedule);
	resize.observe(node);
	const mutations = new MutationObserver(schedule);
	mutations.observe(node, { subtree: true, childList: true, characterData: true });
	void document.fonts?.ready.then(schedule);
	refit();
	return {
		destroy() {
			cancelAnimationFrame(frame);
			resize.disconnect();
			mutations.disconnect();
		}
	};
}
