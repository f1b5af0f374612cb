/**
 * The plan screen (issue 3): the admin writes the plan in the browser — kind, host, chairs,
 * the usual programme edited and reordered, categories, units, agencies copied from last
 * year's meeting, a day off that moves the invitation deadline — and it all survives a
 * reload; the projector shows the programme; a refused change says why and changes nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoPlanDocument } from '../../src/lib/server/demo';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady, waitReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/plan-${name}.png`, fullPage: true });

test('the admin writes the plan in the browser and it survives a reload', async ({ browser, request }) => {
	// Last year's meeting, with its agencies, made through the plan API.
	const lastYear = demoPlanDocument();
	lastYear.basics = { ...lastYear.basics, title: 'Hội nghị đối thoại năm 2025', date: '2025-07-10' };
	const created = await request.post(`${server.url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, data: lastYear });
	expect(created.status()).toBe(201);
	const lastYearId: string = (await created.json()).id;
	const lastYearAgencies = lastYear.agencies ?? [];
	expect(lastYearAgencies.length).toBeGreaterThan(2);

	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const admin = await context.newPage();
	await gotoReady(admin, `${server.url}/admin/${ADMIN_TOKEN}`);
	await admin.getByLabel('Tên hội nghị').fill('Hội nghị đối thoại năm 2026');
	await admin.getByLabel('Ngày').fill('2026-07-13');
	await admin.getByLabel('Giờ bắt đầu').fill('14:00');
	await admin.getByLabel('Địa điểm').fill('Hội trường UBND phường Bạch Đằng');
	// 13/7/2026 is past: the admin confirms the date.
	admin.once('dialog', (dialog) => dialog.accept());
	await admin.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await admin.waitForURL(/\/m\/[a-z0-9]+$/);
	const meetingId = new URL(admin.url()).pathname.split('/')[2];
	const projectorLink = await admin.locator('.link-card[data-role=projector] .role-link').innerText();

	await admin.getByRole('link', { name: 'Kế hoạch hội nghị' }).click();
	await admin.waitForURL(`**/m/${meetingId}/plan`);
	await expect(admin.locator('section.plan[data-connected=true]')).toBeVisible();
	await expect(admin.getByRole('link', { name: 'Kế hoạch', exact: true })).toHaveAttribute('aria-current', 'page');

	// --- kind, host, header bodies, co-chairs and the secretary team
	const settings = admin.getByTestId('plan-settings');
	await settings.getByLabel('Hình thức hội nghị').selectOption({ label: 'Định kỳ' });
	await settings.getByLabel(/^Cơ quan chủ trì/).selectOption({ label: 'Đảng ủy và UBND đồng chủ trì' });
	await settings.getByLabel(/Cơ quan cấp trên/).fill('ĐẢNG BỘ THÀNH PHỐ HẠ LONG');
	await settings.getByLabel(/Cơ quan ban hành/).fill('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG');
	const chairs = settings.getByTestId('chairs');
	for (const [name, title, position] of [
		['Lê Thị Hà', 'Bí thư Đảng ủy phường', 'Chủ trì / đồng chủ trì'],
		['Trần Văn Minh', 'Chủ tịch UBND phường', 'Chủ trì / đồng chủ trì'],
		['Phạm Quốc Việt', 'Phó Chủ tịch UBND phường', 'Phó, được ủy quyền']
	]) {
		await chairs.getByRole('button', { name: /^\+ Thêm/ }).click();
		const row = chairs.locator('.rows-row').last();
		await row.getByLabel('Họ và tên').fill(name);
		await row.getByLabel('Chức vụ').fill(title);
		await row.getByLabel(/^Vai trò/).selectOption({ label: position });
	}
	const secretaries = settings.getByTestId('secretaries');
	for (const name of ['Nguyễn Thu Trang', 'Đỗ Văn Long']) {
		await secretaries.getByRole('button', { name: /^\+ Thêm/ }).click();
		await secretaries.locator('.rows-row').last().getByLabel('Họ và tên').fill(name);
	}
	await expect(settings.getByText('Có thay đổi chưa lưu')).toBeVisible();
	await settings.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(settings.getByRole('status')).toHaveText('Đã lưu.');
	const speaking = admin.getByTestId('plan-speaking');
	await speaking.getByLabel('Thời gian mỗi lượt phát biểu (phút)').fill('4');
	await speaking.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(speaking.getByRole('status')).toHaveText('Đã lưu.');

	// --- the usual programme, presenters from the chairs just saved; then edit and reorder
	const programme = admin.getByTestId('plan-programme');
	await programme.getByRole('button', { name: 'Bắt đầu từ chương trình thường lệ' }).click();
	const items = programme.locator('.rows-row');
	await expect(items).toHaveCount(7);
	await expect(items.nth(4).getByLabel('Nội dung')).toHaveValue('Đối thoại với Nhân dân');
	await expect(items.nth(1).getByLabel('Người trình bày')).toHaveValue('Lê Thị Hà, Bí thư Đảng ủy phường');
	await expect(items.nth(2).getByLabel('Người trình bày')).toHaveValue('Trần Văn Minh, Chủ tịch UBND phường');
	await expect(programme.getByTestId('programme-total')).toContainText('180 phút, kết thúc khoảng 17:00');
	await items.nth(4).getByLabel('Phút').fill('100');
	await expect(programme.getByTestId('programme-total')).toContainText('190 phút, kết thúc khoảng 17:10');
	// The "sums up each issue" step goes before the dialogue's last minutes: move it up one.
	await programme.getByRole('button', { name: 'Lên 6' }).click();
	await expect(items.nth(4).getByLabel('Nội dung')).toHaveValue('Chủ trì tổng hợp, kết luận từng vấn đề');
	await programme.getByRole('button', { name: 'Xuống 5' }).click();
	await expect(items.nth(4).getByLabel('Nội dung')).toHaveValue('Đối thoại với Nhân dân');
	await programme.getByRole('button', { name: /^\+ Thêm/ }).click();
	await items.last().getByLabel('Nội dung').fill('Văn nghệ chào mừng');
	await items.last().getByLabel('Phút').fill('5');
	await items.last().getByLabel(/^Loại/).selectOption({ label: 'Thủ tục' });
	for (const position of [8, 7, 6, 5, 4, 3]) await programme.getByRole('button', { name: `Lên ${position}` }).click();
	await expect(items.nth(1).getByLabel('Nội dung')).toHaveValue('Văn nghệ chào mừng');
	await programme.getByRole('button', { name: 'Xóa 7' }).click();
	await expect(items).toHaveCount(7);
	await programme.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(programme.getByRole('status')).toHaveText('Đã lưu.');
	await programme.screenshot({ path: 'test-results/screens/plan-programme.png' });

	// --- categories (182 expected, as in seed 000) and units
	const categories = admin.getByTestId('plan-categories');
	for (const [name, expected] of [
		['Đại biểu thành phố', '6'],
		['Đại biểu phường', '20'],
		['Đại biểu cơ sở', '36'],
		['Nhân dân', '120']
	]) {
		await categories.getByRole('button', { name: /^\+ Thêm/ }).click();
		const row = categories.locator('.rows-row').last();
		await row.getByLabel('Thành phần').fill(name);
		await row.getByLabel('Số dự kiến').fill(expected);
	}
	await expect(categories.getByTestId('categories-total')).toHaveText('Tổng số dự kiến: 182 đại biểu.');
	await categories.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(categories.getByRole('status')).toHaveText('Đã lưu.');

	const units = admin.getByTestId('plan-units');
	for (const [name, kind] of [
		['Tổ dân phố 1', 'Tổ dân phố'],
		['Tổ dân phố 2', 'Tổ dân phố'],
		['Thôn Đông', 'Thôn']
	]) {
		await units.getByRole('button', { name: /^\+ Thêm/ }).click();
		const row = units.locator('.rows-row').last();
		await row.getByLabel('Tên đơn vị').fill(name);
		await row.getByLabel(/^Loại/).selectOption({ label: kind });
	}
	await units.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(units.getByRole('status')).toHaveText('Đã lưu.');

	// --- agencies: copied from last year's meeting, then one more typed in
	const agencies = admin.getByTestId('plan-agencies');
	await agencies.getByLabel('Chép danh sách từ hội nghị khác').selectOption(lastYearId);
	await agencies.getByRole('button', { name: 'Thêm các cơ quan chưa có' }).click();
	await expect(agencies.getByRole('status')).toHaveText(`Đã thêm ${lastYearAgencies.length} cơ quan; bấm Lưu để ghi lại.`);
	await agencies.getByRole('button', { name: 'Thêm các cơ quan chưa có' }).click();
	await expect(agencies.getByRole('status')).toHaveText('Đã thêm 0 cơ quan; bấm Lưu để ghi lại.');
	await agencies.getByRole('button', { name: /^\+ Thêm/ }).click();
	await agencies.locator('.rows-row').last().getByLabel('Tên cơ quan').fill('Trạm Y tế phường');
	await agencies.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(agencies.getByRole('status')).toHaveText('Đã lưu.');
	await expect(agencies.locator('.rows-row')).toHaveCount(lastYearAgencies.length + 1);

	// --- calendar: a local day off on Friday 3/7/2026 moves the invitation deadline a working day earlier
	const calendar = admin.getByTestId('plan-calendar');
	const deadline = calendar.getByTestId('invitation-deadline');
	await expect(deadline).toContainText('Thứ Tư 01/07/2026');
	await calendar.getByLabel('Thêm ngày nghỉ').first().fill('2026-07-03');
	await calendar.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
	await expect(calendar.getByTestId('days-off')).toContainText('Thứ Sáu 03/07/2026');
	await expect(deadline).toContainText('Thứ Ba 30/06/2026');
	await calendar.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(calendar.getByRole('status')).toHaveText('Đã lưu.');
	await shot(admin, 'filled');

	// --- a reload reads it all back from the server
	await admin.reload();
	await expect(admin.locator('section.plan[data-connected=true]')).toBeVisible();
	await expect(settings.getByLabel(/Cơ quan ban hành/)).toHaveValue('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG');
	await expect(settings.getByTestId('chairs').locator('.rows-row')).toHaveCount(3);
	await expect(speaking.getByLabel('Thời gian mỗi lượt phát biểu (phút)')).toHaveValue('4');
	await expect(items).toHaveCount(7);
	await expect(items.nth(0).getByLabel('Nội dung')).toHaveValue(/^Tuyên bố lý do/);
	await expect(items.nth(1).getByLabel('Nội dung')).toHaveValue('Văn nghệ chào mừng');
	await expect(items.nth(5).getByLabel('Phút')).toHaveValue('100');
	await expect(categories.getByTestId('categories-total')).toHaveText('Tổng số dự kiến: 182 đại biểu.');
	await expect(units.locator('.rows-row')).toHaveCount(3);
	await expect(deadline).toContainText('Thứ Ba 30/06/2026');

	// --- the projector shows the programme as saved
	const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
	await gotoReady(projector, projectorLink);
	await expect(projector.locator('.agenda li')).toHaveCount(7);
	await expect(projector.locator('.agenda li').nth(1)).toContainText('Văn nghệ chào mừng');

	// --- a refused change: a category that still has delegates cannot be removed
	const socket = await adminSocket(server.url, meetingId);
	const people = socket.snapshot.state.categories.find((c) => c.name === 'Nhân dân')!;
	await mustSend(socket, 'delegate.add', { salutation: 'Ông', fullName: 'Nguyễn Văn An', title: '', unit: 'Tổ dân phố 1', categoryId: people.id, phone: null });
	socket.close();
	await categories.getByRole('button', { name: 'Xóa 4' }).click();
	await expect(categories.getByTestId('categories-total')).toHaveText('Tổng số dự kiến: 62 đại biểu.');
	await categories.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(categories.getByRole('alert')).toHaveText('Thành phần "Nhân dân" còn đại biểu; hãy chuyển họ sang thành phần khác trước.');
	await expect(categories.getByText('Có thay đổi chưa lưu')).toBeVisible();
	await categories.getByRole('button', { name: 'Bỏ thay đổi' }).click();
	await expect(categories.getByTestId('categories-total')).toHaveText('Tổng số dự kiến: 182 đại biểu.');
	await admin.reload();
	await waitReady(admin);
	await expect(categories.locator('.rows-row')).toHaveCount(4);

	// --- the tabs lead to the rest of the plan
	await admin.getByRole('link', { name: 'Đại biểu', exact: true }).click();
	await admin.waitForURL(`**/m/${meetingId}/plan/delegates`);
	await expect(admin.getByText('Nguyễn Văn An').first()).toBeVisible();
	await context.close();
});
