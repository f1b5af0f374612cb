/**
 * The import wizard's upload endpoint, called as SvelteKit calls it, against a real App
 * with its files in a temp dir. (The e2e spec also posts to it through the built server.)
 */
import { isHttpError, type Cookies } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { createMeeting, makeDataDir, removeDataDir } from './harness';

type Handler = (event: unknown) => Promise<Response>;
let dataDir = '';
let app: App;
let POST: Handler;
let meetingId = '';

beforeAll(async () => {
	dataDir = await makeDataDir();
	process.env.DATA_DIR = dataDir;
	process.env.ADMIN_TOKEN = 'upload-test-admin-token';
	({ POST } = (await import('../../src/routes/m/[id]/plan/delegates/upload/+server')) as unknown as { POST: Handler });
	app = await (await import('../../src/lib/server/app')).getApp();
	meetingId = await createMeeting(app);
});
afterAll(async () => {
	await app.close();
	await removeDataDir(dataDir);
});

function upload(file: File | null, admin = true, id = meetingId): Promise<Response> {
	const body = new FormData();
	if (file) body.append('file', file);
	const cookies = { get: (name: string) => (admin && name === 'dt_admin' ? app.adminToken : undefined) } as Cookies;
	const request = new Request(`http://127.0.0.1/m/${id}/plan/delegates/upload`, { method: 'POST', body });
	return POST({ request, params: { id }, cookies, locals: { lang: 'vi' } });
}

const csv = (text: string, name = 'dai-bieu.csv') => new File([text], name, { type: 'text/csv' });

describe('POST /m/[id]/plan/delegates/upload', () => {
	it('reads a valid CSV (BOM, semicolons, NFD) into a table and stores nothing', async () => {
		const before = app.meeting(meetingId)!.seq;
		const response = await upload(csv('\uFEFFHọ và tên;Thành phần\r\n' + 'Nguyễn Văn Thưởng'.normalize('NFD') + ';Nhân dân\r\n'));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ table: { headers: ['Họ và tên', 'Thành phần'], rows: [['Nguyễn Văn Thưởng', 'Nhân dân']], rowNumbers: [2] } });
		expect(app.meeting(meetingId)!.seq).toBe(before);
	});

	it('names what is wrong with an invalid file, in Vietnamese, by code', async () => {
		const cases: [File | null, string][] = [
			[csv('a,b', 'ds.xls'), 'unsupported_file'],
			[csv('not a zip', 'ds.xlsx'), 'unreadable_file'],
			[csv('Họ và tên\n'), 'empty_file'],
			[new File([new Uint8Array([0x48, 0xe4, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0x32])], 'ds.csv'), 'not_utf8'],
			[null, 'no_file']
		];
		for (const [file, code] of cases) {
			const response = await upload(file);
			expect(response.status, code).toBe(400);
			const { error } = await response.json();
			expect(error.code).toBe(code);
			expect(error.message.length).toBeGreaterThan(5);
		}
	});

	it('refuses a file over 5 MB with 413 and a Vietnamese message', async () => {
		const response = await upload(csv('a'.repeat(5 * 1024 * 1024 + 1)));
		expect(response.status).toBe(413);
		expect(await response.json()).toEqual({ error: { code: 'too_large', message: 'Tệp quá lớn: tối đa 5 MB.' } });
	});

	it('is for the admin only, and for a meeting that exists', async () => {
		const status = (promise: Promise<Response>) =>
			promise.then(
				(r) => r.status,
				(e) => (isHttpError(e) ? e.status : 0)
			);
		expect(await status(upload(csv('a,b\n1,2'), false))).toBe(401);
		expect(await status(upload(csv('a,b\n1,2'), true, 'nope'))).toBe(404);
	});
});
