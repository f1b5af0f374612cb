/**
 * What every MeetingStore promises, as one suite: `lowdb-contract.test.ts` runs it on the
 * lowdb files, `tests/province/postgres-store.test.ts` on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../domain/events';
import type { MeetingRecord, MeetingStore } from './types';

export interface StoreHarness {
	/** A store on fresh, empty storage. */
	fresh(): Promise<MeetingStore>;
	/** Another store on the same storage (a restart). */
	reopen(): Promise<MeetingStore>;
	cleanup(): Promise<void>;
}

const access = { chair: 'c-token', desk: 'd-token', projector: 'p-token', secretary: 's-token' } as unknown as MeetingRecord['access'];
const actor = { role: 'admin' } as StoredEvent['actor'];
export const storedEvent = (seq: number, commandId: string, type = seq === 1 ? 'meeting.created' : 'meeting.started', data: unknown = {}) =>
	({ seq, type, at: 1_764_800_000_000 + seq, actor, commandId, data }) as unknown as StoredEvent;

export function storeContract(name: string, harness: () => StoreHarness) {
	describe(`MeetingStore contract: ${name}`, () => {
		it('a meeting created, appended to in batches and given new links comes back the same after a restart', async () => {
			const h = harness();
			try {
				const store = await h.fresh();
				const title = 'Hội nghị đối thoại — Phường Bạch Đằng "quý IV"';
				await store.create('meetinga001', { version: 1, events: [storedEvent(1, 'create-1', 'meeting.created', { basics: { title } })], access });
				await store.create('meetingb002', { version: 1, events: [storedEvent(1, 'create-2')], access });
				// One command may produce several events: they share its id.
				await store.append('meetinga001', [storedEvent(2, 'cmd-2'), storedEvent(3, 'cmd-3', 'agenda.current', { itemId: null }), storedEvent(4, 'cmd-3')]);
				await store.append('meetinga001', [storedEvent(5, '')]);
				await store.setAccess('meetinga001', { ...access, chair: 'c-new' });
				await store.close();

				const again = await h.reopen();
				expect(await again.listIds()).toEqual(['meetinga001', 'meetingb002']);
				const record = (await again.load('meetinga001'))!;
				expect(record.events.map((e) => [e.seq, e.commandId, e.type])).toEqual([
					[1, 'create-1', 'meeting.created'],
					[2, 'cmd-2', 'meeting.started'],
					[3, 'cmd-3', 'agenda.current'],
					[4, 'cmd-3', 'meeting.started'],
					[5, '', 'meeting.started']
				]);
				expect(record.events[0]).toEqual(storedEvent(1, 'create-1', 'meeting.created', { basics: { title } }));
				expect(record.access.chair).toBe('c-new');
				expect(await again.load('nosuchmeeting')).toBeNull();
				await again.close();
			} finally {
				await h.cleanup();
			}
		});
	
		it('an attached file comes back byte for byte after a restart; an unknown one is null', async () => {
			const h = harness();
			try {
				const store = await h.fresh();
				await store.create('meetinga001', { version: 1, events: [storedEvent(1, 'create-1')], access });
				const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0xfe]);
				const id = 'a'.repeat(64);
				await store.putAttachment('meetinga001', id, bytes);
				await store.putAttachment('meetinga001', id, bytes); // the same file twice: harmless
				await store.close();
				const again = await h.reopen();
				expect(await again.getAttachment('meetinga001', id)).toEqual(bytes);
				expect(await again.getAttachment('meetinga001', 'b'.repeat(64))).toBeNull();
				expect(await again.getAttachment('meetingb002', id)).toBeNull();
				await again.close();
			} finally {
				await h.cleanup();
			}
		});
	});
}
