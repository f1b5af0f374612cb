import { describe, expect, it } from 'vitest';
import { agendaWindow, bannerLineKind } from './screen-layout';

const items = Array.from({ length: 20 }, (_, i) => i + 1);
const numbers = (w: ReturnType<typeof agendaWindow<number>>) => w.shown.map((s) => s.item);

describe('projector programme window', () => {
	it('shows a short programme whole', () => {
		expect(agendaWindow([1, 2, 3], 1)).toEqual({ shown: [1, 2, 3].map((item, index) => ({ item, index })), before: 0, after: 0 });
	});
	it('keeps the current item in view with two done items above it', () => {
		const w = agendaWindow(items, 12, 9);
		expect(numbers(w)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
		expect([w.before, w.after]).toEqual([10, 1]);
	});
	it('starts at the top before the meeting and ends at the bottom near the end', () => {
		expect(numbers(agendaWindow(items, -1, 9))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		const last = agendaWindow(items, 19, 9);
		expect(numbers(last)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20]);
		expect(last.after).toBe(0);
	});
});

describe('projector banner lines', () => {
	it('prints the bodies small, the name large and a closing date line small', () => {
		expect([0, 1, 2, 3].map((i) => bannerLineKind(i, 4))).toEqual(['small', 'headline', 'headline', 'small']);
		expect([0, 1].map((i) => bannerLineKind(i, 2))).toEqual(['small', 'headline']);
		expect(bannerLineKind(0, 1)).toBe('headline');
	});
});
