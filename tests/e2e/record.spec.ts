/**
 * Issue 18 item 6 (rule B3): one deadline everywhere. A delegate's written opinion, assigned on
 * the secretary's laptop with Alt+2 and the default date, across weekends and New Year's Day:
 * the phone, the secretary's saved card, the chair's tablet and the notice (.docx) show the
 * same date.
 */
import { expect, test, type Page } from '@playwright/test';
import { readDocx } from '../docx/read-docx';
import { adminSocket, mustSend } from './admin-socket';
import { openAs, tablet } from './minutes-fixtures';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const phoneDevice = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });

test('the phone, the secretary, the chair and the notice show one deadline for an opinion assigned across New Year', async ({ browser, request }) => {
	test.setTimeout(120_000);
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			// Friday 18/12/2026: the notice is due Mon 04/01/2027 (01/01 off); + 7 working days = Wed 13/01/2027.
			basics: { title: 'Hội nghị đối thoại cuối năm 2026', date: '2026-12-18', startTime: '14:00', place: 'Hội trường UBND phường', bannerLines: ['HỘI NGHỊ'] },
			agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }, { title: 'Kết luận' }],
			plan: { chairs: [{ name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND phường' }], answerPeriodDays: 7 },
			agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KTHTĐT', head: 'Ông Trần Văn Bình' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 2 }],
			delegates: [{ salutation: 'Cụ', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' }]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const an = admin.snapshot.state.delegates[0];
	admin.close();
	const chairSocket = await adminSocket(server.url, id, 'chair');
	await mustSend(chairSocket, 'meeting.start', {});
	chairSocket.close();
	const desk = await adminSocket(server.url, id, 'desk');
	await mustSend(desk, 'checkin.desk', { delegateId: an.id });
	desk.close();

	const phone = await (await browser.newContext(phoneDevice)).newPage();
	await gotoReady(phone, `${server.url}/i/${an.token}`);
	await expect(phone.getByTestId('checked-in')).toBeVisible();
	await phone.getByTestId('write-opinion').click();
	await phone.getByLabel('Lĩnh vực').selectOption({ label: 'Giao thông' });
	await phone.getByLabel(/Ý kiến, kiến nghị của/).fill('Đường ngõ 12 ngập khi mưa');
	await phone.getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(phone.getByTestId('written-sent')).toBeVisible();

	const secretary = await openAs(browser, server.url, `/m/${id}/secretary`);
	await expect(secretary.locator('.timeline')).toContainText('Cụ Nguyễn Văn An: Đường ngõ 12', { timeout: 2000 });
	await secretary.getByRole('button', { name: 'Ghi vào biên bản' }).click();
	const row = secretary.locator('[data-list-opinion]').filter({ hasText: 'Đường ngõ 12' });
	await expect(row).toContainText('Cụ Nguyễn Văn An');
	await row.click();
	await secretary.keyboard.press('Alt+2');
	await secretary.keyboard.type('kthtdt');
	const card = secretary.locator('article.opinion').filter({ has: secretary.locator('[data-outcome]') }).first();
	await expect(secretary.getByTestId('deadline')).toContainText('thứ Tư, 13/01/2027');
	await secretary.keyboard.press('Enter');
	// The saved card shows its agency and deadline (item 9).
	await expect(card.getByTestId('saved-assignment')).toHaveAttribute('data-date', '2027-01-13', { timeout: 2000 });
	await expect(card.getByTestId('saved-assignment')).toContainText('Phòng Kinh tế, Hạ tầng và Đô thị · hạn trả lời thứ Tư, 13/01/2027');
	await shot(secretary, 'record-01-secretary-saved-card');

	// The phone: the same date (it used to count without the holidays).
	await expect(phone.getByTestId('my-deadline')).toHaveAttribute('data-date', '2027-01-13', { timeout: 2000 });
	await expect(phone.getByTestId('my-deadline')).toContainText('thứ Tư, 13/01/2027');
	await phone.getByTestId('my-deadline').scrollIntoViewIfNeeded();
	await shot(phone, 'record-02-phone-deadline');

	// The page as the server renders it (its snapshot carries only the holiday days its deadline
	// counts over, docs/performance.md): the same date on a phone without JavaScript, and once reloaded.
	const cookies = await phone.context().cookies();
	const plain = await (await browser.newContext({ ...phoneDevice, javaScriptEnabled: false })).newPage();
	await plain.context().addCookies(cookies);
	await plain.goto(`${server.url}/m/${id}/me`);
	await expect(plain.getByTestId('my-deadline')).toHaveAttribute('data-date', '2027-01-13');
	await expect(plain.getByTestId('my-deadline')).toContainText('thứ Tư, 13/01/2027');
	await plain.context().close();
	await phone.reload();
	await expect(phone.getByTestId('my-deadline')).toContainText('thứ Tư, 13/01/2027');

	// The chair's tablet.
	const chair = await openAs(browser, server.url, `/m/${id}/chair`, tablet);
	await expect(chair.locator('[data-chair-opinion]').getByTestId('saved-assignment')).toHaveAttribute('data-date', '2027-01-13');
	await chair.locator('[data-chair-opinion]').scrollIntoViewIfNeeded();
	await shot(chair, 'record-03-chair-list');

	// The notice and the minutes (.docx).
	for (const doc of ['thong-bao-ket-luan', 'bien-ban']) {
		const res = await request.get(`${server.url}/m/${id}/documents/${doc}.docx`, { headers: { cookie: `dt_admin=${ADMIN_TOKEN}` } });
		expect(res.status()).toBe(200);
		const xml = readDocx(new Uint8Array(await res.body())).parts['word/document.xml'];
		expect(xml).toContain('trước ngày 13/01/2027');
		expect(xml).not.toMatch(/trước ngày (?!13\/01\/2027)\d\d\/\d\d\/\d{4}/);
		expect(xml).toMatch(/cụ Nguyễn Văn An/i);
	}
});
