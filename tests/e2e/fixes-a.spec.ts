/**
 * Issue 8 (fixes-a): what a commune clerk, a walk-in and the help desk hit first — the
 * import without a salutation column (1) and its stale preview (7), invited people
 * registering again as walk-ins (2), plain field problems (4), the desk's one box and
 * answers next to the row (6), the desk's view of a scanned personal link (13) and
 * smaller things (10).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { readTable } from '../../src/lib/server/import/table';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
const files = mkdtempSync(join(tmpdir(), 'doi-thoai-fixes-a-'));
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/fixes-a-${name}.png`, fullPage: true });
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };

function vietnamInMinutes(minutes: number): { date: string; startTime: string } {
	const iso = new Date(Date.now() + 7 * 3_600_000 + minutes * 60_000).toISOString();
	return { date: iso.slice(0, 10), startTime: iso.slice(11, 16) };
}

const WARD = 'Đại biểu phường';
const CITIZENS = 'Đại biểu Nhân dân';
const LONG_TITLE = 'Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy';
const PEOPLE = [
	['Bà', 'Phạm Thị Hương', 'Tổ trưởng tổ dân phố', 'Tổ dân phố 3', CITIZENS, '0911222333'],
	['Ông', 'Nguyễn Văn An', '', 'Tổ dân phố 3', CITIZENS, null],
	['Ông', 'Nguyễn Văn Bình', '', 'Tổ dân phố 5', CITIZENS, null],
	['Ông', 'Trần Quốc Hùng', 'Chủ tịch UBND phường', 'UBND phường', WARD, null],
	['Bà', 'Lê Thu Trang', LONG_TITLE, 'Ban Tuyên giáo và Dân vận Thành ủy', WARD, null]
] as const;

async function currentState(meetingId: string) {
	const socket = await adminSocket(server.url, meetingId);
	socket.close();
	return socket.snapshot.state;
}

async function adminContext(browser: Browser, options = LAPTOP): Promise<BrowserContext> {
	const context = await browser.newContext({ ...options, acceptDownloads: true });
	await gotoReady(await context.newPage(), `${server.url}/admin/${ADMIN_TOKEN}`);
	return context;
}

/** A meeting starting in 30 minutes (check-in open), its units and five invited people. */
async function meeting(browser: Browser, people = true): Promise<{ meetingId: string; deskLink: string; roomLink: string; tokens: Map<string, string> }> {
	const context = await adminContext(browser);
	const admin = context.pages()[0];
	const when = vietnamInMinutes(30);
	await admin.getByLabel('Tên hội nghị').fill('Hội nghị đối thoại năm 2026');
	await admin.getByLabel('Ngày').fill(when.date);
	await admin.getByLabel('Giờ bắt đầu').fill(when.startTime);
	await admin.getByLabel('Địa điểm').fill('Hội trường UBND phường Bạch Đằng');
	await admin.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await admin.waitForURL(/\/m\/[a-z0-9]+$/);
	const meetingId = new URL(admin.url()).pathname.split('/')[2];
	const deskLink = await admin.locator('.link-card[data-role=desk] .role-link').innerText();
	const socket = await adminSocket(server.url, meetingId);
	await mustSend(socket, 'categories.set', { categories: [{ name: WARD, expected: 2 }, { name: CITIZENS, expected: 8 }] });
	await mustSend(socket, 'units.set', { units: ['Tổ dân phố 3', 'Tổ dân phố 5', 'Thôn Đông'].map((name) => ({ name })) });
	if (people) {
		const ids = new Map((await currentState(meetingId)).categories.map((c) => [c.name, c.id]));
		await mustSend(socket, 'delegates.import', {
			delegates: PEOPLE.map(([salutation, fullName, title, unit, category, phone]) => ({ salutation, fullName, title, unit, categoryId: ids.get(category), phone }))
		});
	}
	socket.close();
	const tokens = new Map((await currentState(meetingId)).delegates.map((d) => [d.fullName, d.token]));
	await context.close();
	return { meetingId, deskLink, roomLink: `${server.url}/m/${meetingId}/join`, tokens };
}

async function openDesk(browser: Browser, link: string, options: object = PHONE): Promise<Page> {
	const page = await (await browser.newContext(options)).newPage();
	await gotoReady(page, link);
	await expect(page).toHaveURL(/\/m\/[a-z0-9]+\/desk$/);
	await expect(page.locator('main[data-connected=true]')).toBeVisible();
	return page;
}

test('[1][7] a list without a salutation column imports: Thị → Bà, "Ông/Cụ …" taken off the name, a default and per-row choice; a sample to download; a new file clears the old preview', async ({ browser }) => {
	const { meetingId } = await meeting(browser, false);
	const text = (value: string) => ({ value, type: String });
	await writeXlsxFile(
		[
			['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần'].map(text),
			...[
				['Nguyễn Thị Lan', 'Tổ dân phố 3'],
				['Ông Trần Văn Bình', 'Tổ dân phố 5'],
				['Cụ Lê Văn Cao', 'Thôn Đông'],
				['Phạm Minh Tuấn', 'Thôn Đông'],
				['Hoàng Ngọc Ánh', 'Tổ dân phố 3']
			].map(([name, unit], i) => [{ value: i + 1, type: Number }, text(name), null, text(unit), text('Nhân dân')])
		],
		{ sheet: 'Đại biểu' }
	).toFile(join(files, 'van-phong.xlsx'));
	writeFileSync(join(files, 'cu.xls'), 'not a spreadsheet at all');

	const context = await adminContext(browser);
	const admin = context.pages()[0];
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/delegates/import`);
	const fileInput = admin.getByLabel('Tệp danh sách');
	const summary = admin.getByTestId('import-summary');

	// The sample file shows the columns the import reads.
	const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('import-sample').click()]);
	expect(download.suggestedFilename()).toBe('mau-danh-sach-dai-bieu.xlsx');
	const sample = await readTable(new Uint8Array(readFileSync(await download.path())), 'mau.xlsx');
	expect(sample.headers).toEqual(['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Số điện thoại']);
	expect(sample.rows).toHaveLength(3);

	await fileInput.setInputFiles(join(files, 'van-phong.xlsx'));
	// Lan (Thị), Bình (Ông …) and Cao (Cụ …) are known; Tuấn and Ánh are not.
	await expect(summary).toHaveText('5 dòng: 3 dòng hợp lệ, 2 dòng có lỗi.');
	await expect(admin.getByTestId('import-problems')).toContainText('Dòng 5: Danh xưng: chưa rõ là Ông, Bà hay Cụ');
	await expect(admin.getByLabel('Danh xưng dòng 2')).toHaveValue('Bà');
	await expect(admin.getByLabel('Danh xưng dòng 3')).toHaveValue('Ông');
	await expect(admin.getByLabel('Danh xưng dòng 4')).toHaveValue('Cụ');
	await admin.getByTestId('default-salutation').selectOption('Ông');
	await expect(summary).toHaveText('5 dòng: 5 dòng hợp lệ, 0 dòng có lỗi.');
	// The clerk corrects one row in the preview.
	await admin.getByLabel('Danh xưng dòng 6').selectOption('Bà');
	await shot(admin, 'import-no-salutation');
	await admin.getByRole('button', { name: 'Nhập 5 đại biểu' }).click();
	await expect(admin.getByTestId('import-done')).toHaveText('Đã nhập 5 đại biểu.');
	const imported = (await currentState(meetingId)).delegates.map((d) => `${d.salutation} ${d.fullName}`);
	expect(imported).toEqual(['Bà Nguyễn Thị Lan', 'Ông Trần Văn Bình', 'Cụ Lê Văn Cao', 'Ông Phạm Minh Tuấn', 'Bà Hoàng Ngọc Ánh']);

	// [7] A good file's preview, then a rejected file: the old preview and its button go.
	await fileInput.setInputFiles(join(files, 'van-phong.xlsx'));
	await expect(summary).toBeVisible();
	await fileInput.setInputFiles(join(files, 'cu.xls'));
	await expect(admin.getByRole('alert').filter({ hasText: /xls|đọc/i })).toBeVisible();
	await expect(summary).toHaveCount(0);
	await expect(admin.getByRole('button', { name: /^Nhập \d+ đại biểu$/ })).toHaveCount(0);
	await context.close();
});

test('[2][4][10] the room QR form: no salutation chosen, problems next to each field in plain words, long names refused, an invited person sent to their invitation', async ({ browser }) => {
	const { meetingId, roomLink } = await meeting(browser);
	const before = (await currentState(meetingId)).delegates.length;
	const phone = await (await browser.newContext(PHONE)).newPage();
	await gotoReady(phone, roomLink);
	for (const s of ['Ông', 'Bà', 'Cụ']) await expect(phone.getByLabel(s, { exact: true })).not.toBeChecked();
	// The unit is a pick from the plan's units, with "Khác" for anything else.
	await expect(phone.getByLabel('Tổ dân phố / thôn / cơ quan')).toHaveJSProperty('tagName', 'SELECT');

	await phone.getByLabel('Số điện thoại (không bắt buộc)').fill('abc');
	await phone.getByRole('button', { name: 'Điểm danh', exact: true }).click();
	const problems = phone.getByTestId('field-error');
	await expect(problems).toHaveText(['Xin chọn xưng hô.', 'Xin nhập họ và tên.', 'Xin chọn tổ dân phố / thôn / cơ quan.', 'Số điện thoại chỉ gồm chữ số, thường là 10 số (ví dụ 0912 345 678).']);
	const body = await phone.locator('main').innerText();
	for (const technical of ['fullName', 'phone:', 'salutation', 'Lệnh', 'walkin']) expect(body).not.toContain(technical);
	await shot(phone, 'join-problems');

	// 130 characters: refused with a message, not cut to 120.
	await phone.getByLabel('Bà', { exact: true }).check();
	await phone.getByLabel('Họ và tên').fill('Phạm Thị ' + 'A'.repeat(121));
	await phone.getByLabel('Số điện thoại (không bắt buộc)').fill('');
	await phone.getByRole('button', { name: 'Điểm danh', exact: true }).click();
	await expect(problems).toHaveText(['Dài quá 120 ký tự (đang có 130), xin viết ngắn lại.', 'Xin chọn tổ dân phố / thôn / cơ quan.']);
	expect((await currentState(meetingId)).delegates).toHaveLength(before);

	// An invited person fills the walk-in form: not registered, and told nothing about anyone.
	await phone.getByLabel('Họ và tên').fill('pham thi huong');
	await phone.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 3');
	await phone.getByRole('button', { name: 'Điểm danh', exact: true }).click();
	const refusal = phone.getByRole('alert').filter({ hasText: 'danh sách khách mời' });
	await expect(refusal).toContainText('Xin dùng mã QR trên giấy mời');
	await expect(phone.locator('main')).not.toContainText('Tổ trưởng');
	await expect(phone.locator('main')).not.toContainText('0911');
	await shot(phone, 'join-invited');
	let state = await currentState(meetingId);
	expect(state.delegates).toHaveLength(before);
	expect(Object.keys(state.attendance)).toHaveLength(0);

	// A namesake in another unit ("Khác", typed) registers as usual.
	await phone.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption({ label: 'Khác (ghi rõ)' });
	await phone.getByLabel('Ghi rõ tổ dân phố, thôn hoặc cơ quan').fill('Thôn Mới');
	await phone.getByRole('button', { name: 'Điểm danh', exact: true }).click();
	await expect(phone).toHaveURL(/\/me$/);
	state = await currentState(meetingId);
	expect(state.delegates.filter((d) => d.fullName.toLowerCase() === 'pham thi huong' || d.fullName === 'Phạm Thị Hương').map((d) => d.unit)).toEqual(['Tổ dân phố 3', 'Thôn Mới']);

	// [10] The invitations page counts the invited, not the walk-in.
	const admin = (await adminContext(browser)).pages()[0];
	await gotoReady(admin, `${server.url}/m/${meetingId}/plan/invitations`);
	await expect(admin.getByTestId('invitation-count')).toContainText(`${PEOPLE.length} giấy mời`);
});

test('[2][4][6][10] the desk on a phone: one box scans or searches, answers next to the row, the invited person offered instead of a second record', async ({ browser }) => {
	const { meetingId, deskLink, tokens } = await meeting(browser);
	const desk = await openDesk(browser, deskLink);
	const box = desk.getByTestId('scan-input');
	await expect(box).toBeFocused();
	// Near the top on a phone.
	expect((await box.boundingBox())!.y).toBeLessThan(200);

	// [6] A name typed in the box searches; Enter does not answer "Mã không hợp lệ".
	await desk.keyboard.type('nguyen van');
	const rows = desk.getByTestId('desk-row');
	await expect(rows).toHaveCount(2);
	await desk.keyboard.press('Enter');
	await expect(desk.getByTestId('scan-result')).toHaveCount(0);
	await expect(desk.locator('main')).not.toContainText('Mã không hợp lệ');
	await shot(desk, 'desk-phone-search');
	// The list stands right under the box while searching: the first row is on the first screen.
	expect((await rows.first().boundingBox())!.y).toBeLessThan(740);

	// One tap checks in; the answer stands in that row.
	const an = rows.filter({ hasText: 'Nguyễn Văn An' });
	await an.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(an.getByTestId('scan-result')).toContainText('Đã điểm danh');
	// A scanned link in the same box checks in; its answer is under the box.
	await box.fill(`${server.url}/i/${tokens.get('Trần Quốc Hùng')}`);
	await box.press('Enter');
	await expect(box).toHaveValue('');
	const top = desk.locator('.result-area').getByTestId('scan-result');
	await expect(top).toHaveAttribute('data-tone', 'ok');
	await expect(top).toContainText('Ông Trần Quốc Hùng');

	// [10] Undo then re-check from the ⋯ menu: the menu closes.
	await box.fill('nguyen van an');
	await an.getByRole('button', { name: /Thao tác khác/ }).click();
	desk.once('dialog', (dialog) => dialog.accept());
	await an.getByRole('button', { name: 'Hủy điểm danh' }).click();
	await expect(an.getByTestId('scan-result')).toContainText('Đã hủy điểm danh');
	await an.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(an.getByTestId('present-at')).toBeVisible();
	await expect(an.getByRole('button', { name: 'Hủy điểm danh' })).toHaveCount(0);
	await expect(an.getByRole('button', { name: /Thao tác khác/ })).toHaveAttribute('aria-expanded', 'false');
	await box.fill('');

	// [4][10] The walk-in form: nothing chosen for the person, problems next to the fields.
	await desk.getByRole('button', { name: '+ Đăng ký người đến tự do' }).click();
	const form = desk.locator('.walk-in');
	for (const s of ['Ông', 'Bà', 'Cụ']) await expect(form.getByLabel(s, { exact: true })).not.toBeChecked();
	await form.getByLabel('Số điện thoại (không bắt buộc)').fill('abc');
	await form.getByRole('button', { name: 'Đăng ký và điểm danh' }).click();
	await expect(form.getByTestId('field-error')).toHaveText(['Xin chọn xưng hô.', 'Xin nhập họ và tên.', 'Xin chọn tổ dân phố / thôn / cơ quan.', 'Số điện thoại chỉ gồm chữ số, thường là 10 số (ví dụ 0912 345 678).']);
	await expect(form).not.toContainText('fullName');
	await form.getByLabel('Số điện thoại (không bắt buộc)').fill('');

	// [2] The invited Phạm Thị Hương at the desk: offered to check her in instead.
	await form.getByLabel('Bà', { exact: true }).check();
	await form.getByLabel('Họ và tên').fill('Phạm Thị Hương');
	await form.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 3');
	await form.getByRole('button', { name: 'Đăng ký và điểm danh' }).click();
	const offer = form.getByTestId('walk-in-namesake');
	await expect(offer).toContainText('Bà Phạm Thị Hương — Tổ dân phố 3 có trong danh sách khách mời và chưa điểm danh');
	await shot(desk, 'desk-phone-namesake');
	await offer.getByRole('button', { name: 'Đúng, điểm danh người được mời' }).click();
	await expect(form.getByTestId('scan-result')).toHaveAttribute('data-tone', 'ok');
	await expect(form.getByTestId('scan-result')).toContainText('Bà Phạm Thị Hương');
	let state = await currentState(meetingId);
	const huong = state.delegates.find((d) => d.fullName === 'Phạm Thị Hương')!;
	expect(state.attendance[huong.id]?.via).toBe('desk');
	expect(state.delegates.filter((d) => d.fullName === 'Phạm Thị Hương')).toHaveLength(1);

	// A different Nguyễn Văn Bình of Tổ dân phố 5: registered after the desk says so.
	await form.getByLabel('Ông', { exact: true }).check();
	await form.getByLabel('Họ và tên').fill('Nguyen Van Binh');
	await form.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 5');
	await form.getByRole('button', { name: 'Đăng ký và điểm danh' }).click();
	await offer.getByRole('button', { name: 'Không, đây là người khác: vẫn đăng ký' }).click();
	await expect(form.getByTestId('scan-result')).toContainText('Đã đăng ký và điểm danh');
	state = await currentState(meetingId);
	const binhs = state.delegates.filter((d) => d.unit === 'Tổ dân phố 5');
	expect(binhs.map((d) => [d.source, Boolean(state.attendance[d.id])])).toEqual([
		['list', false],
		['walk_in', true]
	]);
	await desk.evaluate(() => window.scrollTo(0, 0));
	await shot(desk, 'desk-phone-top');
});

test('[13] a personal link opened by a browser holding the desk (or admin) role shows the desk’s view of that person; others are recognised as the delegate', async ({ browser }) => {
	const { meetingId, deskLink, tokens } = await meeting(browser);
	const link = `${server.url}/i/${tokens.get('Lê Thu Trang')}`;

	// The desk's phone, after its camera app opened the invitation's link.
	const desk = await openDesk(browser, deskLink);
	await gotoReady(desk, link);
	const view = desk.getByTestId('desk-person');
	await expect(view).toBeVisible();
	await expect(desk).toHaveURL(link);
	await expect(desk.getByTestId('desk-person-name')).toHaveText('Bà Lê Thu Trang');
	// [10] The title names its unit: the unit is not repeated after it.
	await expect(view.locator('.about')).toHaveText(LONG_TITLE);
	await expect(view).toContainText(WARD);
	expect((await desk.context().cookies()).map((c) => c.name)).not.toContain(`dt_delegate_${meetingId}`);
	// Opening changed nothing.
	expect((await currentState(meetingId)).attendance).toEqual({});
	await expect(desk.locator('main[data-connected=true]')).toBeVisible();
	await shot(desk, 'desk-person');
	await desk.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(desk.getByTestId('checked-in')).toContainText(/Đã điểm danh lúc \d\d:\d\d/);
	const trang = (await currentState(meetingId)).delegates.find((d) => d.fullName === 'Lê Thu Trang')!;
	expect((await currentState(meetingId)).attendance[trang.id]?.via).toBe('desk');
	// The next scan does the same.
	await gotoReady(desk, `${server.url}/i/${tokens.get('Nguyễn Văn Bình')}`);
	await expect(desk.getByTestId('desk-person-name')).toHaveText('Ông Nguyễn Văn Bình');
	await expect(desk.getByRole('button', { name: 'Điểm danh' })).toBeVisible();

	// The admin's laptop too.
	const admin = (await adminContext(browser)).pages()[0];
	await gotoReady(admin, link);
	await expect(admin.getByTestId('checked-in')).toBeVisible();
	expect((await admin.context().cookies()).map((c) => c.name)).not.toContain(`dt_delegate_${meetingId}`);

	// A phone without the desk role is recognised as the delegate, as before.
	const own = await (await browser.newContext(PHONE)).newPage();
	await gotoReady(own, `${server.url}/i/${tokens.get('Nguyễn Văn Bình')}`);
	await expect(own).toHaveURL(new RegExp(`/m/${meetingId}/me$`));
	expect((await own.context().cookies()).map((c) => c.name)).toContain(`dt_delegate_${meetingId}`);
	expect(Object.keys((await currentState(meetingId)).attendance)).toHaveLength(1);
});
