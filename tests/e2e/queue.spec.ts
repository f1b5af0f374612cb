import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });
const phoneDevice = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Today in Vietnam, starting 30 minutes from now: check-in is open. */
function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

async function withAdminCookie(browser: Browser, options = {}) {
	const context = await browser.newContext(options);
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	return context.newPage();
}

/** A delegate's phone: opens the personal link, checks in, asks to speak. */
async function phoneFor(browser: Browser, token: string): Promise<Page> {
	const page = await (await browser.newContext(phoneDevice)).newPage();
	await gotoReady(page, `${server.url}/i/${token}`);
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page.getByTestId('checked-in')).toBeVisible();
	return page;
}

async function askToSpeak(page: Page, field: string, statement: string) {
	await page.getByTestId('ask-to-speak').click();
	await page.getByLabel('Lĩnh vực').selectOption({ label: field });
	await page.getByLabel('Nội dung Ông/Bà muốn nêu').fill(statement);
	await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
}

/** The same second on two screens: read both until they agree (a tick may fall between the reads). */
async function sameSecond(a: Page, b: Page) {
	await expect
		.poll(async () => {
			const [x, y] = await Promise.all([a.getByTestId('turn-timer').innerText(), b.getByTestId('turn-timer').innerText()]);
			return x === y ? x : `${x} ≠ ${y}`;
		}, { timeout: 3000 })
		.toMatch(/^\d+:\d\d$/);
}

test('three phones and a paper slip; fair order, a drag, the floor, an answer, a follow-up, undo, withdraw, a closed list', async ({ browser, request }) => {
	// Five browsers on a shared 2-core machine: the walk alone has taken just over 2 minutes.
	test.setTimeout(240_000);
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại năm 2026', ...startingSoon(), place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['ĐẢNG ỦY - UBND PHƯỜNG BẠCH ĐẰNG', 'HỘI NGHỊ ĐỐI THOẠI', 'GIỮA NGƯỜI ĐỨNG ĐẦU VỚI NHÂN DÂN NĂM 2026'] },
			plan: { chairs: [{ name: 'Ngô Thị Lan', title: 'Bí thư Đảng ủy phường' }], defaultSpeakingMinutes: 3 },
			agenda: [
				{ title: 'Khai mạc', plannedMinutes: 10 },
				{ title: 'Đối thoại với Nhân dân', plannedMinutes: 90, type: 'dialogue' },
				{ title: 'Kết luận', plannedMinutes: 15, type: 'conclusion' }
			],
			agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT', head: 'Đỗ Văn Hùng' }],
			categories: [
				{ name: 'Đại biểu phường', expected: 2 },
				{ name: 'Đại biểu Nhân dân', expected: 30 }
			],
			delegates: [
				{ salutation: 'Ông', fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch UBND phường', unit: 'UBND phường', category: 'Đại biểu phường' },
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Phạm Thị Dung', unit: 'Thôn Đông', category: 'Đại biểu Nhân dân' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const token = (name: string) => admin.snapshot.state.delegates.find((d) => d.fullName === name)!.token;
	const chairSocket = await adminSocket(server.url, id, 'chair');
	await mustSend(chairSocket, 'meeting.start', {});
	chairSocket.close();

	// --- the official asks first, then two citizens; a fourth phone waits for later
	const cuong = await phoneFor(browser, token('Lê Văn Cường'));
	await askToSpeak(cuong, 'Xây dựng', 'Tiến độ xây trường mầm non');
	await expect(cuong.getByTestId('my-position')).toHaveText('1');
	const binh = await phoneFor(browser, token('Trần Thị Bình'));
	await askToSpeak(binh, 'Giao thông', 'Đường tổ 7 ngập khi mưa lớn');
	await expect(binh.getByTestId('my-position')).toHaveText('2');
	const an = await phoneFor(browser, token('Nguyễn Văn An'));
	await askToSpeak(an, 'Môi trường', 'Rác thải ở chợ');
	await expect(an.getByTestId('my-position')).toHaveText('3');
	// Before the dialogue item has begun a phone says its place only: no "Sắp đến lượt", no minutes (issue 18 item 2).
	await expect(an.getByTestId('not-begun')).toBeVisible();
	await expect(an.getByTestId('my-wait')).toHaveCount(0);
	await expect(cuong.getByTestId('my-position')).toHaveText('1');
	await expect(cuong.getByTestId('soon')).toHaveCount(0);
	await shot(an, 'queue-01-phone-waiting');

	// --- the desk registers a paper slip for someone without a phone, who asks for the number on screen
	const desk = await withAdminCookie(browser, { viewport: { width: 1280, height: 800 } });
	await gotoReady(desk, `${server.url}/m/${id}/desk`);
	await desk.getByTestId('open-slip-form').click();
	const slip = desk.getByTestId('slip-form');
	await slip.getByLabel('Số phiếu', { exact: true }).fill('12');
	await slip.getByLabel('Họ và tên').fill('Đinh Văn Khoa');
	await slip.getByLabel('Thôn, tổ dân phố, đơn vị').fill('Tổ dân phố 9');
	await slip.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
	await slip.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Cấp giấy chứng nhận quyền sử dụng đất chậm');
	await slip.getByLabel('Màn chiếu chỉ hiện số phiếu').check();
	await slip.getByRole('button', { name: 'Ghi nhận phiếu' }).click();
	await expect(slip.getByText('Đã ghi nhận phiếu.')).toBeVisible();

	// --- the chair's tablet and the projector
	const chair = await withAdminCookie(browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
	await gotoReady(chair, `${server.url}/m/${id}/chair`);
	await chair.getByTestId('next-item').click();
	await expect(chair.getByTestId('current-item')).toHaveText('Đối thoại với Nhân dân');
	await expect(an.getByTestId('my-wait')).toContainText('phút');
	await expect(cuong.getByTestId('soon')).toBeVisible();
	const projector = await withAdminCookie(browser, { viewport: { width: 1920, height: 1080 } });
	await gotoReady(projector, `${server.url}/m/${id}/projector`);
	const names = () => chair.getByTestId('queue-name').allInnerTexts();
	await expect.poll(names).toEqual(['Ông Lê Văn Cường', 'Bà Trần Thị Bình', 'Ông Nguyễn Văn An', 'Ông Đinh Văn Khoa']);

	// Fair order: citizens before the official.
	await chair.getByTestId('fair-order').check();
	await expect.poll(names).toEqual(['Bà Trần Thị Bình', 'Ông Nguyễn Văn An', 'Ông Đinh Văn Khoa', 'Ông Lê Văn Cường']);
	await expect(cuong.getByTestId('my-position')).toHaveText('4', { timeout: 1000 });

	// Drag the slip (3rd) to the top with the handle.
	const handle = chair.getByTestId('drag-handle').nth(2);
	const top = await chair.getByTestId('queue-row').first().boundingBox();
	const box = (await handle.boundingBox())!;
	await chair.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await chair.mouse.down();
	await chair.mouse.move(box.x + box.width / 2, top!.y + 10, { steps: 8 });
	await chair.mouse.up();
	await expect.poll(names).toEqual(['Ông Đinh Văn Khoa', 'Bà Trần Thị Bình', 'Ông Nguyễn Văn An', 'Ông Lê Văn Cường']);
	await expect(binh.getByTestId('my-position')).toHaveText('2', { timeout: 1000 });

	// The slip speaks first: the projector shows the slip number, not the name.
	await chair.getByTestId('give-next').click();
	await expect(projector.getByTestId('projector-speaker')).toHaveText('Phiếu số 12', { timeout: 1000 });
	await expect(chair.getByTestId('floor-name')).toHaveText('Ông Đinh Văn Khoa');
	await expect(binh.getByTestId('soon')).toBeVisible({ timeout: 1000 });
	await shot(binh, 'queue-02-phone-soon');

	// --- Bình gets the floor: projector within a second, the same second on tablet and projector, her phone calls her
	await chair.getByTestId('give-next').click();
	await expect(projector.getByTestId('projector-speaker')).toHaveText('Bà Trần Thị Bình', { timeout: 1000 });
	await expect(projector.getByTestId('turn-timer')).toHaveText(/^[23]:\d\d$/, { timeout: 1000 });
	await sameSecond(chair, projector);
	await expect(binh.getByTestId('floor-call')).toContainText('Mời Bà Trần Thị Bình phát biểu', { timeout: 1000 });
	await shot(binh, 'queue-03-phone-floor');
	await shot(projector, 'queue-04-projector-1920');
	await projector.setViewportSize({ width: 1280, height: 720 });
	await shot(projector, 'queue-05-projector-1280');
	expect(await projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
	await projector.setViewportSize({ width: 1920, height: 1080 });
	const nameHeight = await projector.getByTestId('projector-speaker').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	const timerHeight = await projector.getByTestId('turn-timer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(nameHeight).toBeGreaterThanOrEqual(64);
	expect(timerHeight).toBeGreaterThanOrEqual(120);
	await shot(chair, 'queue-06-chair-1024');

	// --- a mistaken "Kết thúc" is undone: the same turn runs on
	await chair.getByTestId('end-turn').click();
	await expect(projector.getByTestId('turn-timer')).toHaveCount(0, { timeout: 1000 });
	await chair.getByTestId('undo').click();
	await expect(projector.getByTestId('projector-speaker')).toHaveText('Bà Trần Thị Bình', { timeout: 1000 });
	await expect(projector.getByTestId('turn-timer')).toHaveText(/^[23]:\d\d$/);
	await sameSecond(chair, projector);

	// --- the agency answers her, then she follows up
	await chair.getByTestId('answer').click();
	await expect(projector.getByTestId('projector-speaker')).toHaveText('Đỗ Văn Hùng', { timeout: 1000 });
	await expect(projector.getByTestId('speaker-stage')).toContainText('Trả lời ý kiến của Bà Trần Thị Bình');
	await expect(binh.getByTestId('floor-call')).toHaveCount(0);
	await expect(chair.getByTestId('undo')).toHaveText('↶ Hoàn tác: mời trả lời');
	await shot(projector, 'queue-07-projector-answer');
	await chair.getByTestId('follow-up').click();
	await expect(binh.getByTestId('floor-call')).toBeVisible({ timeout: 1000 });
	await expect(chair.getByTestId('follow-up')).toBeDisabled();
	await expect(chair.getByTestId('undo')).toHaveText('↶ Hoàn tác: cho trao đổi thêm');
	await chair.getByTestId('end-turn').click();

	// --- An withdraws; the chair closes the list; a late request is refused with a clear message
	an.once('dialog', (d) => d.accept());
	await an.getByTestId('withdraw').click();
	await expect.poll(names).toEqual(['Ông Lê Văn Cường']);
	// Dung is still typing when the chair closes the list: her request is refused, the reason next to the button.
	const dung = await phoneFor(browser, token('Phạm Thị Dung'));
	await dung.getByTestId('ask-to-speak').click();
	await dung.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế' });
	await dung.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Trạm y tế thiếu thuốc');
	await chair.getByTestId('lock').click();
	await expect(chair.getByTestId('unlock')).toBeVisible();
	await dung.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await expect(dung.getByRole('alert')).toHaveText('Chủ tọa đã khóa danh sách đăng ký phát biểu. Ông/Bà có thể gửi ý kiến bằng văn bản.');
	await expect(dung.getByRole('alert')).toBeInViewport({ ratio: 1 });
	await shot(dung, 'queue-08-phone-refused');

	// She writes instead; the chair shows a break on the projector.
	await dung.getByRole('button', { name: 'Để sau' }).click();
	await expect(dung.getByTestId('list-closed')).toBeVisible();
	await dung.getByTestId('write-opinion').click();
	await dung.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế' });
	await dung.getByLabel('Ý kiến, kiến nghị của Ông/Bà').fill('Trạm y tế phường thiếu thuốc điều trị cao huyết áp.');
	await dung.getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(dung.getByTestId('written-sent')).toBeVisible();
	await chair.getByTestId('show-message').click();
	await expect(projector.getByTestId('screen-message')).toHaveText('Tạm nghỉ 10 phút', { timeout: 1000 });
	await shot(projector, 'queue-09-projector-break');
	await chair.getByTestId('clear-message').click();
	await expect(projector.getByTestId('screen-message')).toHaveCount(0, { timeout: 1000 });
	admin.close();
});
