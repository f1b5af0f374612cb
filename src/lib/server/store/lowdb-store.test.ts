import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../domain/events';
import { nodeFs, type DurableFs } from './durable-file';
import { LowdbMeetingStore } from './lowdb-store';
import { DamagedMeetingFile, type MeetingRecord } from './types';

const ID = 'meeting0001';
const access = { chair: 'c', desk: 'd', projector: 'p', secretary: 's' } as unknown as MeetingRecord['access'];
const event = (seq: number, type = seq === 1 ? 'meeting.created' : 'meeting.started') =>
	({ seq, type, at: seq, actor: { role: 'admin' }, commandId: `cmd-${seq}`, data: { basics: { title: 'Hội nghị đối thoại' } } }) as unknown as StoredEvent;
const record = (): MeetingRecord => ({ version: 1, events: [event(1)], access });

function refusing(code: string, syscall: string) {
	return Object.assign(new Error(`${code}: refused, ${syscall}`), { code, syscall });
}

/** Real files; folder fsync refused like on Windows, and renames refused while `busy` is set. */
function windowsFs() {
	const state = { busy: false };
	const fs: DurableFs = {
		...nodeFs,
		open: (async (path: string, flags: string) => {
			const handle = await nodeFs.open(path, flags);
			if (flags === 'r') handle.sync = () => Promise.reject(refusing('EPERM', 'fsync'));
			return handle;
		}) as DurableFs['open'],
		rename: (async (from: string, to: string) => {
			if (state.busy) throw refusing('EBUSY', 'rename');
			return nodeFs.rename(from, to);
		}) as DurableFs['rename']
	};
	return { fs, state };
}

describe('LowdbMeetingStore on a Windows-like filesystem', () => {
	let dir: string;
	beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'Phường Bạch Đằng - '))));
	afterEach(() => rm(dir, { recursive: true, force: true }));
	const file = () => join(dir, 'meetings', `${ID}.json`);
	const onDisk = async () => JSON.parse(await readFile(file(), 'utf8')) as MeetingRecord;

	it('[F10] with the folder fsync refused (EPERM) meetings are created and appended, in a folder named with spaces and Vietnamese letters', async () => {
		const { fs } = windowsFs();
		const store = new LowdbMeetingStore(dir, { fs });
		await store.listIds();
		await store.create(ID, record());
		await store.append(ID, [event(2)]);
		await store.close();
		const again = new LowdbMeetingStore(dir);
		expect(await again.listIds()).toEqual([ID]);
		expect((await again.load(ID))!.events.map((e) => e.seq)).toEqual([1, 2]);
	});

	it('[F11] a rename busy past the retry budget refuses the append: neither the file nor memory holds it, and the next append works', async () => {
		const { fs, state } = windowsFs();
		const store = new LowdbMeetingStore(dir, { fs, retryDelays: [1, 1] });
		await store.listIds();
		await store.create(ID, record());
		state.busy = true;
		await expect(store.append(ID, [event(2)])).rejects.toMatchObject({ code: 'EBUSY' });
		expect((await onDisk()).events).toHaveLength(1);
		expect((await store.load(ID))!.events).toHaveLength(1);
		expect((await readdir(join(dir, 'meetings'))).sort()).toEqual([`${ID}.json`, `${ID}.json.bak`]);
		state.busy = false;
		await store.append(ID, [event(2)]);
		expect((await onDisk()).events).toHaveLength(2);
	});

	it('[F12] a damaged meeting file is reported with its path and left untouched; the previous version can be put back', async () => {
		const store = new LowdbMeetingStore(dir);
		await store.listIds();
		await store.create(ID, record());
		await store.append(ID, [event(2)]);
		await store.append(ID, [event(3, 'meeting.ended')]);
		await store.close();
		const cut = (await readFile(file(), 'utf8')).slice(0, 60); // a bad copy
		await writeFile(file(), cut);

		const error = vi.fn();
		const reopened = new LowdbMeetingStore(dir);
		expect(await reopened.listIds()).toEqual([ID]);
		await reopened.load(ID).catch(error);
		expect(error.mock.calls[0][0]).toBeInstanceOf(DamagedMeetingFile);
		expect(error.mock.calls[0][0]).toMatchObject({ meetingId: ID, path: file() });
		expect(await readFile(file(), 'utf8')).toBe(cut);

		const previous = await reopened.previousVersion(ID);
		expect(previous).toMatchObject({ path: `${file()}.bak`, title: 'Hội nghị đối thoại', events: 2 });
		const restored = await reopened.restorePrevious(ID);
		expect(restored.events.map((e) => e.seq)).toEqual([1, 2]);
		expect((await onDisk()).events).toHaveLength(2);
		const names = await readdir(join(dir, 'meetings'));
		const aside = names.find((n) => n.startsWith(`${ID}.json.damaged-`))!;
		expect(await readFile(join(dir, 'meetings', aside), 'utf8')).toBe(cut);
		await reopened.append(ID, [event(3, 'meeting.ended')]);
		expect((await onDisk()).events).toHaveLength(3);
	});

	it('[F12] a damaged index is rebuilt from the meeting files', async () => {
		const store = new LowdbMeetingStore(dir);
		await store.listIds();
		await store.create(ID, record());
		await store.close();
		await writeFile(join(dir, 'index.json'), '{"meetings": [');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		expect(await new LowdbMeetingStore(dir).listIds()).toEqual([ID]);
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});
});
