/**
 * Issue 8, item 3: nothing typed on the plan screen is lost silently. Each section saves on
 * its own; a reload, a closed tab or another tab of the plan asks first while a section has
 * changes not saved, and the page says which sections they are and can save them all.
 */
import { expect, test } from '@playwright/test';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

test('edits in three sections, one saved: a reload and a tab change warn first, "save all" keeps everything', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: { basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-12-15', startTime: '14:00', place: 'Hội trường UBND xã', bannerLines: ['HỘI NGHỊ ĐỐI THOẠI'] }, agenda: [{ title: 'Khai mạc' }] }
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/m/${id}/plan`);
	await expect(page.locator('section.plan[data-connected=true]')).toBeVisible();

	// The secretaries, the units and the agencies, as the clerk would; only the agencies saved.
	const settings = page.getByTestId('plan-settings');
	const secretaries = settings.getByTestId('secretaries');
	await secretaries.getByRole('button', { name: /^\+ Thêm/ }).click();
	await secretaries.locator('.rows-row').last().getByLabel('Họ và tên').fill('Nguyễn Thu Trang');
	const units = page.getByTestId('plan-units');
	await units.getByRole('button', { name: /^\+ Thêm/ }).click();
	await units.locator('.rows-row').last().getByLabel('Tên đơn vị').fill('Thôn Đông');
	const agencies = page.getByTestId('plan-agencies');
	await agencies.getByRole('button', { name: /^\+ Thêm/ }).click();
	await agencies.locator('.rows-row').last().getByLabel('Tên cơ quan').fill('Trạm Y tế xã');
	await agencies.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(agencies.getByRole('status')).toHaveText('Đã lưu.');

	// The two sections not saved are marked where the clerk looks, and listed at the bottom of the screen.
	await expect(settings.getByTestId('section-unsaved')).toBeVisible();
	await expect(units.getByTestId('section-unsaved')).toBeVisible();
	await expect(agencies.getByTestId('section-unsaved')).toHaveCount(0);
	const bar = page.getByTestId('unsaved-bar');
	await expect(bar).toContainText('Hình thức, chủ trì và thư ký');
	await expect(bar).toContainText('Đơn vị (tổ dân phố, thôn, cơ quan)');
	await expect(bar).not.toContainText('Cơ quan trả lời');
	await expect(bar).toBeInViewport();
	await page.screenshot({ path: 'test-results/screens/plan-unsaved.png' });

	// A reload asks first (the browser's own "leave this page?"); staying keeps what was typed.
	const reloadDialog = page.waitForEvent('dialog');
	void page.reload().catch(() => {});
	const asked = await reloadDialog;
	expect(asked.type()).toBe('beforeunload');
	await asked.dismiss();
	await expect(secretaries.locator('.rows-row').last().getByLabel('Họ và tên')).toHaveValue('Nguyễn Thu Trang');
	await expect(units.locator('.rows-row').last().getByLabel('Tên đơn vị')).toHaveValue('Thôn Đông');

	// Another tab of the plan asks too, naming the sections; "cancel" stays.
	const tabDialog = page.waitForEvent('dialog');
	void page.getByRole('link', { name: 'Đại biểu', exact: true }).click();
	const confirmTab = await tabDialog;
	expect(confirmTab.type()).toBe('confirm');
	expect(confirmTab.message()).toContain('Đơn vị (tổ dân phố, thôn, cơ quan)');
	await confirmTab.dismiss();
	await expect(page).toHaveURL(new RegExp(`/m/${id}/plan$`));
	await expect(units.locator('.rows-row').last().getByLabel('Tên đơn vị')).toHaveValue('Thôn Đông');

	// "Save all" saves both; then a reload asks nothing and shows all three.
	await bar.getByRole('button', { name: 'Lưu tất cả' }).click();
	await expect(bar).toBeHidden();
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected dialog: ${dialog.message()}`);
	});
	await page.reload();
	await expect(page.locator('section.plan[data-connected=true]')).toBeVisible();
	await expect(secretaries.locator('.rows-row').last().getByLabel('Họ và tên')).toHaveValue('Nguyễn Thu Trang');
	await expect(units.locator('.rows-row').last().getByLabel('Tên đơn vị')).toHaveValue('Thôn Đông');
	await expect(agencies.locator('.rows-row').last().getByLabel('Tên cơ quan')).toHaveValue('Trạm Y tế xã');
	await context.close();
});
