import { describe, expect, it } from 'vitest';
import { contentMids, edgeScrollStep, landingIndex } from './drag';

describe('dragging a queue row on the chair tablet', () => {
	// Eight rows of 100 px in a list 300 px high that starts at y = 200 on the screen.
	const rows = (scrollTop: number) => Array.from({ length: 8 }, (_, i) => ({ top: 200 + i * 100 - scrollTop, height: 100 }));

	it('[Q23] the landing place counts the scroll: a row held still while the list scrolls lands where it is shown', () => {
		const mids = contentMids(rows(0), 200, 0);
		expect(mids).toEqual([50, 150, 250, 350, 450, 550, 650, 750]);
		// Measured after scrolling 250 px: the same content coordinates.
		expect(contentMids(rows(250), 200, 250)).toEqual(mids);
		// Row 1 dragged 80 px down on the screen, the list scrolled by 400 meanwhile: moved 480 in the content.
		expect(landingIndex(mids, 1, 80)).toBe(1);
		expect(landingIndex(mids, 1, 80 + 400)).toBe(5);
		// Screen coordinates alone (the bug) would have put it back at place 1.
		expect(landingIndex(mids, 1, 0)).toBe(1);
		expect(landingIndex(mids, 7, -1000)).toBe(0);
		expect(landingIndex(mids, 0, 10_000)).toBe(7);
	});

	it('[Q23] near the list\'s edges it scrolls by itself, faster the closer; not in the middle, nor before the finger goes that way', () => {
		expect(edgeScrollStep(350, 300, 200, 500)).toBe(0);
		expect(edgeScrollStep(470, 300, 200, 500)).toBeGreaterThan(0);
		expect(edgeScrollStep(499, 300, 200, 500)).toBeGreaterThan(edgeScrollStep(460, 300, 200, 500));
		expect(edgeScrollStep(700, 300, 200, 500)).toBe(14);
		expect(edgeScrollStep(210, 300, 200, 500)).toBeLessThan(0);
		expect(edgeScrollStep(0, 300, 200, 500)).toBe(-14);
		// A row grabbed near the bottom edge: nothing until the finger moves down.
		expect(edgeScrollStep(480, 478, 200, 500)).toBe(0);
		expect(edgeScrollStep(495, 478, 200, 500)).toBeGreaterThan(0);
		// Grabbed near the bottom and taken up to the top: only the upward scroll.
		expect(edgeScrollStep(215, 478, 200, 500)).toBeLessThan(0);
	});
});
