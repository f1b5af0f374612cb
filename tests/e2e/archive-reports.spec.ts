/**
 * The archive from the screens: the admin downloads a meeting's ZIP on one server and restores
 * it on a second server (its own data folder); the restored meeting shows the same opinions and
 * the old links open nothing. /reports counts the meeting in its quarter; .xlsx and CSV download.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const first = new ServerProcess();
const second = new ServerProcess();
test.beforeAll(async () => {
	await Promise.all([first.start(), second.start()]);
});
test.afterAll(async () => {
	await Promise.all([first.dispose(), second.dispose()]);
});

const laptop = { viewport: { width: 1366, height: 768 }, acceptDownloads: true };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

async function adminPage(browser: Browser, url: string, options = laptop): Promise<Page> {
	const context = await browser.newContext(options);
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url }]);
	return context.newPage();
}

/** Dates relative to the machine's clock, so "overdue" holds whenever the suite runs. */
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const MEETING_DATE = isoDaysAgo(120);
const DEADLINE = isoDaysAgo(30);
const YEAR = MEETING_DATE.slice(0, 4);
const QUARTER = Math.floor((Number(MEETING_DATE.slice(5, 7)) - 1) / 3) + 1;
const ROMAN = ['I', 'II', 'III', 'IV'][QUARTER - 1];

/** Held 120 days ago: two collected opinions, two in the room (one answered, one assigned with a deadline 30 days ago). */
async function heldMeeting(url: string): Promise<string> {
	const created = await fetch(`${url}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({
			basics: { title: 'Hội nghị đối thoại với Nhân dân', date: MEETING_DATE, startTime: '14:00', place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['HỘI NGHỊ'] },
			agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }, { title: 'Kết luận' }],
			plan: { kind: 'periodic', host: 'government', chairs: [{ name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND phường' }] },
			agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KTHTĐT', head: 'Ông Trần Văn Bình' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 2 }],
			delegates: [{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân', phone: '0912345678' }],
			collectedOpinions: [
				{ raisedBy: 'Ông Nguyễn Văn Hải', unit: 'Tổ dân phố 5', field: 'Giao thông', content: 'Đường ngõ 12 tổ dân phố 5 xuống cấp' },
				{ raisedBy: 'Bà Lê Thị Hoa', unit: 'Tổ dân phố 2', field: 'Môi trường', content: 'Rác thải tập kết ven sông' }
			]
		})
	});
	expect(created.status).toBe(201);
	const { id } = (await created.json()) as { id: string };
	const chair = await adminSocket(url, id, 'chair');
	const secretary = await adminSocket(url, id, 'secretary');
	const agency = chair.snapshot.state.agencies[0];
	await mustSend(chair, 'meeting.start', {});
	const said = `e2e-said-${Date.now()}`;
	const assigned = `e2e-assigned-${Date.now()}`;
	await mustSend(secretary, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy: { kind: 'person', name: 'Ông Đỗ Văn Mười', unit: 'Tổ dân phố 7' }, content: 'Đề nghị lắp đèn chiếu sáng ngõ 45' }, said);
	await mustSend(secretary, 'opinion.addAnswer', { opinionId: said, by: { kind: 'agency', agencyId: agency.id, name: agency.head }, summary: 'Sẽ lắp trong tháng 8' });
	await mustSend(secretary, 'opinion.tag', { opinionId: said, outcome: { kind: 'answered' } });
	await mustSend(secretary, 'opinion.record', { origin: { kind: 'floor' }, field: 'Đất đai', raisedBy: { kind: 'person', name: 'Ông Nguyễn Văn An', unit: 'Tổ dân phố 3' }, content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112' }, assigned);
	await mustSend(secretary, 'opinion.tag', { opinionId: assigned, outcome: { kind: 'assigned', leadAgencyId: agency.id, task: 'Kiểm tra hồ sơ, trả lời bằng văn bản', deadline: DEADLINE } });
	await mustSend(chair, 'meeting.end', {});
	chair.close();
	secretary.close();
	return id;
}

test('[Z4] the admin downloads a meeting’s archive and restores it on a second server: same opinions, new links; a foreign file is refused', async ({ browser }) => {
	const id = await heldMeeting(first.url);
	const page = await adminPage(browser, first.url);
	await gotoReady(page, `${first.url}/m/${id}`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('archive-link').click()]);
	expect(download.suggestedFilename()).toBe(`ho-so-${MEETING_DATE}-${id}.zip`);
	const zipPath = await download.path();
	const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
	expect(Object.keys(files).sort()).toEqual(['bao-cao-y-kien.docx', 'bien-ban.docx', 'danh-sach-dai-bieu.xlsx', 'ke-hoach.json', 'manifest.json', 'nhat-ky-su-kien.json', 'theo-doi-tra-loi.xlsx', 'thong-bao-ket-luan.docx']);
	expect(JSON.parse(strFromU8(files['manifest.json'])).meetingId).toBe(id);
	await shot(page, 'archive-meeting-page');

	// The second server: a file that is not an archive is refused with a plain message, nothing is made.
	const other = await adminPage(browser, second.url);
	await gotoReady(other, `${second.url}/`);
	const restore = other.getByTestId('archive-restore');
	await restore.getByLabel('Tệp hồ sơ (.zip)').setInputFiles({ name: 'danh-sach.zip', mimeType: 'application/zip', buffer: Buffer.from('không phải tệp zip') });
	await restore.getByRole('button', { name: 'Khôi phục' }).click();
	await expect(restore.getByRole('alert')).toHaveText('Tệp này không phải tệp .zip hồ sơ hội nghị, hoặc bị hỏng (chép không trọn vẹn). Không có gì thay đổi.');
	await shot(other, 'archive-restore-refused');
	const list = await fetch(`${second.url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
	expect(((await list.json()) as { meetings: unknown[] }).meetings).toEqual([]);

	// The archive itself: restored, the meeting page opens with a notice.
	await restore.getByLabel('Tệp hồ sơ (.zip)').setInputFiles(zipPath);
	await restore.getByRole('button', { name: 'Khôi phục' }).click();
	await expect(other).toHaveURL(`${second.url}/m/${id}?restored=1`);
	await expect(other.getByRole('status')).toContainText('Đã khôi phục hội nghị');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Hội nghị đối thoại với Nhân dân');

	// The same opinions, in the restored meeting's documents.
	await gotoReady(other, `${second.url}/m/${id}/documents`);
	const preview = other.getByTestId('preview');
	for (const text of ['Đề nghị lắp đèn chiếu sáng ngõ 45', 'Sẽ lắp trong tháng 8', 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112', 'Phòng Kinh tế, Hạ tầng và Đô thị']) await expect(preview).toContainText(text);
	await shot(other, 'archive-restored-documents');

	// New links: the first server's chair link opens nothing on the second; the same ZIP again is refused.
	const firstLinks = await (await adminPage(browser, first.url)).goto(`${first.url}/m/${id}`).then((r) => r!.text());
	const chairLink = /\/a\/([A-Za-z0-9_-]{16,})/.exec(firstLinks)![1];
	expect((await fetch(`${second.url}/a/${chairLink}`, { redirect: 'manual' })).status).toBe(403);
	const again = await fetch(`${second.url}/api/meetings/import`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/zip' }, body: readFileSync(zipPath) });
	expect(again.status).toBe(409);
	expect(((await again.json()) as { error: { message: string } }).error.message).toBe('Hội nghị này đã có trên máy này; không khôi phục đè lên. Không có gì thay đổi.');
});

test('[Y6] /reports counts the meeting in its quarter (printable mẫu 1 and 2), and exports .xlsx and CSV with a BOM', async ({ browser }) => {
	await heldMeeting(first.url);
	const page = await adminPage(browser, first.url);
	await gotoReady(page, `${first.url}/`);
	await page.getByTestId('reports-link').click();
	await expect(page).toHaveURL(`${first.url}/reports`);
	const period = page.getByTestId('report-period');
	await period.getByLabel('Năm').selectOption(YEAR);
	await period.getByLabel('Quý').selectOption(String(QUARTER));
	await period.getByRole('button', { name: 'Xem' }).click();
	await expect(page).toHaveURL(new RegExp(`/reports\\?year=${YEAR}&quarter=${QUARTER}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`QUÝ ${ROMAN} NĂM ${YEAR}`);
	// A deadline says its weekday (the 15th of the quarter's last month).
	const dueWeekday = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'][new Date(Date.UTC(Number(YEAR), QUARTER * 3 - 1, 15)).getUTCDay()];
	await expect(page.getByTestId('report-due')).toHaveText(`Hạn gửi báo cáo lên cấp trên: trước ${dueWeekday}, ngày 15/${String(QUARTER * 3).padStart(2, '0')}/${YEAR}.`);

	// This test's meeting and those of the other tests, all on the same day, periodic, held by the UBND.
	const meetings = (await (await fetch(`${first.url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { meetings: unknown[] };
	const held = meetings.meetings.length;
	const dialogues = page.getByTestId('report-dialogues');
	await expect(dialogues.locator('tbody tr').first()).toHaveText(['1', 'Định kỳ', '0', String(held), '0', String(held)].join(''));
	await expect(dialogues.locator('tfoot')).toContainText(`Tổng cộng0${held}0${held}`);
	const fields = page.getByTestId('report-fields');
	// Per meeting: 2 collected + 2 in the room.
	await expect(fields.locator('tfoot td').nth(4)).toHaveText(String(4 * held));
	await expect(fields.locator('tbody tr', { hasText: 'Giao thông' })).toContainText('Giao thông');
	const agencies = page.getByTestId('report-agencies');
	await expect(agencies.locator('tbody tr')).toHaveCount(1);
	await expect(agencies.locator('tbody tr td').nth(1)).toHaveText('Phòng Kinh tế, Hạ tầng và Đô thị');
	await expect(agencies.locator('tbody tr td').nth(2)).toHaveText(String(held));
	// The deadline was 30 days ago: overdue.
	await expect(agencies.locator('tbody tr td').nth(6)).toHaveText(String(held));
	await expect(page.getByTestId('report-meetings').locator('tbody tr')).toHaveCount(held);
	await shot(page, 'reports-quarter');
	await page.setViewportSize({ width: 1024, height: 768 });
	await shot(page, 'reports-quarter-tablet');
	await page.setViewportSize({ width: 360, height: 740 });
	await shot(page, 'reports-quarter-phone');

	const csv = await fetch(`${first.url}/reports/export?year=${YEAR}&quarter=${QUARTER}&format=csv`, { headers: { cookie: `dt_admin=${ADMIN_TOKEN}` } });
	const bytes = new Uint8Array(await csv.arrayBuffer());
	expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = new TextDecoder().decode(bytes);
	expect(text).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
	expect(text).toContain(`BÁO CÁO KẾT QUẢ ĐỐI THOẠI — QUÝ ${ROMAN} NĂM ${YEAR}`);
	const xlsx = await fetch(`${first.url}/reports/export?year=${YEAR}&quarter=${QUARTER}&format=xlsx`, { headers: { cookie: `dt_admin=${ADMIN_TOKEN}` } });
	expect(xlsx.headers.get('content-disposition')).toContain(`bao-cao-doi-thoai-${YEAR}-q${QUARTER}.xlsx`);
	const sheets = Object.keys(unzipSync(new Uint8Array(await xlsx.arrayBuffer()))).filter((n) => n.startsWith('xl/worksheets/sheet'));
	expect(sheets).toHaveLength(2);
});

test('[T50] the office prints the reminder list of an agency and the report of results for the Front', async ({ browser }) => {
	const id = await heldMeeting(first.url);
	const page = await adminPage(browser, first.url);
	// The links block on the follow-up page.
	await gotoReady(page, `${first.url}/m/${id}/follow-up`);
	await page.getByTestId('reminders-link').click();
	await expect(page).toHaveURL(`${first.url}/m/${id}/follow-up/reminders`);
	// The deadline was 30 days ago: overdue, in working days.
	const section = page.getByTestId('reminders-agency');
	await expect(section).toHaveCount(1);
	await expect(section.getByRole('heading')).toHaveText('Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị');
	await expect(section.locator('tbody tr')).toHaveCount(1);
	await expect(section.locator('tbody tr')).toContainText('Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112');
	await expect(section.locator('tbody tr td').last()).toContainText(/^Quá hạn \d+ ngày làm việc$/);
	await shot(page, 'reminders-laptop');
	await page.setViewportSize({ width: 360, height: 740 });
	await shot(page, 'reminders-phone');
	await page.setViewportSize(laptop.viewport);
	const xlsx = await fetch(`${first.url}/m/${id}/follow-up/reminders.xlsx`, { headers: { cookie: `dt_admin=${ADMIN_TOKEN}` } });
	expect(xlsx.status).toBe(200);
	expect(strFromU8(unzipSync(new Uint8Array(await xlsx.arrayBuffer()))['xl/sharedStrings.xml'])).toContain('Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112');

	await gotoReady(page, `${first.url}/m/${id}/follow-up`);
	await page.getByTestId('front-report-link').click();
	const report = page.getByTestId('front-report');
	await expect(report).toContainText('Kết quả giải quyết ý kiến, kiến nghị của Nhân dân sau hội nghị đối thoại');
	await expect(report).toContainText('kết quả giải quyết 1 ý kiến, kiến nghị được giao');
	const table = report.getByTestId('front-report-table');
	await expect(table.locator('tr')).toHaveCount(2);
	await expect(table.locator('tr').nth(1)).toContainText('Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112');
	await expect(table.locator('tr').nth(1)).toContainText('Quá hạn');
	const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('front-report-docx').click()]);
	expect(docx.suggestedFilename()).toBe(`Bao-cao-ket-qua-giai-quyet-y-kien-${MEETING_DATE}.docx`);
	const documentXml = strFromU8(unzipSync(new Uint8Array(readFileSync(await docx.path())))['word/document.xml']);
	expect(documentXml).toContain('Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112');
	await shot(page, 'front-report-laptop');
	await page.setViewportSize({ width: 360, height: 740 });
	await shot(page, 'front-report-phone');
});
