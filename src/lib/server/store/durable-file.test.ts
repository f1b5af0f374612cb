import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJSONFile } from './durable-file';

describe('DurableJSONFile', () => {
	let dir: string;
	beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'durable-'))));
	afterEach(() => rm(dir, { recursive: true, force: true }));

	it('[F1] writes through a temp file and leaves only the final file behind', async () => {
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'a.json'));
		expect(await file.read()).toBeNull();
		await file.write({ n: 1 });
		expect(JSON.parse(await readFile(join(dir, 'a.json'), 'utf8'))).toEqual({ n: 1 });
		expect(await readdir(dir)).toEqual(['a.json']);
	});

	it('[F2] writes asked for during a write collapse into one, and every caller sees the last data on disk', async () => {
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'b.json'));
		const first = file.write({ n: 1 });
		const rest = [2, 3, 4].map((n) => file.write({ n }));
		expect(rest[0]).toBe(rest[2]); // one queued write serves all three
		await Promise.all([first, ...rest]);
		expect(await file.read()).toEqual({ n: 4 });
	});

	it('[F3] a failed write rejects', async () => {
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'missing-folder', 'c.json'));
		await expect(file.write({ n: 1 })).rejects.toMatchObject({ code: 'ENOENT' });
	});
});
