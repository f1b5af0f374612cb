import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';
import { PERMISSIONS } from './permissions';

/**
 * docs/protocol.md is what a third-party client is written from: its command table must name
 * every registered command, and only those, with the roles of its PERMISSIONS row.
 */
const doc = readFileSync(join(import.meta.dirname, '../../../docs/protocol.md'), 'utf8');

/** Rows of the table under "## 4. Commands": `| type[ / type…] | who | payload | events |`. */
function commandRows(): { types: string[]; who: string[] }[] {
	const section = doc.slice(doc.indexOf('## 4. Commands'), doc.indexOf('\n## 5.'));
	return section
		.split('\n')
		.filter((line) => line.startsWith('| `'))
		.map((line) => {
			const [typeCell, whoCell] = line.split(/(?<!\\)\|/).slice(1, 3);
			return {
				types: [...typeCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
				// Notes in brackets ("guest (room QR form)") are for people, not for the check.
				who: whoCell.replace(/\([^)]*\)/g, '').split(',').map((w) => w.trim()).filter(Boolean)
			};
		});
}

describe('docs/protocol.md command table', () => {
	const rows = commandRows();
	const documented = rows.flatMap((row) => row.types);

	it('[R4] names every registered command, and no other', () => {
		expect(documented.filter((type) => !COMMANDS.has(type))).toEqual([]);
		expect([...COMMANDS.keys()].filter((type) => !documented.includes(type))).toEqual([]);
	});

	it('[R4] gives each command the roles of its PERMISSIONS row', () => {
		const wrong = rows.flatMap(({ types, who }) =>
			types
				.filter((type) => COMMANDS.has(type))
				.filter((type) => [...who].sort().join(',') !== [...PERMISSIONS[type as keyof typeof PERMISSIONS]].sort().join(','))
				.map((type) => `${type}: doc says ${who.join(', ')}, PERMISSIONS says ${PERMISSIONS[type as keyof typeof PERMISSIONS].join(', ')}`)
		);
		expect(wrong).toEqual([]);
	});
});
