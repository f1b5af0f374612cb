/**
 * Issue 18, the office's items: the secretary (a written opinion taken up is the selected one,
 * an empty answer, the save badge during a conflict), the desk (one answer at a time, Enter on a
 * single match), walk-ins without a unit (join page with and without JavaScript, desk), the
 * delegate import's guesses and "Thêm thành phần này", and the programme typed at creation.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { openAs, runningMeeting } from './minutes-fixtures';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady, waitReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const laptop = { viewport: { width: 1366, height: 768 } };
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/office-${name}.png`, fullPage: true });

async function currentState(meetingId: string) {
	const socket = await adminSocket(server.url, meetingId);
	socket.close();
	return socket.snapshot.state;
}

/** Today in Vietnam, starting in 30 minutes: check-in and the walk-in form are open. */
function startingSoon(): { date: string; startTime: string } {
	const iso = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000).toISOString();
	return { date: iso.slice(0, 10), startTime: iso.slice(11, 16) };
}

async function hallMeeting(): Promise<string> {
	const created = await fetch(`${server.url}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({
			basics: { title: 'Hội nghị đối thoại', ...startingSoon(), place: 'Hội trường', bannerLines: [] },
			agenda: [],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 10 }],
			units: [{ name: 'Tổ dân phố 3' }, { name: 'Tổ dân phố 5' }],
			delegates: [
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 5', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Nguyễn Văn Cường', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' }
			]
		})
	});
	expect(created.status).toBe(201);
	return ((await created.json()) as { id: string }).id;
}

async function adminPage(browser: Browser, path: string, options: Parameters<Browser['newContext']>[0] = laptop): Promise<Page> {
	const context = await browser.newContext(options);
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const page = await context.newPage();
	await gotoReady(page, `${server.url}${path}`);
	return page;
}

/** A running meeting where Ông Nguyễn Văn An (checked in) has sent a written opinion. */
async function meetingWithWrittenOpinion(request: Parameters<typeof runningMeeting>[0]) {
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const state = await currentState(id);
	const an = state.delegates.find((d: { fullName: string }) => d.fullName === 'Nguyễn Văn An')!;
	const desk = await adminSocket(server.url, id, 'desk');
	await mustSend(desk, 'checkin.desk', { delegateId: an.id });
	await mustSend(desk, 'opinion.submitWritten', { fieldId: state.fields[0].id, content: 'Nhà văn hóa tổ 3 xuống cấp, đề nghị sửa mái', who: { kind: 'delegate', delegateId: an.id } });
	desk.close();
	return { id, an };
}

test('item 7: "Ghi vào biên bản" on a written opinion makes it the selected one: the next shortcut tags it', async ({ browser, request }) => {
	const { id } = await meetingWithWrittenOpinion(request);
	const a = await openAs(browser, server.url, `/m/${id}/secretary`);
	// An opinion of the floor has the cursor first.
	await a.keyboard.press('Alt+N');
	await a.keyboard.type('Đường ngõ 12 ngập');
	const first = a.locator('article.opinion').filter({ hasText: 'Ý kiến 1' });
	await expect(first).toHaveClass(/focused/);

	await a.getByRole('button', { name: 'Ghi vào biên bản' }).click();
	const written = a.locator('article.opinion').filter({ hasText: 'Ý kiến 2' });
	await expect(written.getByLabel('Nội dung ý kiến')).toHaveValue('Nhà văn hóa tổ 3 xuống cấp, đề nghị sửa mái');
	await expect(written).toHaveClass(/focused/);
	await expect(first).not.toHaveClass(/focused/);
	await a.keyboard.press('Alt+4');
	await a.keyboard.press('Enter');
	await expect(written.locator('.outcome')).toHaveAttribute('data-outcome', 'accepted');
	await expect(a.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	const opinions = (await currentState(id)).minutes.opinions as { origin: { kind: string }; outcome: { kind: string } | null }[];
	expect(opinions.map((o) => o.outcome?.kind ?? null)).toEqual([null, 'accepted']);
	expect(opinions[1].origin.kind).toBe('written');
});

test('item 8: an empty answer (a stray Alt+R) is flagged on the secretary screen with a remove button, and the phone does not show it', async ({ browser, request }) => {
	const { id, an } = await meetingWithWrittenOpinion(request);
	const a = await openAs(browser, server.url, `/m/${id}/secretary`);
	await a.getByRole('button', { name: 'Ghi vào biên bản' }).click();
	const written = a.locator('article.opinion').filter({ hasText: 'Ý kiến 1' });
	await written.getByLabel('Nội dung ý kiến').focus();
	await a.keyboard.press('Alt+R');
	await expect(written.locator('[data-answer]')).toHaveCount(1);
	await expect(a.getByTestId('sync')).toHaveAttribute('data-pending', '0');

	// The phone of the person who raised it: no "… trả lời:" with nothing after it.
	const anPhone = await (await browser.newContext(phone)).newPage();
	await gotoReady(anPhone, `${server.url}/i/${an.token}`);
	const mine = anPhone.locator('[data-my-opinion]');
	await expect(mine).toContainText('Nhà văn hóa tổ 3 xuống cấp');
	await expect(mine).not.toContainText('Trả lời của');
	await shot(anPhone, '02-phone-no-empty-answer');

	// The secretary screen says plainly that it will not be printed or shown, and offers to remove it.
	const empty = written.getByTestId('empty-answer');
	await expect(empty).toContainText('Trả lời này chưa có nội dung: sẽ không được in vào biên bản');
	await shot(a, '01-secretary-empty-answer');

	// Once it says something, it is shown; the remove button goes.
	await written.locator('[data-answer] textarea').fill('Tháng 8 phường sửa mái.');
	await expect(empty).toHaveCount(0);
	await expect(mine).toContainText('Tháng 8 phường sửa mái.', { timeout: 5000 });
	await written.locator('[data-answer] textarea').fill('');
	await empty.getByRole('button', { name: 'Xóa trả lời trống' }).click();
	await expect(written.locator('[data-answer]')).toHaveCount(0);
	await expect(a.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	expect((await currentState(id)).minutes.opinions[0].answers).toEqual([]);
});

test('item 10: while a conflict waits to be merged, the top badge says a text waits, not "Đã lưu"', async ({ browser, request }) => {
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const a = await openAs(browser, server.url, `/m/${id}/secretary`);
	await a.keyboard.press('Alt+N');
	await a.keyboard.type('Đường ngõ 12 ngập');
	await expect(a.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	const b = await openAs(browser, server.url, `/m/${id}/secretary`);
	const boxA = a.locator('article.opinion').first().getByLabel('Nội dung ý kiến');
	const boxB = b.locator('article.opinion').first().getByLabel('Nội dung ý kiến');
	await expect(boxB).toHaveValue('Đường ngõ 12 ngập');
	await a.context().setOffline(true);
	await a.waitForFunction(() => document.querySelector('[data-connected=false]') !== null);
	await boxA.fill('Đường ngõ 12 ngập sâu (bản của A)');
	await boxB.fill('Đường ngõ 12 tổ 5 ngập (bản của B)');
	await boxB.blur();
	await expect(b.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	await boxA.blur();
	await a.context().setOffline(false);
	await expect(a.getByTestId('conflict')).toBeVisible();
	await expect(a.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	await expect(a.getByTestId('sync')).toHaveText('Chưa lưu: 1 nội dung chờ ghép');
	await shot(a, '03-secretary-conflict-badge');
	await a.getByTestId('conflict').getByRole('button', { name: 'Lưu bản đã ghép' }).click();
	await expect(a.getByTestId('sync')).toHaveText('Đã lưu');
});

async function deskPage(browser: Browser, id: string): Promise<Page> {
	const desk = await adminPage(browser, `/m/${id}/desk`);
	await desk.waitForFunction(() => document.querySelector('main[data-connected=true]') !== null);
	return desk;
}
const checkedIn = async (id: string) => Object.keys((await currentState(id)).attendance).length;

test('item 20: the desk shows one answer at a time: a new search clears the last check-in\'s green card', async ({ browser }) => {
	const id = await hallMeeting();
	const binh = (await currentState(id)).delegates.find((d: { fullName: string }) => d.fullName === 'Trần Thị Bình')!;
	const desk = await deskPage(browser, id);
	const box = desk.getByTestId('scan-input');
	await box.fill(`${server.url}/i/${binh.token}`);
	await box.press('Enter');
	await expect(desk.locator('.result-area')).toContainText('Đã điểm danh');
	await box.fill('khong co ai');
	await expect(desk.getByText('Không có đại biểu nào phù hợp.')).toBeVisible();
	await expect(desk.locator('.result-area')).not.toContainText('Đã điểm danh');
	await shot(desk, '04-desk-one-answer');
});

test('item 20: Enter on a name with a single match checks in (as with a code); with several it only searches', async ({ browser }) => {
	const id = await hallMeeting();
	const desk = await deskPage(browser, id);
	const box = desk.getByTestId('scan-input');
	const button = desk.locator('form.scan button[type=submit]');
	await box.fill('nguyen van');
	await expect(button).toHaveText('Tìm');
	await box.press('Enter');
	await expect(desk.locator('#desk-list')).toContainText('Nguyễn Văn Cường');
	expect(await checkedIn(id)).toBe(0);
	await box.fill('tran thi binh');
	// One person found: the button says what Enter does.
	await expect(button).toHaveText('Điểm danh');
	await box.press('Enter');
	await expect(desk.locator('.result-area')).toContainText('Đã điểm danh');
	await expect(box).toHaveValue('');
	await expect.poll(() => checkedIn(id)).toBe(1);
});

test('item 21: a walk-in at the desk with "Khác" and nothing written is asked for the unit; nobody is added', async ({ browser }) => {
	const id = await hallMeeting();
	const desk = await deskPage(browser, id);
	await desk.getByRole('button', { name: '+ Đăng ký người đến tự do' }).click();
	const form = desk.locator('.walk-in');
	await form.getByRole('radio', { name: 'Ông', exact: true }).check();
	await form.getByLabel('Họ và tên').fill('Đỗ Văn Em');
	await form.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption({ label: 'Khác (ghi rõ)' });
	await form.getByRole('button', { name: 'Đăng ký và điểm danh' }).click();
	await expect(form).toContainText('Xin ghi tên tổ dân phố, thôn hoặc cơ quan.');
	await shot(desk, '05-desk-walk-in-no-unit');
	expect((await currentState(id)).delegates).toHaveLength(3);
});

test('item 21: join page: "Khác" left empty is asked for, with and without JavaScript; nobody is added', async ({ browser }) => {
	const id = await hallMeeting();
	for (const javaScriptEnabled of [false, true]) {
		const page = await (await browser.newContext({ ...phone, javaScriptEnabled })).newPage();
		await page.goto(`${server.url}/m/${id}/join`);
		if (javaScriptEnabled) await waitReady(page);
		await page.getByRole('radio', { name: 'Ông', exact: true }).check();
		await page.getByLabel('Họ và tên').fill('Đỗ Văn Em');
		await page.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption({ label: 'Khác (ghi rõ)' });
		await page.getByRole('button', { name: 'Điểm danh' }).click();
		await expect(page.getByText('Xin ghi tên tổ dân phố, thôn hoặc cơ quan.')).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`/m/${id}/join`));
		// What was typed is kept.
		await expect(page.getByLabel('Họ và tên')).toHaveValue('Đỗ Văn Em');
		await shot(page, `06-join-no-unit-${javaScriptEnabled ? 'js' : 'plain'}`);
	}
	expect((await currentState(id)).delegates).toHaveLength(3);
});

test('item 19: programme lines typed at creation get their type from the title', async ({ browser }) => {
	const admin = await adminPage(browser, `/admin/${ADMIN_TOKEN}`);
	await admin.getByLabel('Tên hội nghị').fill('Hội nghị đối thoại năm 2026');
	await admin.getByLabel('Ngày').fill(startingSoon().date);
	await admin.getByLabel('Giờ bắt đầu').fill('14:00');
	await admin.getByLabel('Địa điểm').fill('Hội trường UBND phường');
	await admin.getByLabel('Chương trình').fill('Khai mạc\nBáo cáo tình hình kinh tế - xã hội\nTrả lời ý kiến cử tri\nĐối thoại với Nhân dân\nKết luận, bế mạc');
	await admin.getByRole('button', { name: 'Tạo hội nghị', exact: true }).click();
	await admin.waitForURL(/\/m\/[a-z0-9]+$/);
	const id = new URL(admin.url()).pathname.split('/')[2];
	expect((await currentState(id)).agenda.map((item: { type: string }) => item.type)).toEqual(['procedural', 'report', 'answers', 'dialogue', 'conclusion']);
});

/** The import page with a CSV file read (the file input works once the page runs). */
async function importPage(browser: Browser, id: string, csv: string[]): Promise<Page> {
	const admin = await adminPage(browser, `/m/${id}/plan/delegates/import`);
	await admin.waitForLoadState('networkidle');
	await expect(async () => {
		await admin.getByLabel('Tệp danh sách').setInputFiles({ name: 'dai-bieu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
		await expect(admin.getByTestId('import-summary')).toBeVisible({ timeout: 2000 });
	}).toPass();
	return admin;
}

async function plannedMeeting(): Promise<string> {
	const created = await fetch(`${server.url}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({ basics: { title: 'Hội nghị đối thoại', date: '2027-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] }, agenda: [], categories: [{ name: 'Đại biểu Nhân dân', expected: 10 }] })
	});
	expect(created.status).toBe(201);
	return ((await created.json()) as { id: string }).id;
}

test('item 18: a list without Ông/Bà: the salutations are guessed, shown as guesses, and confirmed in one click', async ({ browser }) => {
	const id = await plannedMeeting();
	const admin = await importPage(browser, id, [
		'Họ và tên,Chức vụ,Đơn vị,Thành phần',
		'Nguyễn Văn An,Tổ trưởng,Tổ dân phố 3,Nhân dân',
		'Trần Thị Bình,,Tổ dân phố 5,Nhân dân',
		'Lê Minh Cường,,Thôn Đông,Nhân dân',
		'Hoàng Ngọc Dung,Chi hội trưởng Phụ nữ,Thôn Tây,Nhân dân'
	]);
	const summary = admin.getByTestId('import-summary');
	// Every man's name without "Ông" is a problem until confirmed: the guess is shown as a guess.
	await expect(summary).toHaveText('4 dòng: 1 dòng hợp lệ, 3 dòng có lỗi.');
	const guess = admin.getByTestId('salutation-guess');
	await expect(guess).toContainText('tạm đoán Ông cho 2 người, Bà cho 1 người');
	await expect(admin.getByTestId('guessed-salutation')).toHaveText(['đoán: Ông', 'đoán: Ông', 'đoán: Bà']);
	// "Trần Thị Bình" is Bà by her middle name: accepted, and also shown as a guess.
	await expect(admin.getByTestId('guessed-from-name')).toHaveText(['đoán theo tên đệm “Thị”']);
	await expect(admin.getByRole('button', { name: 'Nhập 1 đại biểu' })).toBeDisabled();
	await shot(admin, '08-import-guess');
	await guess.getByRole('button', { name: 'Đúng, dùng danh xưng đã đoán cho 3 người' }).click();
	await expect(summary).toHaveText('4 dòng: 4 dòng hợp lệ, 0 dòng có lỗi.');
	await expect(guess).toHaveCount(0);
	await admin.getByRole('button', { name: 'Nhập 4 đại biểu' }).click();
	await expect(admin.getByTestId('import-done')).toHaveText('Đã nhập 4 đại biểu.');
	const delegates = (await currentState(id)).delegates.map((d: { salutation: string; fullName: string }) => `${d.salutation} ${d.fullName}`);
	expect(delegates).toEqual(['Ông Nguyễn Văn An', 'Bà Trần Thị Bình', 'Ông Lê Minh Cường', 'Bà Hoàng Ngọc Dung']);
});

test('item 18: a category the plan lacks is offered as "Thêm thành phần này" and added in one click', async ({ browser }) => {
	const id = await plannedMeeting();
	const admin = await importPage(browser, id, [
		'Họ và tên,Đơn vị,Thành phần',
		'Ông Nguyễn Văn An,Tổ dân phố 3,Nhân dân',
		'Bà Trần Thị Bình,Tổ dân phố 5,Khách mời',
		'Ông Lê Minh Cường,Thôn Đông,khách mời'
	]);
	const summary = admin.getByTestId('import-summary');
	await expect(summary).toHaveText('3 dòng: 1 dòng hợp lệ, 2 dòng có lỗi.');
	const missing = admin.getByTestId('missing-category');
	await expect(missing).toHaveText(/Thành phần “Khách mời” \(2 dòng\) chưa có trong kế hoạch\./);
	await shot(admin, '07-import-missing-category');
	await missing.getByRole('button', { name: 'Thêm thành phần này' }).click();
	await expect(missing).toHaveCount(0);
	await expect(summary).toHaveText('3 dòng: 3 dòng hợp lệ, 0 dòng có lỗi.');
	expect((await currentState(id)).categories.map((c: { name: string }) => c.name)).toEqual(['Đại biểu Nhân dân', 'Khách mời']);
});
