import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const spec = readFileSync(join(import.meta.dirname, 'SPEC.md'), 'utf8');

/** `- **Q3**` or a range `- **F1–F3**` at the start of a list item. */
function definedIds(text: string): Set<string> {
	const ids = new Set<string>();
	for (const [, letter, first, last] of text.matchAll(/^- \*\*([A-Z])(\d+)(?:[–-]\1?(\d+))?\*\*/gm)) {
		for (let n = Number(first); n <= Number(last ?? first); n++) ids.add(`${letter}${n}`);
	}
	return ids;
}

/** Every test file, found afresh on each run: new features add theirs without touching this test. */
function testFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
		return /\.(test|spec)\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Ids named at the start of a quoted test title (it, it.each, test; unit, server and e2e tests alike). */
function namedIds(): Map<string, string[]> {
	const byId = new Map<string, string[]>();
	for (const file of [...testFiles(join(root, 'src')), ...testFiles(join(root, 'tests'))]) {
		for (const [, id] of readFileSync(file, 'utf8').matchAll(/['"`]\[([A-Za-z]+\d+[a-z]?)\]/g)) {
			byId.set(id, [...(byId.get(id) ?? []), relative(root, file)]);
		}
	}
	return byId;
}

describe('one rule-id namespace (SPEC.md)', () => {
	const defined = definedIds(spec);
	const named = namedIds();

	it('[R3] every id a test names is defined in SPEC.md, one capital letter and a number', () => {
		const undefinedIds = [...named].filter(([id]) => !defined.has(id)).map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
		expect(undefinedIds).toEqual([]);
	});

	it('[R3] every id SPEC.md defines is named by a test', () => {
		expect([...defined].filter((id) => !named.has(id))).toEqual([]);
	});

	it('[R3] each prefix letter is listed at the top of SPEC.md', () => {
		const listed = new Set([...spec.matchAll(/^\| ([A-Z]) \| [^|]+\|(?: ([A-Z]) \|)?/gm)].flatMap((m) => [m[1], m[2]]).filter(Boolean));
		expect([...new Set([...defined].map((id) => id[0]))].filter((letter) => !listed.has(letter))).toEqual([]);
	});
});
