/**
 * Group commit: 100 commands arriving together (as from many screens) vs the same 100 sent
 * one after another (each waits for its own fsync). Real lowdb files in a temp dir.
 * Read the ratio of the two medians; absolute figures depend on the disk.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { App } from '../src/lib/server/app';
import { configFromEnv } from '../src/lib/server/config';

const COMMANDS = 100;

async function setup() {
	const app = await new App({ ...configFromEnv({}), dataDir: mkdtempSync(join(tmpdir(), 'bench-')), adminToken: 'x' }).init();
	const agenda = Array.from({ length: 10 }, (_, i) => ({ title: `Nội dung ${i + 1}` }));
	const basics = { title: 'Bench', date: '2026-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] };
	const created = await app.execute(null, { id: `create-${Math.random()}`.replace('.', ''), type: 'meeting.create', payload: { basics, agenda } }, { role: 'admin' });
	const meetingId = created.ok ? created.meetingId! : '';
	await app.execute(meetingId, { id: `start-${Date.now()}`, type: 'meeting.start', payload: {} }, { role: 'chair' });
	const items = app.meeting(meetingId)!.state.agenda.map((i) => i.id);
	let n = 0;
	const next = () => ({ id: `bench-${++n}-${Math.random().toString(36).slice(2)}`, type: 'agenda.setCurrent', payload: { itemId: items[n % items.length] } });
	return { app, meetingId, next };
}

const grouped = await setup();
const sequential = await setup();

describe(`${COMMANDS} commands`, () => {
	bench('arriving together (group commit)', async () => {
		await Promise.all(Array.from({ length: COMMANDS }, () => grouped.app.execute(grouped.meetingId, grouped.next(), { role: 'chair' })));
	}, { iterations: 10 });

	bench('one after another (one fsync each)', async () => {
		for (let i = 0; i < COMMANDS; i++) await sequential.app.execute(sequential.meetingId, sequential.next(), { role: 'chair' });
	}, { iterations: 10 });
});
