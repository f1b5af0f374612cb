import { describe, expect, it } from 'vitest';
import { catalog, catalogParts } from './catalog';
import { translate } from './translate';

describe('message catalog', () => {
	it('[I1] no key is defined in two parts (a later part would silently win)', () => {
		const total = catalogParts.reduce((n, part) => n + Object.keys(part).length, 0);
		expect(Object.keys(catalog).length).toBe(total);
	});

	it('[I1] every message has Vietnamese and English text with the same placeholders', () => {
		for (const [key, { vi, en }] of Object.entries(catalog)) {
			expect(vi.trim(), key).not.toBe('');
			expect(en.trim(), key).not.toBe('');
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en), key).toEqual(names(vi));
		}
	});

	it('[I2] fills placeholders and leaves unknown ones visible', () => {
		expect(translate('vi', 'error.forbidden', { role: 'chair' })).toBe('Vai trò chair không được thực hiện thao tác này.');
		expect(translate('en', 'error.unknown_command', {})).toContain('{type}');
	});
});
