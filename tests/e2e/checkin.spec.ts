import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Today in Vietnam, and a start time 30 minutes from now: check-in (60 minutes before) is open. */
function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

async function withAdminCookie(browser: Browser, options = {}) {
	const context = await browser.newContext(options);
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	return context.newPage();
}

test('an invited delegate, a walk-in and a repeat scan; the projector, the chair and the desk count each once within a second', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại năm 2026', ...startingSoon(), place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['HỘI NGHỊ', 'ĐỐI THOẠI VỚI NHÂN DÂN'] },
			agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }],
			categories: [
				{ name: 'Đại biểu phường', expected: 2 },
				{ name: 'Đại biểu Nhân dân', expected: 3 }
			],
			units: [{ name: 'Tổ dân phố 3' }, { name: 'Tổ dân phố 7' }],
			delegates: [
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', title: 'Tổ trưởng tổ dân phố 3', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch UBND phường', category: 'Đại biểu phường' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const an = admin.snapshot.state.delegates.find((d) => d.fullName === 'Nguyễn Văn An')!;
	admin.close();

	const projector = await withAdminCookie(browser, { viewport: { width: 1920, height: 1080 } });
	await gotoReady(projector, `${server.url}/m/${id}/projector`);
	const total = projector.getByTestId('attendance-total');
	await expect(total).toHaveText('0/5');
	await expect(projector.getByTestId('room-qr').locator('svg')).toBeVisible();
	const chair = await withAdminCookie(browser, { viewport: { width: 1024, height: 768 } });
	await gotoReady(chair, `${server.url}/m/${id}/chair`);
	const chairTotal = chair.getByTestId('attendance-total');
	const desk = await withAdminCookie(browser, { viewport: { width: 1280, height: 800 } });
	await gotoReady(desk, `${server.url}/m/${id}/desk`);
	const deskTotal = desk.getByTestId('desk-total');
	await expect(deskTotal).toHaveText('0/5');

	// 1. The invited delegate scans the invitation QR: greeted by name, one tap checks in.
	const phoneA = await (await browser.newContext(phone)).newPage();
	await gotoReady(phoneA, `${server.url}/i/${an.token}`);
	await expect(phoneA).toHaveURL(new RegExp(`/m/${id}/me$`));
	await expect(phoneA.getByTestId('greeting')).toHaveText('Kính chào Ông Nguyễn Văn An');
	await expect(total).toHaveText('0/5'); // opening the link checked no one in
	await shot(phoneA, 'checkin-01-phone-before');
	await phoneA.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(phoneA.getByTestId('checked-in')).toContainText('Đã điểm danh lúc');
	await expect(total).toHaveText('1/5', { timeout: 1000 });
	await expect(chairTotal).toHaveText('1/5', { timeout: 1000 });
	await expect(deskTotal).toHaveText('1/5', { timeout: 1000 });
	await shot(phoneA, 'checkin-02-phone-checked-in');

	// 2. Someone not on the list scans the room QR and registers.
	const phoneB = await (await browser.newContext(phone)).newPage();
	await gotoReady(phoneB, `${server.url}/m/${id}/join`);
	await phoneB.getByLabel('Bà').check();
	await phoneB.getByLabel('Họ và tên').fill('Phạm Thị Dung');
	await phoneB.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 7');
	await phoneB.getByLabel('Số điện thoại (không bắt buộc)').fill('0987 654 321');
	await shot(phoneB, 'checkin-03-walk-in-form');
	await phoneB.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(phoneB).toHaveURL(new RegExp(`/m/${id}/me$`));
	await expect(phoneB.getByTestId('greeting')).toHaveText('Kính chào Bà Phạm Thị Dung');
	await expect(phoneB.getByTestId('checked-in')).toBeVisible();
	await expect(total).toHaveText('2/5', { timeout: 1000 });
	await expect(deskTotal).toHaveText('2/5', { timeout: 1000 });
	await expect(desk.getByText('Phạm Thị Dung')).toBeVisible({ timeout: 1000 });
	// The walk-in's phone is recognised: the room QR again brings no second record.
	await gotoReady(phoneB, `${server.url}/m/${id}/join`);
	await expect(phoneB).toHaveURL(new RegExp(`/m/${id}/me$`));

	// 3. A repeat scan of the same invitation from another phone: no second record, it says when.
	const phoneC = await (await browser.newContext(phone)).newPage();
	await gotoReady(phoneC, `${server.url}/i/${an.token}`);
	await expect(phoneC.getByTestId('checked-in')).toContainText('Đã điểm danh lúc');
	await expect(phoneC.getByRole('button', { name: 'Điểm danh' })).toHaveCount(0);
	await phoneA.reload();
	await expect(phoneA.getByTestId('checked-in')).toBeVisible();
	await projector.waitForTimeout(500);
	await expect(total).toHaveText('2/5');
	await expect(deskTotal).toHaveText('2/5');
	await expect(chairTotal).toHaveText('2/5');
	await shot(projector, 'checkin-04-projector');
	await shot(desk, 'checkin-05-desk');
	await shot(chair, 'checkin-06-chair-tablet');

	// 4. A forged link: a clear message and the way to the help desk.
	const stranger = await (await browser.newContext(phone)).newPage();
	await stranger.goto(`${server.url}/i/not-a-real-token-000000`);
	await expect(stranger.locator('body')).toContainText('tổ giúp việc');

	// The phone number stays private: the projector's page never carries it.
	expect(await projector.content()).not.toContain('0987654321');
});

test('before the window opens the phone says when check-in opens', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị tháng sau', date: '2099-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: 1 }],
			delegates: [{ salutation: 'Bà', fullName: 'Trần Thị Bình', category: 'Đại biểu Nhân dân' }]
		}
	});
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const token = admin.snapshot.state.delegates[0].token;
	admin.close();
	const page = await (await browser.newContext(phone)).newPage();
	await gotoReady(page, `${server.url}/i/${token}`);
	await expect(page.getByTestId('checkin-not-open')).toHaveText('Điểm danh mở lúc 13:00 ngày 13/07/2099.');
	await gotoReady(page, `${server.url}/m/${id}/join`);
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`)); // this phone is already recognised
	const other = await (await browser.newContext(phone)).newPage();
	await gotoReady(other, `${server.url}/m/${id}/join`);
	await expect(other.getByTestId('not-open')).toHaveText('Điểm danh mở lúc 13:00 ngày 13/07/2099.');
});
