import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DurableJSONFile, nodeFs, type DurableFs } from './durable-file';

/** Makes an error the way node reports Windows' refusals. */
function fsError(code: string, syscall: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: operation refused, ${syscall}`), { code, syscall });
}

/**
 * The real filesystem with one operation failing as it does on Windows: the seam is the
 * adapter's fs, and every other call (and the file itself) is real.
 */
function windowsLike(overrides: Partial<DurableFs> & { refuseFolderSync?: string }): DurableFs & { renames: number } {
	const fs = {
		...nodeFs,
		renames: 0,
		...overrides,
		open: (async (path: string, flags: string) => {
			const handle = await nodeFs.open(path, flags);
			if (flags === 'r' && overrides.refuseFolderSync) {
				handle.sync = () => Promise.reject(fsError(overrides.refuseFolderSync!, 'fsync'));
			}
			return handle;
		}) as DurableFs['open']
	};
	return fs;
}

/** EBUSY for the first `times` renames (an antivirus scanning the new file), then the real rename. */
function busyRenames(times: number, code = 'EBUSY') {
	const fs = windowsLike({});
	fs.rename = (async (from: string, to: string) => {
		fs.renames++;
		if (fs.renames <= times) throw fsError(code, 'rename');
		return nodeFs.rename(from, to);
	}) as DurableFs['rename'];
	return fs;
}

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

	it.each(['EPERM', 'EACCES', 'EISDIR', 'EINVAL'])('[F4] a folder fsync refused with %s (Windows, some filesystems) does not fail the write', async (code) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'd.json'), { fs: windowsLike({ refuseFolderSync: code }) });
		await file.write({ n: 1 });
		await file.write({ n: 2 });
		expect(JSON.parse(await readFile(join(dir, 'd.json'), 'utf8'))).toEqual({ n: 2 });
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
	});

	it('[F5] once the file is renamed into place the write resolves, even if the folder sync fails otherwise: the answer matches the file', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'e.json'), { fs: windowsLike({ refuseFolderSync: 'EIO' }) });
		await expect(file.write({ n: 1 })).resolves.toBeUndefined();
		expect(JSON.parse(await readFile(join(dir, 'e.json'), 'utf8'))).toEqual({ n: 1 });
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});

	it.each(['EBUSY', 'EPERM', 'EACCES'])('[F6] a rename refused with %s a few times (antivirus, indexer) is retried and succeeds', async (code) => {
		const fs = busyRenames(3, code);
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'f.json'), { fs, retryDelays: [1, 2, 4, 8, 16] });
		await file.write({ n: 1 });
		expect(fs.renames).toBe(4);
		expect(await file.read()).toEqual({ n: 1 });
		expect(await readdir(dir)).toEqual(['f.json']);
	});

	it('[F7] a rename still busy past the retry budget is a clean refusal: the file keeps its old content, no temp file is left', async () => {
		const path = join(dir, 'g.json');
		await writeFile(path, JSON.stringify({ n: 1 }));
		const fs = busyRenames(100);
		const file = new DurableJSONFile<{ n: number }>(path, { fs, retryDelays: [1, 2, 4] });
		await expect(file.write({ n: 2 })).rejects.toMatchObject({ code: 'EBUSY' });
		expect(fs.renames).toBe(4); // the first try and three retries, then it gives up
		expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 1 });
		expect(await readdir(dir)).toEqual(['g.json']);
	});

	it('[F7] on a new file, a refused rename leaves nothing on disk', async () => {
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'h.json'), { fs: busyRenames(100), retryDelays: [1] });
		await expect(file.write({ n: 1 })).rejects.toMatchObject({ code: 'EBUSY' });
		expect(await readdir(dir)).toEqual([]);
	});

	it('[F8] other rename errors are not retried', async () => {
		const fs = windowsLike({});
		fs.rename = (async () => {
			fs.renames++;
			throw fsError('ENOSPC', 'rename');
		}) as DurableFs['rename'];
		const file = new DurableJSONFile<{ n: number }>(join(dir, 'i.json'), { fs, retryDelays: [1, 1, 1] });
		await expect(file.write({ n: 1 })).rejects.toMatchObject({ code: 'ENOSPC' });
		expect(fs.renames).toBe(1);
	});

	it('[F9] keepPrevious: each write keeps the version it replaced as .bak', async () => {
		const path = join(dir, 'j.json');
		const file = new DurableJSONFile<{ n: number }>(path, { keepPrevious: true });
		await file.write({ n: 1 });
		expect(await readdir(dir)).toEqual(['j.json']);
		await file.write({ n: 2 });
		await file.write({ n: 3 });
		expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 3 });
		expect(JSON.parse(await readFile(`${path}.bak`, 'utf8'))).toEqual({ n: 2 });
	});

	it('[F9] keepPrevious falls back to a copy where the filesystem has no hard links, and never refuses the write for it', async () => {
		const path = join(dir, 'k.json');
		const fs = windowsLike({ link: (async () => Promise.reject(fsError('EPERM', 'link'))) as DurableFs['link'] });
		const file = new DurableJSONFile<{ n: number }>(path, { fs, keepPrevious: true });
		await file.write({ n: 1 });
		await file.write({ n: 2 });
		expect(JSON.parse(await readFile(`${path}.bak`, 'utf8'))).toEqual({ n: 1 });

		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		fs.copyFile = (async () => Promise.reject(fsError('ENOSPC', 'copyfile'))) as DurableFs['copyFile'];
		await file.write({ n: 3 });
		expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 3 });
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});
});
