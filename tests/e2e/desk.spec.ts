/**
 * The help desk at the door (issue 4): a handheld scanner types the invitation's link and
 * Enter; the desk answers green / orange / red (pretixSCAN), finds people without tones,
 * checks in and undoes, registers walk-ins, re-issues and prints a lost QR; the counts
 * follow live on every desk device.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/desk-${name}.png`, fullPage: true });

/** Date and HH:MM in Vietnam (UTC+7), `minutes` from now: the check-in window is open. */
function vietnamInMinutes(minutes: number): { date: string; startTime: string } {
	const iso = new Date(Date.now() + 7 * 3_600_000 + minutes * 60_000).toISOString();
	return { date: iso.slice(0, 10), startTime: iso.slice(11, 16) };
}

const WARD = 'Đại biểu phường';
const CITIZENS = 'Đại biểu Nhân dân';
const PEOPLE = [
	['Ông', 'Trần Quốc Hùng', 'Chủ tịch UBND phường', 'UBND phường', WARD],
	['Bà', 'Lê Thị Hà', 'Bí thư Đảng ủy', 'Đảng ủy phường', WARD],
	['Ông', 'Đỗ Minh Tuấn', 'Trưởng Công an phường', 'Công an phường', WARD],
	['Bà', 'Vũ Thu Hằng', 'Hiệu trưởng', 'Trường THCS Bạch Đằng', WARD],
	['Ông', 'Nguyễn Văn An', '', 'Tổ dân phố 3', CITIZENS],
	['Ông', 'Nguyễn Văn Bình', '', 'Tổ dân phố 5', CITIZENS],
	['Bà', 'Nguyễn Thị Lan', '', 'Tổ dân phố 3', CITIZENS],
	['Bà', 'Phạm Thị Mai', '', 'Tổ dân phố 7', CITIZENS],
	['Ông', 'Hoàng Văn Sơn', '', 'Thôn Đông', CITIZENS],
	['Bà', 'Đặng Thị Yến', '', 'Thôn Tây', CITIZENS]
] as const;

/** The admin socket's snapshot is taken at connection: a fresh one reads what was just sent. */
async function currentState(meetingId: string) {
	const socket = await adminSocket(server.url, meetingId);
	socket.close();
	return socket.snapshot.state;
}

/** The meeting through the admin's own form, then its list through the admin socket. */
async function meetingWithDelegates(browser: Browser): Promise<{ meetingId: string; deskLink: string; tokens: Map<string, string> }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const admin = await context.newPage();
	await gotoReady(admin, `${server.url}/admin/${ADMIN_TOKEN}`);
	const when = vietnamInMinutes(30);
	await admin.getByLabel('Tên hội nghị').fill('Hội nghị đối thoại năm 2026');
	await admin.getByLabel('Ngày').fill(when.date);
	await admin.getByLabel('Giờ bắt đầu').fill(when.startTime);
	await admin.getByLabel('Địa điểm').fill('Hội trường UBND phường Bạch Đằng');
	await admin.getByLabel('Chương trình').fill('Khai mạc\nĐối thoại với Nhân dân\nKết luận');
	await admin.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await admin.waitForURL(/\/m\/[a-z0-9]+$/);
	const meetingId = new URL(admin.url()).pathname.split('/')[2];
	const deskLink = await admin.locator('.link-card[data-role=desk] .role-link').innerText();

	const socket = await adminSocket(server.url, meetingId);
	await mustSend(socket, 'categories.set', { categories: [{ name: WARD, expected: 4 }, { name: CITIZENS, expected: 8 }] });
	await mustSend(socket, 'units.set', { units: ['Tổ dân phố 3', 'Tổ dân phố 5', 'Tổ dân phố 7'].map((name) => ({ name })) });
	const categoryIds = new Map((await currentState(meetingId)).categories.map((c) => [c.name, c.id]));
	await mustSend(socket, 'delegates.import', {
		delegates: PEOPLE.map(([salutation, fullName, title, unit, category]) => ({ salutation, fullName, title, unit, categoryId: categoryIds.get(category) }))
	});
	await mustSend(socket, 'meeting.editBasics', { basics: { title: 'Hội nghị đối thoại năm 2026', ...when, place: 'Hội trường UBND phường Bạch Đằng', bannerLines: [] } });
	socket.close();
	const tokens = new Map((await currentState(meetingId)).delegates.map((d) => [d.fullName, d.token]));
	await context.close();
	return { meetingId, deskLink, tokens };
}

async function openDesk(browser: Browser, link: string, device: 'phone' | 'laptop'): Promise<Page> {
	const options = device === 'phone' ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } };
	const page = await (await browser.newContext(options)).newPage();
	await gotoReady(page, link);
	await expect(page).toHaveURL(/\/m\/[a-z0-9]+\/desk$/);
	await expect(page.locator('main[data-connected=true]')).toBeVisible();
	return page;
}

test('the desk scans, searches, checks in, undoes, registers a walk-in and re-prints a QR, live on two devices', async ({ browser }) => {
	const { deskLink, tokens } = await meetingWithDelegates(browser);
	const phone = await openDesk(browser, deskLink, 'phone');
	const laptop = await openDesk(browser, deskLink, 'laptop');
	const phoneTotal = phone.getByTestId('desk-total');
	const laptopTotal = laptop.getByTestId('desk-total');
	await expect(phoneTotal).toHaveText('0/12');

	// --- a handheld scanner: the personal link typed into the focused field, then Enter
	const scanField = phone.getByTestId('scan-input');
	const result = phone.getByTestId('scan-result');
	await expect(scanField).toBeFocused();
	const anLink = `${server.url}/i/${tokens.get('Nguyễn Văn An')}`;
	await phone.keyboard.type(anLink);
	await phone.keyboard.press('Enter');
	await expect(result).toHaveAttribute('data-tone', 'ok');
	await expect(result).toContainText('Đã điểm danh');
	await expect(result).toContainText('Ông Nguyễn Văn An — Tổ dân phố 3');
	await expect(scanField).toHaveValue('');
	await expect(scanField).toBeFocused();
	await expect(laptopTotal).toHaveText('1/12', { timeout: 1000 });
	await shot(phone, 'phone-01-green');

	// The same invitation again: orange, with the time of the first scan; nobody counted twice.
	await phone.keyboard.type(anLink);
	await phone.keyboard.press('Enter');
	await expect(result).toHaveAttribute('data-tone', 'warn');
	await expect(result).toContainText(/Đã điểm danh lúc \d\d:\d\d/);
	await expect(result).toContainText('Ông Nguyễn Văn An');
	await expect(phoneTotal).toHaveText('1/12');
	await shot(phone, 'phone-02-orange');

	// Garbage: red.
	await scanField.fill('http://example.com/i/not-a-real-token');
	await scanField.press('Enter');
	await expect(result).toHaveAttribute('data-tone', 'bad');
	await expect(result).toContainText('Mã không hợp lệ');
	await shot(phone, 'phone-03-red');

	// --- search without tones; one tap checks in; the laptop follows within a second
	await phone.getByTestId('scan-input').fill('nguyen van');
	const rows = phone.getByTestId('desk-row');
	await expect(rows).toHaveCount(2);
	await expect(rows.filter({ hasText: 'Ông Nguyễn Văn Bình' })).toBeVisible();
	await expect(rows.filter({ hasText: 'Nguyễn Thị Lan' })).toHaveCount(0);
	const binh = rows.filter({ hasText: 'Nguyễn Văn Bình' });
	await binh.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(binh.getByTestId('present-at')).toContainText(/Có mặt \d\d:\d\d/);
	await expect(result).toContainText('Ông Nguyễn Văn Bình — Tổ dân phố 5');
	await expect(laptopTotal).toHaveText('2/12', { timeout: 1000 });
	await shot(phone, 'phone-04-search');

	// --- undo a mistaken check-in, after a confirmation
	await binh.getByRole('button', { name: /Thao tác khác/ }).click();
	phone.once('dialog', (dialog) => dialog.accept());
	await binh.getByRole('button', { name: 'Hủy điểm danh' }).click();
	await expect(binh.getByRole('button', { name: 'Điểm danh' })).toBeVisible();
	await expect(result).toContainText('Đã hủy điểm danh');
	await expect(laptopTotal).toHaveText('1/12', { timeout: 1000 });

	// --- the laptop scans too: the phone's counts and list follow without a reload
	await phone.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
	await laptop.getByTestId('scan-input').fill(`${server.url}/i/${tokens.get('Lê Thị Hà')}`);
	await laptop.getByTestId('scan-input').press('Enter');
	await expect(laptop.getByTestId('scan-result')).toContainText('Bà Lê Thị Hà — Đảng ủy phường');
	await expect(phoneTotal).toHaveText('2/12', { timeout: 1000 });
	await expect(phone.locator('[data-testid=desk-category]').first()).toContainText('1/4');

	// --- who has not arrived, by category
	await phone.getByRole('button', { name: `Xem ai chưa đến: ${WARD}` }).click();
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasText: 'Lê Thị Hà' })).toHaveCount(0);
	await shot(phone, 'phone-05-not-arrived');

	// --- a walk-in registered at the desk: added to "Nhân dân" and checked in at once
	await phone.getByRole('button', { name: '+ Đăng ký người đến tự do' }).click();
	await phone.getByLabel('Bà', { exact: true }).check();
	await phone.getByLabel('Họ và tên').fill('Phạm Thị Dung');
	await phone.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 5');
	await phone.getByLabel('Số điện thoại (không bắt buộc)').fill('0987 654 321');
	await shot(phone, 'phone-06-walk-in-form');
	await phone.getByRole('button', { name: 'Đăng ký và điểm danh' }).click();
	await expect(result).toHaveAttribute('data-tone', 'ok');
	await expect(result).toContainText('Đã đăng ký và điểm danh');
	await expect(result).toContainText('Bà Phạm Thị Dung — Tổ dân phố 5');
	await expect(laptopTotal).toHaveText('3/12', { timeout: 1000 });
	await expect(laptop.locator('[data-testid=desk-category]').nth(1)).toContainText('2/8');
	await laptop.getByTestId('scan-input').fill('pham thi dung');
	await expect(laptop.getByTestId('desk-row')).toContainText('Đến tự do');
	expect(await phone.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7);

	// --- a lost invitation: a new QR; the old one is refused; one person's card is printed
	await laptop.getByTestId('scan-input').fill('pham thi mai');
	const mai = laptop.getByTestId('desk-row').filter({ hasText: 'Phạm Thị Mai' });
	await mai.getByRole('button', { name: /Thao tác khác/ }).click();
	laptop.once('dialog', (dialog) => dialog.accept());
	await mai.getByRole('button', { name: 'Cấp lại mã QR' }).click();
	const laptopResult = laptop.getByTestId('scan-result');
	await expect(laptopResult).toContainText('Đã cấp mã QR mới');
	const [card] = await Promise.all([laptop.waitForEvent('popup'), laptopResult.getByRole('link', { name: 'In thẻ QR' }).click()]);
	await expect(card.getByTestId('card-name')).toHaveText('Bà Phạm Thị Mai');
	await expect(card.locator('.qr svg')).toBeVisible();
	const newLink = await card.getByTestId('desk-card').getAttribute('data-link');
	expect(newLink).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
	expect(newLink).not.toContain(tokens.get('Phạm Thị Mai'));
	await shot(card, 'card');

	await laptop.getByTestId('scan-input').fill(`${server.url}/i/${tokens.get('Phạm Thị Mai')}`);
	await laptop.getByTestId('scan-input').press('Enter');
	await expect(laptopResult).toHaveAttribute('data-tone', 'bad');
	await laptop.getByTestId('scan-input').fill(newLink!);
	await laptop.getByTestId('scan-input').press('Enter');
	await expect(laptopResult).toContainText('Bà Phạm Thị Mai — Tổ dân phố 7');
	await expect(phoneTotal).toHaveText('4/12', { timeout: 1000 });

	await laptop.getByTestId('scan-input').fill('');
	await shot(laptop, 'laptop');
	await phone.getByTestId('scan-input').fill('');
	await phone.getByRole('button', { name: /^Tất cả/ }).click();
	await phone.evaluate(() => window.scrollTo(0, 0));
	await shot(phone, 'phone-07-list');

	// English is one tap away, from the same catalog.
	await laptop.getByRole('button', { name: 'English' }).click();
	await expect(laptopResult).toContainText('Checked in');
	await expect(laptop.getByRole('button', { name: /^Not yet \(/ })).toBeVisible();
});
