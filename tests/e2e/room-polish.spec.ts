/** Issue 18 items 3 and 4: a long statement on the phone, a paper slip for someone not checked in. */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { gotoReady } from './ready';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

async function meeting(request: APIRequestContext) {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', ...startingSoon(), place: 'Hội trường', bannerLines: [] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			delegates: [
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Lê Văn Cường', unit: 'Thôn Đông', category: 'Đại biểu Nhân dân' }
			]
		}
	});
	expect(created.status(), await created.text()).toBe(201);
	const { id } = await created.json();
	const desk = await adminSocket(server.url, id, 'desk');
	const [an, binh, cuong] = desk.snapshot.state.delegates;
	await mustSend(desk, 'checkin.desk', { delegateId: an.id });
	await mustSend(desk, 'checkin.desk', { delegateId: binh.id });
	desk.close();
	return { id, an, binh, cuong };
}

async function serverState(id: string) {
	const admin = await adminSocket(server.url, id);
	admin.close();
	return admin.snapshot.state;
}

// 520 characters of Vietnamese: one letter more than a line of the phone's textarea many times over.
const long = 'Đường ngõ 5 tổ dân phố 3 bị ngập mỗi khi mưa lớn, nước tràn vào nhà dân. '.repeat(8).slice(0, 520);

test('[Q22] a statement over 500 characters is never cut: a counter with JavaScript, the form sent back whole without it', async ({ browser, request }) => {
	const { id, an, binh } = await meeting(request);

	// With JavaScript: the counter follows, the text over the limit is said in red and not sent.
	const page = await (await browser.newContext(phone)).newPage();
	await gotoReady(page, `${server.url}/i/${an.token}`);
	await page.getByTestId('ask-to-speak').click();
	const form = page.getByTestId('speak-form');
	await expect(form.getByTestId('text-count')).toHaveText('Đã viết 0/500 ký tự.');
	await page.getByLabel('Lĩnh vực').selectOption({ index: 1 });
	await page.getByLabel('Nội dung Ông/Bà muốn nêu').fill(long);
	await expect(page.getByLabel('Nội dung Ông/Bà muốn nêu')).toHaveValue(long);
	await expect(form.getByTestId('text-count')).toHaveText('Đã viết 520/500 ký tự.');
	await expect(form.getByTestId('field-error')).toHaveText('Dài quá 500 ký tự (đang có 520), xin viết ngắn lại.');
	await shot(page, 'room-polish-01-phone-too-long');
	await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await page.waitForTimeout(500);
	await expect(form).toBeVisible();
	expect((await serverState(id)).queue.requests).toEqual([]);
	const fitting = long.slice(0, 500);
	await page.getByLabel('Nội dung Ông/Bà muốn nêu').fill(fitting);
	await expect(form.getByTestId('field-error')).toHaveCount(0);
	await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await expect(page.getByTestId('my-position')).toHaveText('1');
	expect((await serverState(id)).queue.requests.map((r) => r.statement)).toEqual([fitting.trim()]);

	// Without JavaScript: the limit is written under the field; a longer text comes back whole with the reason.
	const old = await (await browser.newContext({ ...phone, javaScriptEnabled: false })).newPage();
	await old.goto(`${server.url}/i/${binh.token}`);
	await old.getByTestId('ask-to-speak').click();
	await expect(old.getByTestId('text-count')).toHaveText('Tối đa 500 ký tự.');
	await old.getByLabel('Lĩnh vực').selectOption({ index: 1 });
	await old.getByLabel('Nội dung Ông/Bà muốn nêu').fill(long);
	await old.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await expect(old.getByTestId('field-error')).toHaveText('Dài quá 500 ký tự (đang có 520), xin viết ngắn lại.');
	await expect(old.getByLabel('Nội dung Ông/Bà muốn nêu')).toHaveValue(long);
	await shot(old, 'room-polish-02-phone-too-long-no-js');
	expect((await serverState(id)).queue.requests).toHaveLength(1);
});

test('[C10] a slip for someone on the list who has not checked in is taken; the desk sees "chưa điểm danh" and checks them in with one click', async ({ browser, request }) => {
	const { id, cuong } = await meeting(request);
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const desk = await context.newPage();
	await gotoReady(desk, `${server.url}/m/${id}/desk`);
	await desk.getByTestId('open-slip-form').click();
	const slip = desk.getByTestId('slip-form');
	await slip.getByLabel('Số phiếu', { exact: true }).fill('7');
	await slip.getByLabel('Tìm người có tên trong danh sách').fill('cuong');
	await expect(slip.getByRole('button', { name: /Lê Văn Cường/ })).toContainText('chưa điểm danh');
	await slip.getByRole('button', { name: /Lê Văn Cường/ }).click();
	await expect(slip.getByTestId('slip-not-checked-in')).toHaveText('chưa điểm danh');
	await slip.getByLabel('Lĩnh vực').selectOption({ index: 1 });
	await slip.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Ngõ 12 chưa có đèn');
	await slip.getByRole('button', { name: 'Ghi nhận phiếu' }).click();
	await expect(slip.getByText('Đã ghi nhận phiếu.')).toBeVisible();
	await expect(slip.getByTestId('slip-sent-not-checked-in')).toContainText('Ông Lê Văn Cường chưa điểm danh.');
	await shot(desk, 'room-polish-03-desk-slip-not-checked-in');
	let state = await serverState(id);
	expect(state.queue.requests.map((r) => r.who)).toMatchObject([{ kind: 'delegate', delegateId: cuong.id }]);
	expect(state.attendance[cuong.id]).toBeUndefined();
	await slip.getByTestId('slip-sent-check-in').click();
	await expect(slip.getByTestId('slip-sent-not-checked-in')).toHaveCount(0);
	state = await serverState(id);
	expect(state.attendance[cuong.id]).toBeTruthy();
});
