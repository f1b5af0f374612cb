/**
 * Issue 8, item 4, on the admin's screens: a form's problems stand under the field in plain
 * Vietnamese with the field's label — the meeting page, the plan sections, the delegates and
 * the collected opinions — never "Lệnh không hợp lệ: basics.startTime: …". Nothing is sent
 * while a field is wrong, and a corrected form saves.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const TECHNICAL = ['Lệnh', 'basics.', 'startTime', 'items.', 'fullName', 'content:', 'invalid'];
async function expectPlain(where: Locator) {
	const text = await where.innerText();
	for (const word of TECHNICAL) expect(text, `"${word}" shown to the clerk`).not.toContain(word);
}
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/plain-${name}.png`, fullPage: true });

test('a blank or out-of-range field on the admin screens is named under the field in plain words', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: { basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-12-15', startTime: '14:00', place: 'Hội trường UBND xã', bannerLines: [] }, agenda: [{ title: 'Khai mạc' }] }
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const page = await context.newPage();

	// The meeting page: the start time cleared.
	await gotoReady(page, `${server.url}/m/${id}`);
	const basics = page.locator('#basics');
	await basics.getByLabel('Giờ bắt đầu').fill('');
	await basics.getByRole('button', { name: 'Lưu' }).click();
	await expect(basics.locator('#basics-start-time-problem')).toHaveText('Xin nhập giờ bắt đầu.');
	await expectPlain(basics);
	await expect(basics.getByLabel('Giờ bắt đầu')).toHaveValue('');
	await shot(page, 'meeting-basics');
	await basics.getByLabel('Giờ bắt đầu').fill('08:30');
	await basics.getByRole('button', { name: 'Lưu' }).click();
	await expect(basics.getByRole('status')).toHaveText('Đã lưu.');
	await expect(basics.getByTestId('field-error')).toHaveCount(0);

	// The plan: a programme item without its content and with minutes below zero; a chair without a name.
	await gotoReady(page, `${server.url}/m/${id}/plan`);
	await expect(page.locator('section.plan[data-connected=true]')).toBeVisible();
	const programme = page.getByTestId('plan-programme');
	const item = programme.locator('.rows-row').first();
	await item.getByLabel('Nội dung').fill('');
	await item.getByLabel('Phút').fill('-5');
	await programme.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(item.getByTestId('field-error')).toHaveText(['Xin nhập nội dung.', 'Xin nhập một số từ 0 trở lên.']);
	await expect(programme.getByTestId('section-problems')).toHaveText('Xin xem lại các ô có ghi chú màu đỏ.');
	await expectPlain(programme);
	const settings = page.getByTestId('plan-settings');
	const chairs = settings.getByTestId('chairs');
	await chairs.getByRole('button', { name: /^\+ Thêm/ }).click();
	await chairs.locator('.rows-row').last().getByLabel('Chức vụ').fill('Bí thư Đảng ủy');
	await settings.getByLabel('Mở điểm danh trước giờ khai mạc').fill('-5');
	await settings.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(chairs.locator('.rows-row').last().getByTestId('field-error')).toHaveText('Xin nhập họ và tên.');
	await expect(settings.locator('#plan-check-in-opens-problem')).toHaveText('Xin nhập một số từ 0 trở lên.');
	await expectPlain(settings);
	await shot(page, 'plan-sections');

	// Corrected, the programme saves and the problems go.
	await item.getByLabel('Nội dung').fill('Khai mạc hội nghị');
	await item.getByLabel('Phút').fill('5');
	await programme.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(programme.getByRole('status')).toHaveText('Đã lưu.');
	await expect(programme.getByTestId('field-error')).toHaveCount(0);

	// A delegate without a name (and no category yet to choose); a collected opinion without its content.
	await gotoReady(page, `${server.url}/m/${id}/plan/delegates`);
	await page.getByRole('button', { name: 'Thêm đại biểu' }).click();
	const delegate = page.getByTestId('delegate-form');
	await delegate.getByLabel(/Số điện thoại/).fill('gọi tôi');
	await delegate.getByRole('button', { name: 'Lưu' }).click();
	await expect(delegate.getByTestId('field-error')).toHaveText(['Xin nhập họ và tên.', 'Xin chọn thành phần.', 'Số điện thoại chỉ gồm chữ số, thường là 10 số (ví dụ 0912 345 678).']);
	await expectPlain(delegate);
	await shot(page, 'delegate-form');

	await gotoReady(page, `${server.url}/m/${id}/plan/opinions`);
	await page.getByRole('button', { name: '+ Thêm ý kiến' }).click();
	const opinion = page.getByTestId('opinion-form');
	await opinion.getByLabel('Người, tổ chức nêu ý kiến').fill('Ông Trịnh Văn Lộc');
	await opinion.getByRole('button', { name: 'Lưu ý kiến' }).click();
	await expect(opinion.getByTestId('field-error')).toHaveText('Xin nhập nội dung ý kiến, kiến nghị.');
	await expectPlain(opinion);
	await shot(page, 'opinion-form');
	await context.close();
});

test('creating a meeting without its place says so under the field, and keeps what was typed', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/admin/${ADMIN_TOKEN}`);
	await page.getByLabel('Tên hội nghị').fill('Hội nghị đối thoại năm 2027');
	await page.getByLabel('Ngày').fill('2027-03-10');
	await page.getByLabel('Giờ bắt đầu').fill('14:00');
	await page.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await expect(page.locator('#basics-place-problem')).toHaveText('Xin nhập địa điểm.');
	await expect(page.getByLabel('Tên hội nghị')).toHaveValue('Hội nghị đối thoại năm 2027');
	await expectPlain(page.locator('main'));
	await context.close();
});
