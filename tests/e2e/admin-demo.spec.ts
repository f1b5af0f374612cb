/**
 * Issue 8, items 9 and 10: the demo button stays on the admin page and makes a meeting dated
 * today that starts within the hour; dates read dd/mm/yyyy; a meeting dated in the past is
 * created only after a confirmation; the chair's item timer says what it counts.
 */
import { expect, test, type Browser } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const vnDay = (offsetDays = 0) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

async function adminPage(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	return context.newPage();
}

test('the demo button stays once meetings exist; the demo is dated today and starts within the hour; dates read dd/mm/yyyy', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: { basics: { title: 'Hội nghị tháng sau', date: '2026-12-15', startTime: '14:00', place: 'Hội trường UBND xã', bannerLines: [] } }
	});
	expect(created.status()).toBe(201);
	const page = await adminPage(browser);
	await gotoReady(page, `${server.url}/`);
	const list = page.locator('.cards');
	await expect(list).toContainText('15/12/2026 · 14:00');
	await expect(list).not.toContainText('2026-12-15');

	const before = Date.now();
	await page.getByRole('button', { name: 'Tạo một hội nghị mẫu để xem thử' }).click();
	await page.waitForURL(/\/m\/[a-z0-9]+$/);
	const id = new URL(page.url()).pathname.split('/')[2];
	const admin = await adminSocket(server.url, id);
	const { date, startTime } = admin.snapshot.state.basics;
	admin.close();
	const startsAt = Date.parse(`${date}T${startTime}:00+07:00`);
	expect(startsAt - before).toBeGreaterThan(29 * 60_000);
	expect(startsAt - before).toBeLessThanOrEqual(46 * 60_000);
	await expect(page.locator('main > p').first()).toContainText(`${ddmmyyyy(date)} · ${startTime}`);
	await expect(page.locator('main')).not.toContainText(date);

	// Back on the admin page the button is still there, under both meetings.
	await gotoReady(page, `${server.url}/`);
	await expect(page.locator('.cards li')).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Tạo một hội nghị mẫu để xem thử' })).toBeVisible();
	await page.context().close();
});

test('a meeting dated in the past is created only after the admin confirms', async ({ browser }) => {
	const page = await adminPage(browser);
	await gotoReady(page, `${server.url}/`);
	const yesterday = vnDay(-1);
	await page.getByLabel('Tên hội nghị').fill('Hội nghị nhập nhầm ngày');
	await page.getByLabel('Ngày').fill(yesterday);
	await page.getByLabel('Giờ bắt đầu').fill('14:00');
	await page.getByLabel('Địa điểm').fill('Hội trường');
	const asked = page.waitForEvent('dialog');
	void page.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	const dialog = await asked;
	expect(dialog.message()).toContain(`Ngày họp ${ddmmyyyy(yesterday)} đã qua`);
	await dialog.dismiss();
	await expect(page).toHaveURL(`${server.url}/`);
	await expect(page.locator('.cards')).not.toContainText('Hội nghị nhập nhầm ngày');

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await page.waitForURL(/\/m\/[a-z0-9]+$/);
	await expect(page.getByRole('heading', { name: 'Hội nghị nhập nhầm ngày' })).toBeVisible();

	// Today's date asks nothing.
	await gotoReady(page, `${server.url}/`);
	page.once('dialog', (d) => {
		throw new Error(`unexpected question: ${d.message()}`);
	});
	await page.getByLabel('Tên hội nghị').fill('Hội nghị hôm nay');
	await page.getByLabel('Ngày').fill(vnDay());
	await page.getByLabel('Giờ bắt đầu').fill('23:59');
	await page.getByLabel('Địa điểm').fill('Hội trường');
	await page.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await page.waitForURL(/\/m\/[a-z0-9]+$/);
	await page.context().close();
});

test("the chair's item timer says what it counts, against the planned minutes", async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', date: vnDay(), startTime: '23:59', place: 'Hội trường', bannerLines: [] },
			agenda: [{ title: 'Khai mạc', plannedMinutes: 10 }, { title: 'Đối thoại', plannedMinutes: 90 }]
		}
	});
	const { id } = await created.json();
	const chairSocket = await adminSocket(server.url, id, 'chair');
	await mustSend(chairSocket, 'meeting.start', {});
	chairSocket.close();
	const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const chair = await context.newPage();
	await gotoReady(chair, `${server.url}/m/${id}/chair`);
	const timer = chair.getByTestId('item-timer');
	await expect(timer).toContainText('Thời gian đã dành cho nội dung này');
	await expect(timer).toContainText(/00:0\d\s*\/ 10 phút dự kiến/);
	await chair.getByRole('button', { name: 'Nội dung tiếp theo →' }).click();
	await expect(timer).toContainText('/ 90 phút dự kiến');
	await chair.screenshot({ path: 'test-results/screens/chair-item-timer.png' });
	await context.close();
});
