import { describe, expect, it } from 'vitest';
import { itemTimer } from './item-timer';

describe("the chair's item timer", () => {
	it('counts minutes and seconds on the item, within the planned time', () => {
		expect(itemTimer(0, 10)).toEqual({ elapsed: '00:00', overMinutes: 0 });
		expect(itemTimer(9 * 60_000 + 59_999, 10)).toEqual({ elapsed: '09:59', overMinutes: 0 });
		expect(itemTimer(10 * 60_000, 10)).toEqual({ elapsed: '10:00', overMinutes: 0 });
	});
	it('says by how many started minutes the planned time is exceeded', () => {
		expect(itemTimer(10 * 60_000 + 1000, 10).overMinutes).toBe(1);
		expect(itemTimer(12 * 60_000 + 30_000, 10)).toEqual({ elapsed: '12:30', overMinutes: 3 });
		expect(itemTimer(95 * 60_000, 90).elapsed).toBe('95:00');
	});
	it('has nothing to exceed when no time is planned', () => {
		expect(itemTimer(60 * 60_000, 0).overMinutes).toBe(0);
	});
});
