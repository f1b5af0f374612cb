/**
 * A phone is sent only its own texts, in its reader's language ([I3]): the delegate's and the
 * join pages work in Vietnamese without the catalog, switch to English (fetched then), and back.
 */
import { expect, test, type Page } from '@playwright/test';
import { adminSocket } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady, waitReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Every script the page loads, as text: a staff screen's words in it mean the whole catalog came. */
function scriptsOf(page: Page): string[] {
	const texts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') texts.push(await response.text().catch(() => ''));
	});
	return texts;
}

test('the delegate and join pages speak Vietnamese without the catalog, and English after the switch', async ({ browser, request }) => {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16), place: 'Hội trường', bannerLines: [] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: 1 }],
			delegates: [{ salutation: 'Bà', fullName: 'Trần Thị Bình', category: 'Đại biểu Nhân dân' }]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const [binh] = admin.snapshot.state.delegates;
	admin.close();

	const context = await browser.newContext(phone);
	const page = await context.newPage();
	const scripts = scriptsOf(page);
	const textRequests: string[] = [];
	page.on('request', (r) => r.url().includes('/i18n/') && textRequests.push(r.url()));
	await gotoReady(page, `${server.url}/i/${binh.token}`);
	await expect(page.getByTestId('greeting')).toHaveText('Kính chào Bà Trần Thị Bình');
	await expect(page.getByRole('button', { name: 'Điểm danh' })).toBeEnabled();
	await page.waitForLoadState('networkidle');
	// The admin's heading is in the catalog, not in the phone's texts: it must not have come.
	expect(scripts.join('\n')).not.toContain('Các hội nghị đối thoại');
	expect(await page.content()).not.toContain('Các hội nghị đối thoại');
	expect(textRequests).toEqual([]);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByTestId('greeting')).toHaveText('Welcome, Bà Trần Thị Bình');
	await expect(page.getByRole('button', { name: 'Check in' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect(textRequests).toHaveLength(1);
	await page.screenshot({ path: 'test-results/screens/phone-texts-en.png', fullPage: true });
	// The app keeps working in English: checking in answers in English.
	await page.getByRole('button', { name: 'Check in' }).click();
	await expect(page.getByTestId('checked-in')).toContainText('Checked in at');

	// Reloaded: the page comes in English from the server; back to Vietnamese fetches it.
	await page.reload();
	await waitReady(page);
	await expect(page.getByTestId('greeting')).toHaveText('Welcome, Bà Trần Thị Bình');
	await page.getByRole('button', { name: 'Tiếng Việt' }).click();
	await expect(page.getByTestId('greeting')).toHaveText('Kính chào Bà Trần Thị Bình');
	await expect(page.getByTestId('checked-in')).toContainText('Đã điểm danh lúc');

	// The join page: its own texts too.
	const walkIn = await browser.newContext(phone);
	const joinPage = await walkIn.newPage();
	const joinScripts = scriptsOf(joinPage);
	await gotoReady(joinPage, `${server.url}/m/${id}/join`);
	await expect(joinPage.getByRole('heading', { name: 'Điểm danh người dự hội nghị' })).toBeVisible();
	await joinPage.waitForLoadState('networkidle');
	expect(joinScripts.join('\n')).not.toContain('Các hội nghị đối thoại');
	await joinPage.getByRole('button', { name: 'English' }).click();
	await expect(joinPage.getByRole('heading', { name: 'Check in to the meeting' })).toBeVisible();
	await context.close();
	await walkIn.close();
});
