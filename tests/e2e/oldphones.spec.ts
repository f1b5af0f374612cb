/** Old phones: every delegate action works as a plain form with JavaScript off (issue 14). */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminSocket } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: import('@playwright/test').Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const oldPhone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, javaScriptEnabled: false };

/** Today in Vietnam, starting 30 minutes from now: check-in is open. */
function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

async function meetingWithTwo(request: APIRequestContext) {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', ...startingSoon(), place: 'Hội trường', bannerLines: [] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			units: [{ name: 'Tổ dân phố 7' }],
			delegates: [
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const [an, binh] = admin.snapshot.state.delegates;
	admin.close();
	return { id, an, binh };
}

async function serverAttendance(id: string) {
	const admin = await adminSocket(server.url, id);
	admin.close();
	return admin.snapshot.state;
}

test('without JavaScript a delegate checks in from a plain form, once, and the page says when', async ({ browser, request }) => {
	const { id, an } = await meetingWithTwo(request);
	const context = await browser.newContext(oldPhone);
	const page = await context.newPage();
	await page.goto(`${server.url}/i/${an.token}`);
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`));
	const button = page.getByRole('button', { name: 'Điểm danh' });
	await expect(button).toBeEnabled(); // not waiting for a socket that never comes
	const commandId = await page.locator('input[name=commandId]').inputValue();
	await button.click();
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	await shot(page, 'oldphones-01-checked-in-no-js');
	const state = await serverAttendance(id);
	expect(state.attendance[an.id]?.via).toBe('self');
	const at = state.attendance[an.id]!.at;

	// The same form resent (a double tap, the back button): applied once, no red error.
	const again = await context.request.post(`${server.url}/m/${id}/me?/checkin`, {
		form: { commandId },
		headers: { origin: server.url }
	});
	expect(again.status()).toBe(200);
	expect((await serverAttendance(id)).attendance[an.id]!.at).toBe(at);
	await page.reload();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await context.close();
});

test('without JavaScript a walk-in registers from the room QR and is checked in', async ({ browser, request }) => {
	const { id } = await meetingWithTwo(request);
	const context = await browser.newContext(oldPhone);
	const page = await context.newPage();
	await page.goto(`${server.url}/m/${id}/join`);
	await page.getByLabel('Bà').check();
	await page.getByLabel('Họ và tên').fill('Phạm Thị Dung');
	await page.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 7');
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`));
	await expect(page.getByTestId('greeting')).toHaveText('Kính chào Bà Phạm Thị Dung');
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	const state = await serverAttendance(id);
	const dung = state.delegates.find((d) => d.fullName === 'Phạm Thị Dung')!;
	expect(state.attendance[dung.id]).toBeTruthy();
	expect(dung.unit).toBe('Tổ dân phố 7');
	await context.close();
});

test('with JavaScript the same button checks in live, over the socket', async ({ browser, request }) => {
	const { id, binh } = await meetingWithTwo(request);
	const context = await browser.newContext({ ...oldPhone, javaScriptEnabled: true });
	const page = await context.newPage();
	await page.goto(`${server.url}/i/${binh.token}`);
	await page.waitForLoadState('networkidle');
	const url = page.url();
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	expect(page.url()).toBe(url); // no page load: the live page stays
	expect((await serverAttendance(id)).attendance[binh.id]).toBeTruthy();
	await context.close();
});

test('at 200 % text size on a 360 px phone the delegate and join pages do not scroll sideways', async ({ browser, request }) => {
	const { id, an } = await meetingWithTwo(request);
	for (const [name, path] of [
		['me', `/i/${an.token}`],
		['join', `/m/${id}/join`]
	] as const) {
		const context = await browser.newContext({ ...oldPhone, javaScriptEnabled: true });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`);
		// The phone's "large text" setting: the root size doubled, everything in rem/em follows.
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await shot(page, `oldphones-200-${name}`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, name).toBeLessThanOrEqual(0);
		await context.close();
	}
});
