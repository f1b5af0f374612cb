import { describe, expect, it } from 'vitest';
import { catalog, type MessageKey } from '../i18n/catalog';
import { PHONE_SCREENS, screenKeys } from '../i18n/screen-keys';
import { isPhoneScreen, screenTexts } from './screen-texts';

const root = process.cwd();

describe('a phone screen is sent only its own texts, in one language', () => {
	it('[I3] the walk follows the screen\'s imports, finds the keys it names and the ones it builds, and never reads the catalog', () => {
		const me = screenKeys(root, '/m/[id]/me');
		const files = me.files.map((f) => f.slice(root.length));
		expect(files).toEqual(expect.arrayContaining(['/src/routes/+layout.svelte', '/src/routes/+error.svelte', '/src/routes/m/[id]/me/CheckInPanel.svelte', '/src/lib/ui/ErrorNotice.svelte', '/src/lib/domain/delegates/when.ts']));
		expect(files.filter((f) => f.startsWith('/src/lib/i18n/messages/') || f === '/src/lib/i18n/catalog.ts')).toEqual([]);
		expect(files.filter((f) => f.startsWith('/src/lib/server/'))).toEqual([]); // server code: its own words only
		expect(me.words).toEqual(expect.arrayContaining(['me.greeting', 'invitation.when', 'lang.switch']));
		expect(me.prefixes).toEqual(expect.arrayContaining(['error.', 'weekday.', 'minutes.outcome.']));
	});

	it('[I3] the texts hold every key the screen names, not the staff screens\' ones; errors come in Vietnamese with the answer', () => {
		for (const screen of PHONE_SCREENS) {
			expect(isPhoneScreen(screen)).toBe(true);
			const { words, prefixes } = screenKeys(root, screen);
			const vi = screenTexts(screen, 'vi');
			const en = screenTexts(screen, 'en');
			const named = words.filter((w): w is MessageKey => Object.hasOwn(catalog, w));
			for (const key of named) {
				expect(vi[key], key).toBe(catalog[key].vi);
				expect(en[key], key).toBe(catalog[key].en);
			}
			for (const key of Object.keys(catalog) as MessageKey[]) {
				if (!key.startsWith('weekday.') || !prefixes.includes('weekday.')) continue;
				expect(vi[key], key).toBe(catalog[key].vi);
			}
			expect(vi['admin.title' as MessageKey]).toBeUndefined();
			// Built error keys: English only (ErrorNotice shows the answer's own Vietnamese text).
			expect(en['error.forbidden']).toBe(catalog['error.forbidden'].en);
			if (!named.includes('error.forbidden')) expect(vi['error.forbidden']).toBeUndefined();
			expect(Object.keys(en).length).toBeLessThan(Object.keys(catalog).length / 4);
		}
		expect(isPhoneScreen('/m/[id]/chair')).toBe(false);
		expect(isPhoneScreen(null)).toBe(false);
	});
});
