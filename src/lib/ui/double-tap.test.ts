import { describe, expect, it } from 'vitest';
import { isRepeatTap } from './double-tap';

describe('a double tap on the chair tablet', () => {
	const finger = (at: number, x = 500, y = 300) => ({ at, x, y, pointerType: 'touch', detail: 1 });

	it('[Q20] a finger\'s second tap at the same spot within 0.5 s is the same tap; elsewhere or later it is a new one', () => {
		const first = finger(1000);
		expect(isRepeatTap(null, first)).toBe(false);
		expect(isRepeatTap(first, finger(1030, 502, 301))).toBe(true);
		expect(isRepeatTap(first, finger(1490, 520, 320))).toBe(true);
		expect(isRepeatTap(first, finger(1500))).toBe(false);
		expect(isRepeatTap(first, finger(1100, 500, 400))).toBe(false);
	});

	it('[Q20] a mouse: the browser\'s double-click (click count 2) is dropped; quick single clicks are not', () => {
		const click = (at: number, detail: number) => ({ at, x: 500, y: 300, pointerType: 'mouse', detail });
		expect(isRepeatTap(click(1000, 1), click(1030, 2))).toBe(true);
		expect(isRepeatTap(click(1000, 1), click(1100, 1))).toBe(false);
		expect(isRepeatTap(finger(1000), click(1030, 1))).toBe(false);
	});
});
