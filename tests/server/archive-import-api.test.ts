/** POST /api/meetings/import, called as SvelteKit calls it, against the process's App in a temp dir. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { buildArchive } from '../../src/lib/server/archive/archive';
import { heldMeeting } from './held-meeting';
import { makeDataDir, removeDataDir, startServer, type TestServer } from './harness';

type Handler = (event: unknown) => Promise<Response>;
let dataDir = '';
let app: App;
let origin: TestServer;
let POST: Handler;

beforeAll(async () => {
	dataDir = await makeDataDir();
	process.env.DATA_DIR = dataDir;
	process.env.ADMIN_TOKEN = 'import-test-admin-token';
	({ POST } = (await import('../../src/routes/api/meetings/import/+server')) as unknown as { POST: Handler });
	app = await (await import('../../src/lib/server/app')).getApp();
	origin = await startServer(await makeDataDir());
});
afterAll(async () => {
	await app.close();
	await origin.stop();
	await removeDataDir(dataDir);
	await removeDataDir(origin.dataDir);
});

function post(body: Uint8Array, token: string | null = 'import-test-admin-token'): Promise<Response> {
	const headers: Record<string, string> = { 'content-type': 'application/zip' };
	if (token) headers.authorization = `Bearer ${token}`;
	const request = new Request('http://127.0.0.1/api/meetings/import', { method: 'POST', headers, body: body as BodyInit });
	return POST({ request, url: new URL(request.url) });
}

describe('POST /api/meetings/import', () => {
	it('[Z3] restores with the admin token (201 { id, url }); again 409; not a ZIP 400; too large 413; no token 401 — each with a Vietnamese message', async () => {
		const { meetingId } = await heldMeeting(origin.app);
		const { bytes } = (await buildArchive(origin.app, meetingId, 'vi'))!;

		expect((await post(bytes, null)).status).toBe(401);
		expect((await post(bytes, 'wrong')).status).toBe(401);
		expect(app.meetings()).toHaveLength(0);

		const created = await post(bytes);
		expect(created.status).toBe(201);
		const body = (await created.json()) as { id: string; url: string };
		expect(body.id).toBe(meetingId);
		expect(body.url).toMatch(new RegExp(`/m/${meetingId}$`));
		expect(app.meeting(meetingId)!.state.minutes.opinions).toHaveLength(3);

		const again = await post(bytes);
		expect(again.status).toBe(409);
		expect(await again.json()).toEqual({ error: { code: 'meeting_exists', message: 'Hội nghị này đã có trên máy này; không khôi phục đè lên. Không có gì thay đổi.' } });

		const garbage = await post(new TextEncoder().encode('không phải zip'));
		expect(garbage.status).toBe(400);
		expect(((await garbage.json()) as { error: { code: string } }).error.code).toBe('not_zip');

		const huge = await post(new Uint8Array(24 * 1024 * 1024 + 1));
		expect(huge.status).toBe(413);
		expect(((await huge.json()) as { error: { message: string } }).error.message).toBe('Tệp quá lớn: tối đa 24 MB. Không có gì thay đổi.');
		expect(app.meetings()).toHaveLength(1);
	});
});
