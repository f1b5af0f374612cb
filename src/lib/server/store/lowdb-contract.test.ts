import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbMeetingStore } from './lowdb-store';
import { describe } from 'vitest';
import { storeContract } from './store-contract';

describe('[K1] the lowdb store keeps the MeetingStore contract', () => storeContract('lowdb files', () => {
	let dir = '';
	return {
		fresh: async () => new LowdbMeetingStore((dir = await mkdtemp(join(tmpdir(), 'doi-thoai-contract-')))),
		reopen: async () => new LowdbMeetingStore(dir),
		cleanup: () => rm(dir, { recursive: true, force: true })
	};
}));
