import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTable } from '../../src/lib/server/import/table';
import { adminSocket, mustSend } from './admin-socket';
import { CATEGORIES, NFD_NAME, delegateList, writeDelegateXlsx } from './delegate-fixtures';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
const files = mkdtempSync(join(tmpdir(), 'doi-thoai-delegates-'));
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());
test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
/** ISO date `days` from today in Vietnam. */
const dayFromNow = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const basics = { title: 'Hội nghị đối thoại năm 2026', date: dayFromNow(60), startTime: '14:00', place: 'Hội trường UBND phường Bạch Đằng', bannerLines: [] };
let meetingId = '';

async function adminPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/admin/${ADMIN_TOKEN}`);
	return page;
}

test('create the meeting and its four delegate categories', async ({ browser }) => {
	const admin = await adminPage(browser);
	await admin.getByLabel('Tên hội nghị').fill(basics.title);
	await admin.getByLabel('Ngày').fill(basics.date);
	await admin.getByLabel('Giờ bắt đầu').fill(basics.startTime);
	await admin.getByLabel('Địa điểm').fill(basics.place);
	await admin.getByLabel('Chương trình').fill('Tuyên bố lý do, giới thiệu đại biểu\nBáo cáo tình hình kinh tế - xã hội\nĐối thoại với Nhân dân\nKết luận, bế mạc');
	await admin.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await admin.waitForURL(/\/m\/[a-z0-9]+$/);
	meetingId = new URL(admin.url()).pathname.split('/')[2];

	const socket = await adminSocket(server.url, meetingId);
	await mustSend(socket, 'categories.set', { categories: CATEGORIES });
	await mustSend(socket, 'plan.update', {
		host: 'government',
		parentBody: 'Ủy ban nhân dân thành phố Hạ Long',
		issuingBody: 'Ủy ban nhân dân phường Bạch Đằng',
		chairs: [
			{ name: 'Trần Văn Minh', title: 'Chủ tịch', position: 'chair' },
			{ name: 'Lê Thị Hà', title: 'Bí thư Đảng ủy', position: 'chair' }
		]
	});
	socket.close();
	await admin.context().close();
});

test('import 182 delegates from .xlsx; a bad row blocks the import until skipped', async ({ browser }) => {
	const list = delegateList();
	expect(list).toHaveLength(182);
	await writeDelegateXlsx(join(files, 'dai-bieu.xlsx'), list);
	await writeDelegateXlsx(join(files, 'bo-sung.xlsx'), [
		{ salutation: 'Bà', fullName: 'Phan Thị Bổ Sung', title: '', unit: 'Tổ dân phố 2', category: 'Nhân dân', phone: '0904111222' },
		{ salutation: 'Ông', fullName: '', title: '', unit: 'Tổ dân phố 9', category: 'Khách mời', phone: null },
		{ salutation: 'Ông', fullName: 'Đinh Văn Thêm', title: '', unit: 'Tổ dân phố 4', category: 'Nhân dân', phone: 904333444 }
	]);
	const admin = await adminPage(browser);
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/delegates/import`);
	const fileInput = admin.getByLabel('Tệp danh sách');
	const summary = admin.getByTestId('import-summary');

	await fileInput.setInputFiles(join(files, 'dai-bieu.xlsx'));
	await expect(summary).toHaveText('182 dòng: 182 dòng hợp lệ, 0 dòng có lỗi.');
	await expect(admin.getByTestId('import-preview').locator('th')).toHaveText(['Dòng', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Số điện thoại']);
	await shot(admin, 'del-01-import-mapping');
	await admin.getByRole('button', { name: 'Nhập 182 đại biểu' }).click();
	await expect(admin.getByTestId('import-done')).toHaveText('Đã nhập 182 đại biểu.');
	// The same file again: a warning that these people are already on the list.
	await fileInput.setInputFiles(join(files, 'dai-bieu.xlsx'));
	await expect(admin.getByTestId('import-warning')).toContainText('182 dòng trùng họ tên và đơn vị');

	// A second file with one bad row: the row numbers are Excel's (title, blank row, header above).
	await fileInput.setInputFiles(join(files, 'bo-sung.xlsx'));
	await expect(summary).toHaveText('3 dòng: 2 dòng hợp lệ, 1 dòng có lỗi.');
	const problems = admin.getByTestId('import-problems');
	await expect(problems).toContainText('Dòng 5: Họ và tên: bắt buộc');
	await expect(problems).toContainText('Dòng 5: Thành phần: không có thành phần “Khách mời”');
	const commit = admin.getByRole('button', { name: 'Nhập 2 đại biểu' });
	await expect(commit).toBeDisabled();
	await shot(admin, 'del-02-import-row-problems');
	const socket = await adminSocket(server.url, meetingId);
	expect(socket.snapshot.state.delegates).toHaveLength(182);
	socket.close();

	await admin.getByLabel('Bỏ qua các dòng lỗi').check();
	await commit.click();
	await expect(admin.getByTestId('import-done')).toHaveText('Đã nhập 2 đại biểu.');
	const after = await adminSocket(server.url, meetingId);
	const delegates = after.snapshot.state.delegates;
	after.close();
	expect(delegates).toHaveLength(184);
	expect(delegates[0].fullName).toBe(NFD_NAME.normalize('NFC'));
	expect(delegates.find((d) => d.fullName === 'Đinh Văn Thêm')?.phone).toBe('0904333444');
	await admin.context().close();
});

test('the list: counts per category, diacritic-free search, add, edit, remove, export', async ({ browser }) => {
	const admin = await adminPage(browser);
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/delegates`);
	await expect(admin.getByTestId('count-total')).toHaveText('184/182');
	await expect(admin.locator('[data-category="Đại biểu Nhân dân"]')).toContainText('92/90');
	const rows = admin.getByTestId('delegate-table').locator('tbody tr');
	await expect(rows).toHaveCount(184);

	const search = admin.getByLabel(/Tìm theo tên/);
	await search.fill('nguyen van');
	await expect(rows.filter({ hasText: NFD_NAME.normalize('NFC') })).toHaveCount(1);
	await search.fill('NGUYEN VAN THUONG');
	await expect(rows).toHaveCount(1);
	await shot(admin, 'del-03-list-search');
	await search.fill('');
	await admin.getByLabel(/^Đơn vị/).selectOption('Tổ dân phố 2');
	await expect(admin.getByTestId('shown-count')).toContainText('/184');
	await admin.getByLabel(/^Đơn vị/).selectOption('');

	await admin.getByRole('button', { name: 'Thêm đại biểu' }).click();
	const form = admin.getByTestId('delegate-form');
	await form.getByLabel('Bà').check();
	await form.getByLabel('Họ và tên').fill('Mai Thị Mới');
	await form.getByLabel('Đơn vị').fill('Tổ dân phố 7');
	await form.getByLabel('Thành phần').selectOption({ label: 'Đại biểu Nhân dân' });
	await form.getByLabel(/Số điện thoại/).fill('0912 888 777');
	await form.getByRole('button', { name: 'Lưu' }).click();
	await expect(admin.getByRole('status')).toHaveText('Đã thêm Bà Mai Thị Mới.');
	await search.fill('mai thi moi');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('0912888777');
	await rows.first().getByRole('button', { name: 'Sửa' }).click();
	await admin.getByTestId('delegate-form').getByLabel('Chức vụ').fill('Tổ phó tổ dân phố 7');
	await admin.getByTestId('delegate-form').getByRole('button', { name: 'Lưu' }).click();
	await expect(rows.first()).toContainText('Tổ phó tổ dân phố 7');
	admin.once('dialog', (dialog) => dialog.accept());
	await rows.first().getByRole('button', { name: 'Xóa' }).click();
	await expect(admin.getByText('Không có đại biểu nào khớp.')).toBeVisible();
	await search.fill('');

	const [xlsx] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Xuất Excel (.xlsx)' }).click()]);
	expect(xlsx.suggestedFilename()).toMatch(/^dai-bieu-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const table = await readTable(readFileSync(await xlsx.path()), xlsx.suggestedFilename());
	expect(table.headers).toEqual(['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Số điện thoại']);
	expect(table.rows).toHaveLength(184);
	expect(table.rows[0].slice(1, 3)).toEqual(['Ông', NFD_NAME.normalize('NFC')]);
	expect(table.rows[1][6]).toBe('0912000001');
	const [csv] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Xuất CSV' }).click()]);
	const csvBytes = readFileSync(await csv.path());
	expect(csv.suggestedFilename()).toMatch(/^dai-bieu-.*\.csv$/);
	expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	expect((await readTable(csvBytes, 'x.csv')).rows).toHaveLength(184);
	await admin.context().close();
});

test('collected opinions are imported through the same wizard', async ({ browser }) => {
	const socket = await adminSocket(server.url, meetingId);
	await mustSend(socket, 'agencies.set', {
		agencies: [
			{ name: 'Phòng Tài nguyên và Môi trường', shortName: 'Phòng TN&MT', head: 'Ông Vũ Văn Tài' },
			{ name: 'Công an phường', shortName: 'CA phường', head: 'Ông Đỗ Văn Cảnh' }
		]
	});
	socket.close();
	const sheet = [
		'STT;Người kiến nghị;Thôn / Tổ dân phố;Nguồn;Lĩnh vực;Nội dung kiến nghị;Cơ quan chuẩn bị trả lời;Hướng xử lý',
		'1;Ông Nguyễn Văn An;Tổ dân phố 3;Phiếu lấy ý kiến;Đất đai;Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất;Phòng TN&MT;Trả lời tại hội nghị',
		'2;Chi hội Phụ nữ tổ 5;Tổ dân phố 5;MTTQ;An ninh trật tự;Đề nghị lắp camera ở ngõ 12;công an phường;Kiểm tra, trả lời sau',
		'3;Bà Lê Thị Cúc;;Thư;Giao thông;Đề nghị sửa đường;Sở Giao thông vận tải;Báo cáo cấp trên'
	].join('\r\n');
	writeFileSync(join(files, 'y-kien.csv'), '\uFEFF' + sheet);
	const admin = await adminPage(browser);
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/opinions/import`);
	// A sample to download, made like the delegates' one: the import's columns, and it imports as is.
	const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('import-sample').click()]);
	expect(download.suggestedFilename()).toBe('mau-y-kien-thu-thap.xlsx');
	const samplePath = await download.path();
	const sample = await readTable(new Uint8Array(readFileSync(samplePath)), 'mau.xlsx');
	expect(sample.headers).toEqual(['STT', 'Người / tổ chức kiến nghị', 'Cá nhân hay tổ chức', 'Thôn / tổ dân phố', 'Nguồn', 'Lĩnh vực', 'Nội dung ý kiến, kiến nghị', 'Cơ quan chuẩn bị trả lời', 'Nội dung trả lời', 'Hướng xử lý']);
	await admin.getByLabel('Tệp danh sách').setInputFiles({ name: 'mau-y-kien-thu-thap.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(samplePath) });
	await expect(admin.getByTestId('import-summary')).toHaveText('3 dòng: 3 dòng hợp lệ, 0 dòng có lỗi.');
	await admin.getByLabel('Tệp danh sách').setInputFiles(join(files, 'y-kien.csv'));
	await expect(admin.getByTestId('import-summary')).toHaveText('3 dòng: 2 dòng hợp lệ, 1 dòng có lỗi.');
	await expect(admin.getByTestId('import-problems')).toContainText('Dòng 4: Cơ quan chuẩn bị trả lời: không có cơ quan “Sở Giao thông vận tải”');
	await shot(admin, 'del-09-opinions-import');
	await admin.getByLabel('Bỏ qua các dòng lỗi').check();
	await admin.getByRole('button', { name: 'Nhập 2 ý kiến' }).click();
	await expect(admin.getByTestId('import-done')).toHaveText('Đã nhập 2 ý kiến.');
	const after = await adminSocket(server.url, meetingId);
	const { collectedOpinions, agencies } = after.snapshot.state;
	after.close();
	expect(collectedOpinions.map((o) => [o.source, o.plannedHandling, o.agencyId])).toEqual([
		['survey', 'answer_at_meeting', agencies[0].id],
		['front', 'answer_later', agencies[1].id]
	]);
	await admin.context().close();
});

test('the upload endpoint: admin only, 5 MB at most, unreadable files named', async ({ playwright }) => {
	const url = `${server.url}/m/${meetingId}/plan/delegates/upload`;
	// A browser's fetch sends the page's Origin; without it SvelteKit's CSRF check refuses a multipart post.
	const stranger = await playwright.request.newContext({ extraHTTPHeaders: { origin: server.url } });
	const file = (name: string, buffer: Buffer) => ({ multipart: { file: { name, mimeType: 'application/octet-stream', buffer } } });
	expect((await stranger.post(url, file('a.csv', Buffer.from('a,b\n1,2')))).status()).toBe(401);
	const admin = await playwright.request.newContext({ extraHTTPHeaders: { cookie: `dt_admin=${ADMIN_TOKEN}`, origin: server.url } });
	const ok = await admin.post(url, file('a.csv', Buffer.from('\uFEFFHọ và tên;Thành phần\nNguyễn Văn An;Nhân dân')));
	expect(await ok.json()).toEqual({ table: { headers: ['Họ và tên', 'Thành phần'], rows: [['Nguyễn Văn An', 'Nhân dân']], rowNumbers: [2] } });
	const big = await admin.post(url, file('big.csv', Buffer.alloc(6 * 1024 * 1024, 'a')));
	expect(big.status()).toBe(413);
	expect((await big.json()).error).toEqual({ code: 'too_large', message: 'Tệp quá lớn: tối đa 5 MB.' });
	const broken = await admin.post(url, file('list.xlsx', Buffer.from('not a zip')));
	expect(broken.status()).toBe(400);
	expect((await broken.json()).error.code).toBe('unreadable_file');
	expect((await (await admin.post(url, file('list.xls', Buffer.from('x')))).json()).error.code).toBe('unsupported_file');
	await stranger.dispose();
	await admin.dispose();
});

test('invitations print on A4, one or four per page; a lost one is re-issued; the personal link recognises the phone', async ({ browser }) => {
	const admin = await adminPage(browser);
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/invitations`);
	await expect(admin.getByTestId('invitation-count')).toHaveText('184 giấy mời, 184 trang');
	await expect(admin.getByTestId('invitation-late')).toHaveCount(0);
	await admin.getByLabel('Thành phần').selectOption({ label: 'Đại biểu thành phố' });
	await expect(admin.getByTestId('invitation-count')).toHaveText('12 giấy mời, 12 trang');
	const first = admin.locator('.invitation').first();
	await expect(first).toContainText('GIẤY MỜI');
	await expect(first).toContainText('Kính gửi:');
	await expect(first).toContainText('14 giờ 00');
	await expect(first).toContainText('Quét mã QR để điểm danh và đăng ký phát biểu');
	await expect(first).toContainText('TM. ỦY BAN NHÂN DÂN PHƯỜNG BẠCH ĐẰNG');
	await expect(first.locator('.qr-code svg')).toBeVisible();
	await admin.screenshot({ path: 'test-results/screens/del-04-invitations-screen.png' });
	await admin.emulateMedia({ media: 'print' });
	await admin.locator('.sheet').first().screenshot({ path: 'test-results/screens/del-05-invitation-print-1up.png' });
	const onePdf = await admin.pdf({ format: 'A4', preferCSSPageSize: true, path: 'test-results/screens/del-invitations-1up.pdf' });
	expect(pdfPages(onePdf)).toBe(12);
	await admin.emulateMedia({ media: 'screen' });
	await admin.getByLabel('4 giấy mời / trang A4').check();
	await expect(admin.getByTestId('invitation-count')).toHaveText('12 giấy mời, 3 trang');
	await admin.emulateMedia({ media: 'print' });
	await admin.locator('.sheet').first().screenshot({ path: 'test-results/screens/del-06-invitation-print-4up.png' });
	expect(pdfPages(await admin.pdf({ format: 'A4', preferCSSPageSize: true, path: 'test-results/screens/del-invitations-4up.pdf' }))).toBe(3);
	await admin.emulateMedia({ media: 'screen' });

	// Lost paper: a new QR for the first delegate only. Cancelling the question changes nothing.
	const [one, two] = await admin.locator('.invitation').evaluateAll((els) => els.slice(0, 2).map((el) => ({ id: el.getAttribute('data-delegate')!, link: el.getAttribute('data-link')! })));
	const reissue = admin.locator('.cell').filter({ has: admin.locator(`[data-delegate="${one.id}"]`) }).getByRole('button', { name: 'Cấp lại mã QR' });
	admin.once('dialog', (dialog) => dialog.dismiss());
	await reissue.click();
	await admin.waitForTimeout(300);
	await expect(admin.locator(`.invitation[data-delegate="${one.id}"]`)).toHaveAttribute('data-link', one.link);
	admin.once('dialog', (dialog) => dialog.accept());
	await reissue.click();
	await expect(admin.getByRole('status')).toContainText('Đã cấp mã QR mới cho');
	await expect(admin.locator(`.invitation[data-delegate="${one.id}"]`)).not.toHaveAttribute('data-link', one.link);
	const newLink = (await admin.locator(`.invitation[data-delegate="${one.id}"]`).getAttribute('data-link'))!;
	await expect(admin.locator(`.invitation[data-delegate="${two.id}"]`)).toHaveAttribute('data-link', two.link);
	await admin.getByRole('button', { name: 'Chỉ hiện giấy mời này để in' }).click();
	await expect(admin.getByTestId('invitation-count')).toHaveText('1 giấy mời, 1 trang');

	const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	const phone = await phoneContext.newPage();
	const stale = await phone.goto(one.link);
	expect(stale?.status()).toBe(404);
	await expect(phone.getByRole('alert')).toContainText('đã được thay bằng mã mới');
	await expect(phone.getByRole('alert')).toContainText('tổ giúp việc');
	await shot(phone, 'del-07-phone-invalid-link');

	// Opening the link only recognises the phone: the meeting does not change (link previews).
	const before = await adminSocket(server.url, meetingId);
	await gotoReady(phone, newLink);
	await expect(phone).toHaveURL(new RegExp(`/m/${meetingId}/me$`));
	const me = before.snapshot.state.delegates.find((d) => d.id === one.id)!;
	await expect(phone.getByTestId('greeting')).toHaveText(`Kính chào ${me.salutation} ${me.fullName}`);
	const afterLink = await adminSocket(server.url, meetingId);
	expect(afterLink.snapshot.seq).toBe(before.snapshot.seq);
	before.close();
	afterLink.close();

	// Live: the chair starts the meeting, the phone highlights the current item.
	const chair = await adminSocket(server.url, meetingId, 'chair');
	await mustSend(chair, 'meeting.start', {});
	await expect(phone.locator('.agenda li.current')).toContainText('Tuyên bố lý do, giới thiệu đại biểu');
	chair.close();
	await shot(phone, 'del-08-phone-me');

	const unknownPhone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
	await gotoReady(unknownPhone, `${server.url}/m/${meetingId}/me`);
	await expect(unknownPhone.getByTestId('not-recognised')).toContainText('Điện thoại này chưa được nhận diện');
	await phoneContext.close();
	await admin.context().close();
});

test('a warning when invitations go out less than 7 working days before the meeting', async ({ browser }) => {
	const socket = await adminSocket(server.url, meetingId);
	await mustSend(socket, 'meeting.editBasics', { basics: { ...basics, date: dayFromNow(3) } });
	socket.close();
	const admin = await adminPage(browser);
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/invitations`);
	await expect(admin.getByTestId('invitation-late')).toContainText(/^Giấy mời phát hành chưa đủ 7 ngày làm việc trước hội nghị \(hạn: \d{2}\/\d{2}\/\d{4}\)$/);
	await admin.context().close();
});

/** Page objects in a PDF from Chromium ("/Type /Page", not "/Pages"). */
function pdfPages(pdf: Buffer): number {
	writeFileSync(join(files, 'last.pdf'), pdf);
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
