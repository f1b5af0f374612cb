import { describe, expect, it } from 'vitest';
import { isRepeatTap } from './double-tap';

describe('a double tap on the chair tablet', () => {
	it('[Q20] a second tap at the same spot within 0.5 s is the same tap; elsewhere or later it is a new one', () => {
		const first = { at: 1000, x: 500, y: 300 };
		expect(isRepeatTap(null, first)).toBe(false);
		expect(isRepeatTap(first, { at: 1030, x: 502, y: 301 })).toBe(true);
		expect(isRepeatTap(first, { at: 1490, x: 520, y: 320 })).toBe(true);
		expect(isRepeatTap(first, { at: 1500, x: 500, y: 300 })).toBe(false);
		expect(isRepeatTap(first, { at: 1100, x: 500, y: 400 })).toBe(false);
	});
});
