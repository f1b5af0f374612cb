/** Dynamic answers are compressed for clients that ask (issue 12): the real server, loopback. */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { adminSocket } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

/** One GET with exactly these headers; the body as it came over the wire (node:http does not decode). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		httpRequest(`${server.url}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

test('the delegate page comes compressed when the phone asks (gzip or brotli) and plain when it does not', async ({ request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại nén', date: '2026-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] },
			agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 1 }],
			delegates: [{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' }]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const token = admin.snapshot.state.delegates[0].token;
	admin.close();
	const cookie = `dt_delegate_${id}=${token}`;

	const plain = await get(`/m/${id}/me`, { cookie });
	expect(plain.status).toBe(200);
	expect(plain.headers['content-encoding']).toBeUndefined();
	const html = plain.body.toString('utf8');
	expect(html).toContain('Trần Thị Bình');

	const gzip = await get(`/m/${id}/me`, { cookie, 'accept-encoding': 'gzip, deflate' });
	expect(gzip.headers['content-encoding']).toBe('gzip');
	expect(gzip.headers['vary']).toMatch(/accept-encoding/i);
	expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
	expect(gunzipSync(gzip.body).toString('utf8')).toContain('Trần Thị Bình');

	const br = await get(`/m/${id}/me`, { cookie, 'accept-encoding': 'gzip, deflate, br' });
	expect(br.headers['content-encoding']).toBe('br');
	expect(brotliDecompressSync(br.body).toString('utf8')).toContain('Trần Thị Bình');

	// "gzip;q=0" means no: plain again.
	const refused = await get(`/m/${id}/me`, { cookie, 'accept-encoding': 'gzip;q=0, identity' });
	expect(refused.headers['content-encoding']).toBeUndefined();

	// A page larger than zlib's buffer (SvelteKit then waits for 'drain'): the desk with the list.
	const desk = await get(`/m/${id}/desk`, { cookie: `dt_admin=${ADMIN_TOKEN}`, 'accept-encoding': 'gzip' });
	expect(desk.status).toBe(200);
	expect(desk.headers['content-encoding']).toBe('gzip');
	expect(gunzipSync(desk.body).toString('utf8')).toContain('</html>');

	// The JSON API too.
	const json = await get(`/api/meetings/${id}`, { authorization: `Bearer ${ADMIN_TOKEN}`, 'accept-encoding': 'gzip' });
	expect(json.status).toBe(200);
	expect(json.headers['content-encoding']).toBe('gzip');
	expect(JSON.parse(gunzipSync(json.body).toString('utf8')).basics.title).toBe('Hội nghị đối thoại nén');
});
