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
	expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the open form at 360 px').toBeLessThanOrEqual(360);
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
	expect(await old.evaluate(() => document.documentElement.scrollWidth), 'the open form at 360 px').toBeLessThanOrEqual(360);
	expect((await serverState(id)).queue.requests).toHaveLength(1);
});

test('[C12] a slip for someone on the list who has not checked in is taken; the desk sees "chưa điểm danh" and checks them in with one click', async ({ browser, request }) => {
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
	await expect(slip.getByTestId('text-count')).toHaveText('Đã viết 0/500 ký tự.');
	await shot(desk, 'room-polish-03-desk-slip-not-checked-in');
	let state = await serverState(id);
	expect(state.queue.requests.map((r) => r.who)).toMatchObject([{ kind: 'delegate', delegateId: cuong.id }]);
	expect(state.attendance[cuong.id]).toBeUndefined();
	await slip.getByTestId('slip-sent-check-in').click();
	await expect(slip.getByTestId('slip-sent-not-checked-in')).toHaveCount(0);
	state = await serverState(id);
	expect(state.attendance[cuong.id]).toBeTruthy();

	// Someone who is not on the list at all: said too; the desk checks them in as a walk-in in one click.
	await slip.getByLabel('Số phiếu', { exact: true }).fill('8');
	await slip.getByLabel('Họ và tên').fill('Đinh Văn Khoa');
	await slip.getByLabel('Thôn, tổ dân phố, đơn vị').fill('Tổ dân phố 9');
	await slip.getByLabel('Lĩnh vực').selectOption({ index: 1 });
	await slip.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Cấp giấy chứng nhận chậm');
	await slip.getByRole('button', { name: 'Ghi nhận phiếu' }).click();
	await expect(slip.getByTestId('slip-sent-not-on-list')).toContainText('Ông Đinh Văn Khoa không có trong danh sách đại biểu, chưa điểm danh.');
	await slip.getByTestId('slip-sent-walk-in').scrollIntoViewIfNeeded();
	await desk.screenshot({ path: 'test-results/screens/room-polish-05-desk-slip-not-on-list.png' });
	await slip.getByTestId('slip-sent-walk-in').click();
	await expect(slip.getByTestId('slip-sent-not-on-list')).toHaveCount(0);
	state = await serverState(id);
	const khoa = state.delegates.find((d) => d.fullName === 'Đinh Văn Khoa')!;
	expect(khoa).toMatchObject({ unit: 'Tổ dân phố 9' });
	expect(state.attendance[khoa.id]).toBeTruthy();
	expect(state.queue.requests).toHaveLength(2);
});

test('[Q23] dragging a row to the bottom of the chair\'s list scrolls it, says where the row will land, and lands it there', async ({ browser, request }) => {
	const people = ['An', 'Bình', 'Cường', 'Dung', 'Em', 'Giang', 'Hà', 'Khoa', 'Lan', 'Minh', 'Nam', 'Oanh'];
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', ...startingSoon(), place: 'Hội trường', bannerLines: [] },
			agenda: [{ title: 'Đối thoại với Nhân dân', plannedMinutes: 90, type: 'dialogue' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }],
			delegates: people.map((name, i) => ({ salutation: 'Ông', fullName: `Nguyễn Văn ${name}`, unit: `Tổ dân phố ${i + 1}`, category: 'Đại biểu Nhân dân' }))
		}
	});
	expect(created.status(), await created.text()).toBe(201);
	const { id } = await created.json();
	const chairSocket = await adminSocket(server.url, id, 'chair');
	const { delegates, fields, agenda } = chairSocket.snapshot.state;
	await mustSend(chairSocket, 'meeting.start', {});
	await mustSend(chairSocket, 'agenda.setCurrent', { itemId: agenda[0].id });
	for (const d of delegates) await mustSend(chairSocket, 'request.submit', { fieldId: fields[0].id, statement: 'Đường ngõ ngập khi mưa', who: { kind: 'delegate', delegateId: d.id }, via: 'hand' });
	chairSocket.close();

	const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const chair = await context.newPage();
	await gotoReady(chair, `${server.url}/m/${id}/chair`);
	const names = () => chair.getByTestId('queue-name').allInnerTexts();
	await expect.poll(async () => (await names()).length).toBe(12);
	// The last rows are out of view.
	await expect(chair.getByTestId('queue-row').last()).not.toBeInViewport();

	const list = (await chair.getByTestId('queue').locator('ol').boundingBox())!;
	const handle = (await chair.getByTestId('drag-handle').first().boundingBox())!;
	const x = handle.x + handle.width / 2;
	await chair.mouse.move(x, handle.y + handle.height / 2);
	await chair.mouse.down();
	// At the list's middle before any scroll: where it would land by the finger's way alone.
	await chair.mouse.move(x, list.y + list.height / 2, { steps: 5 });
	await expect(chair.getByTestId('drag-landing')).toBeVisible();
	const unscrolled = Number((await chair.getByTestId('drag-landing').innerText()).match(/số (\d+)/)![1]);
	// Held at the list's bottom edge: the list scrolls by itself and the banner follows.
	await chair.mouse.move(x, list.y + list.height - 10, { steps: 10 });
	await expect(chair.getByTestId('drag-landing')).toBeVisible();
	await expect.poll(async () => chair.getByTestId('queue').locator('ol').evaluate((el) => el.scrollTop), { timeout: 5000 }).toBeGreaterThan(450);
	// Back up a little so the list stops scrolling; then read where it will land.
	await chair.mouse.move(x, list.y + list.height / 2, { steps: 5 });
	await chair.waitForTimeout(300);
	const said = await chair.getByTestId('drag-landing').innerText();
	const place = Number(said.match(/số (\d+)/)![1]);
	// The same spot on the screen, now further down the list: the scroll counts.
	expect(place).toBeGreaterThan(unscrolled + 1);
	// The held row's own number says it too.
	await expect(chair.getByTestId('queue-row').filter({ hasText: 'Ông Nguyễn Văn An' }).getByTestId('drag-handle')).toContainText(String(place));
	await chair.screenshot({ path: 'test-results/screens/room-polish-04-chair-drag.png' });
	await chair.mouse.up();
	await expect.poll(async () => (await names()).indexOf('Ông Nguyễn Văn An') + 1).toBe(place);
	await expect(chair.getByTestId('drag-landing')).toHaveCount(0);
});
