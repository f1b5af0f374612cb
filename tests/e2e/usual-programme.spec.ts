/**
 * Issue 8, item 8: the usual programme taken before the co-chairs are saved gets its
 * presenters when they are: the Party secretary opens and concludes, the People's
 * Committee chairman reports and answers (as the seed plans do).
 */
import { expect, test } from '@playwright/test';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

test('usual programme first, co-chairs later: presenters follow the chairs', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: { basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-12-15', startTime: '14:00', place: 'Hội trường UBND xã', bannerLines: ['HỘI NGHỊ ĐỐI THOẠI'] } }
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/m/${id}/plan`);
	await expect(page.locator('section.plan[data-connected=true]')).toBeVisible();

	const programme = page.getByTestId('plan-programme');
	page.once('dialog', (dialog) => dialog.accept());
	await programme.getByRole('button', { name: 'Bắt đầu từ chương trình thường lệ' }).click();
	const items = programme.locator('.rows-row');
	await expect(items).toHaveCount(7);
	await expect(items.nth(1).getByLabel('Người trình bày')).toHaveValue('');
	await programme.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(programme.getByRole('status')).toHaveText('Đã lưu.');

	// The co-chairs, the People's Committee chairman entered first.
	const chairs = page.getByTestId('plan-settings').getByTestId('chairs');
	for (const [name, title] of [
		['Trần Văn Minh', 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã'],
		['Lê Thị Hà', 'Bí thư Đảng ủy xã']
	]) {
		await chairs.getByRole('button', { name: /^\+ Thêm/ }).click();
		const row = chairs.locator('.rows-row').last();
		await row.getByLabel('Họ và tên').fill(name);
		await row.getByLabel('Chức vụ').fill(title);
	}
	await page.getByTestId('plan-settings').getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(page.getByTestId('plan-settings').getByRole('status')).toHaveText('Đã lưu.');

	const presenter = (i: number) => items.nth(i).getByLabel('Người trình bày');
	await expect(presenter(1)).toHaveValue('Lê Thị Hà, Bí thư Đảng ủy xã');
	await expect(presenter(2)).toHaveValue('Trần Văn Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã');
	await expect(presenter(3)).toHaveValue('Trần Văn Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã');
	await expect(presenter(6)).toHaveValue('Lê Thị Hà, Bí thư Đảng ủy xã');
	await expect(presenter(0)).toHaveValue('');
	await page.reload();
	await expect(presenter(6)).toHaveValue('Lê Thị Hà, Bí thư Đảng ủy xã');
	await context.close();
});
