/**
 * CSRF is on (SvelteKit's origin check, svelte.config.js). In the hall every phone and laptop
 * posts from the origin it loaded the page from: the laptop's LAN address. The requests go to
 * 127.0.0.1 with the Host and Origin headers a phone on the Wi-Fi would send.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const LAN_HOST = () => `192.168.1.23:${server.port}`;

/** A browser's form post, as it arrives from a phone on the LAN. */
function postForm(path: string, fields: Record<string, string>, headers: Record<string, string>): Promise<{ status: number; location: string }> {
	const body = new URLSearchParams(fields).toString();
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port: server.port,
				path,
				method: 'POST',
				headers: { host: LAN_HOST(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), ...headers }
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? '') }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

const api = (path: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }).then((r) => r.json());
const meetingCount = async () => ((await api('/api/meetings')) as { meetings: unknown[] }).meetings.length;

/** Today in Vietnam, starting in 30 minutes: the walk-in form is open. */
function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

const meetingForm = (commandId: string) => ({
	commandId,
	title: 'Hội nghị đối thoại năm 2026',
	...startingSoon(),
	place: 'Hội trường UBND phường Bạch Đằng',
	bannerLines: 'HỘI NGHỊ',
	agenda: 'Khai mạc\nĐối thoại'
});

test('[S10] a form post from the page’s own LAN origin works; one from a foreign origin is refused and changes nothing', async () => {
	const admin = { cookie: `dt_admin=${ADMIN_TOKEN}` };

	const foreign = await postForm('/?/create', meetingForm('csrf-foreign-create-1'), { ...admin, origin: 'http://evil.example' });
	expect(foreign.status).toBe(403);
	expect(await meetingCount()).toBe(0);

	const own = await postForm('/?/create', meetingForm('csrf-own-create-1'), { ...admin, origin: `http://${LAN_HOST()}` });
	expect(own.status).toBe(303);
	const meetingId = own.location.match(/^\/m\/([^/]+)$/)?.[1];
	expect(meetingId).toBeTruthy();
	expect(await meetingCount()).toBe(1);

	// A phone with no cookie at all: the room QR's walk-in form (a meeting with a category for walk-ins).
	const hall = await fetch(`${server.url}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({ basics: { title: 'Hội nghị', ...startingSoon(), place: 'Hội trường', bannerLines: [] }, agenda: [], categories: [{ name: 'Nhân dân', expected: 100 }] })
	});
	expect(hall.status).toBe(201);
	const { id: hallId } = (await hall.json()) as { id: string };
	const person = { salutation: 'Bà', fullName: 'Nguyễn Thị Hoa', unitOther: 'Tổ 5', phone: '' };
	const delegates = async () => ((await api(`/api/meetings/${hallId}`)) as { delegates: unknown[] }).delegates.length;
	const refused = await postForm(`/m/${hallId}/join`, { commandId: 'csrf-foreign-join-1', ...person }, { origin: 'http://evil.example' });
	expect(refused.status).toBe(403);
	expect(await delegates()).toBe(0);

	const joined = await postForm(`/m/${hallId}/join`, { commandId: 'csrf-own-join-1', ...person }, { origin: `http://${LAN_HOST()}` });
	expect(joined.status).toBe(303);
	expect(joined.location).toBe(`/m/${hallId}/me`);
	expect(await delegates()).toBe(1);
});
