/**
 * Where a dragged queue row lands, in the list's own coordinates (from the top of its content,
 * not of the screen), so a list that scrolls while the finger holds the row still lands the
 * row where it is shown. Pure: the chair's QueuePanel feeds it numbers and draws the result.
 */

/** A row's middle, measured from the top of the list's content. */
export function contentMids(rows: { top: number; height: number }[], listTop: number, scrollTop: number): number[] {
	return rows.map((r) => r.top - listTop + scrollTop + r.height / 2);
}

/**
 * The place the dragged row takes among the others: how many of them have their middle above
 * the dragged row's middle. `moved`: how far the row has gone in the content (finger + scroll).
 */
export function landingIndex(mids: number[], from: number, moved: number): number {
	const centre = mids[from] + moved;
	return mids.filter((m, i) => i !== from && m < centre).length;
}

/** Within this distance of the list's top or bottom edge the list scrolls by itself. */
export const EDGE_PX = 56;
const MAX_STEP = 14;
/** How far the finger must have gone towards an edge before the list follows it. */
const MOVED_PX = 12;

/**
 * How many pixels to scroll the list this frame while a row is held at `y` (screen), taken at
 * `startY`: towards the edge it is near, faster the closer (and beyond) it is; 0 in the middle.
 * Only once the finger has gone that way: a row grabbed near an edge does not set the list off.
 */
export function edgeScrollStep(y: number, startY: number, listTop: number, listBottom: number): number {
	if (y > listBottom - EDGE_PX && y - startY > MOVED_PX) return Math.min(MAX_STEP, Math.ceil(((y - (listBottom - EDGE_PX)) / EDGE_PX) * MAX_STEP));
	if (y < listTop + EDGE_PX && startY - y > MOVED_PX) return -Math.min(MAX_STEP, Math.ceil(((listTop + EDGE_PX - y) / EDGE_PX) * MAX_STEP));
	return 0;
}
