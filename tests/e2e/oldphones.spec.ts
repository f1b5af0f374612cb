/** Old phones: every delegate action works as a plain form with JavaScript off (issue 14). */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: import('@playwright/test').Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const oldPhone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, javaScriptEnabled: false };

/** Today in Vietnam, starting 30 minutes from now: check-in is open. */
function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

async function meetingWithTwo(request: APIRequestContext) {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', ...startingSoon(), place: 'Hội trường', bannerLines: [] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			units: [{ name: 'Tổ dân phố 7' }],
			delegates: [
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const [an, binh] = admin.snapshot.state.delegates;
	admin.close();
	return { id, an, binh };
}

async function serverAttendance(id: string) {
	const admin = await adminSocket(server.url, id);
	admin.close();
	return admin.snapshot.state;
}

test('without JavaScript a delegate checks in from a plain form, once, and the page says when', async ({ browser, request }) => {
	const { id, an } = await meetingWithTwo(request);
	const context = await browser.newContext(oldPhone);
	const page = await context.newPage();
	await page.goto(`${server.url}/i/${an.token}`);
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`));
	const button = page.getByRole('button', { name: 'Điểm danh' });
	await expect(button).toBeEnabled(); // not waiting for a socket that never comes
	const commandId = await page.locator('input[name=commandId]').inputValue();
	await button.click();
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	await shot(page, 'oldphones-01-checked-in-no-js');
	const state = await serverAttendance(id);
	expect(state.attendance[an.id]?.via).toBe('self');
	const at = state.attendance[an.id]!.at;

	// The same form resent (a double tap, the back button): applied once, no red error.
	const again = await context.request.post(`${server.url}/m/${id}/me?/checkin`, {
		form: { commandId },
		headers: { origin: server.url }
	});
	expect(again.status()).toBe(200);
	expect((await serverAttendance(id)).attendance[an.id]!.at).toBe(at);
	await page.reload();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await context.close();
});

test('without JavaScript a walk-in registers from the room QR and is checked in', async ({ browser, request }) => {
	const { id } = await meetingWithTwo(request);
	const context = await browser.newContext(oldPhone);
	const page = await context.newPage();
	await page.goto(`${server.url}/m/${id}/join`);
	await page.getByLabel('Bà').check();
	await page.getByLabel('Họ và tên').fill('Phạm Thị Dung');
	await page.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption('Tổ dân phố 7');
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`));
	await expect(page.getByTestId('greeting')).toHaveText('Kính chào Bà Phạm Thị Dung');
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	const state = await serverAttendance(id);
	const dung = state.delegates.find((d) => d.fullName === 'Phạm Thị Dung')!;
	expect(state.attendance[dung.id]).toBeTruthy();
	expect(dung.unit).toBe('Tổ dân phố 7');
	await context.close();
});

test('with JavaScript the same button checks in live, over the socket', async ({ browser, request }) => {
	const { id, binh } = await meetingWithTwo(request);
	const context = await browser.newContext({ ...oldPhone, javaScriptEnabled: true });
	const page = await context.newPage();
	await page.goto(`${server.url}/i/${binh.token}`);
	await page.waitForLoadState('networkidle');
	const url = page.url();
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	expect(page.url()).toBe(url); // no page load: the live page stays
	expect((await serverAttendance(id)).attendance[binh.id]).toBeTruthy();
	await context.close();
});

/** The queue's and the written opinions' state as the server holds it, for An. */
async function serverQueue(id: string, delegateId: string) {
	const state = await serverAttendance(id);
	const mine = (who: { kind: string; delegateId?: string }) => who.kind === 'delegate' && who.delegateId === delegateId;
	return { requests: state.queue.requests.filter((r) => mine(r.who)), written: state.queue.writtenOpinions.filter((o) => mine(o.author)) };
}

/** A plain form post as the browser sends it: the answer is the page, not the JSON `use:enhance` reads. */
const asABrowser = () => ({ origin: server.url, accept: 'text/html' });

/** Someone ahead in the list (a paper slip at the desk), so the phone's place is not simply 1. */
async function someoneAhead(id: string, delegateId: string) {
	const desk = await adminSocket(server.url, id, 'desk');
	const fieldId = desk.snapshot.state.fields[0]!.id;
	await mustSend(desk, 'request.submit', { fieldId, statement: 'Đường tổ 7 ngập khi mưa', who: { kind: 'delegate', delegateId } });
	desk.close();
}

test('without JavaScript a delegate registers to speak, withdraws and sends a written opinion, each said in words', async ({ browser, request }) => {
	const { id, an, binh } = await meetingWithTwo(request);
	await someoneAhead(id, binh.id);
	const context = await browser.newContext(oldPhone);
	const page = await context.newPage();
	await page.goto(`${server.url}/i/${an.token}`);
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page.getByTestId('checked-in')).toBeVisible();
	// A status view: a large "Cập nhật" and a reload every 30 s (only without JavaScript).
	await expect(page.getByTestId('refresh')).toBeVisible();
	await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(1);

	// "Đăng ký phát biểu" opens the form as a plain GET (?open=speak); no self-refresh while it is filled.
	await page.getByTestId('ask-to-speak').click();
	await expect(page).toHaveURL(/open=speak/);
	await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
	await expect(page.getByTestId('refresh')).toHaveCount(0);
	await page.getByLabel('Lĩnh vực').selectOption({ label: 'Giao thông' });
	await page.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Đèn đường ngõ 5 hỏng đã lâu');
	const commandId = await page.getByTestId('speak-form').locator('input[name=commandId]').inputValue();
	await shot(page, 'oldphones-02-speak-form-no-js');
	await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await expect(page.getByTestId('speak-said')).toHaveText('Đã đăng ký phát biểu. Ông/Bà đang ở vị trí số 2 trong danh sách đăng ký phát biểu.');
	await expect(page.getByTestId('my-position')).toHaveText('2');
	await shot(page, 'oldphones-03-speak-registered-no-js');
	let mine = await serverQueue(id, an.id);
	expect(mine.requests.map((r) => [r.status, r.via, r.statement])).toEqual([['waiting', 'phone', 'Đèn đường ngõ 5 hỏng đã lâu']]);

	// Resent (back button, double tap): applied once, no "already waiting" refusal.
	const fieldId = mine.requests[0]!.fieldId;
	const resend = await context.request.post(`${server.url}/m/${id}/me?/speak`, { form: { commandId, fieldId, statement: 'Đèn đường ngõ 5 hỏng đã lâu', agencyId: '' }, headers: asABrowser() });
	expect(resend.status()).toBe(200);
	expect(await resend.text()).not.toContain('đã có tên trong danh sách chờ');
	expect((await serverQueue(id, an.id)).requests).toHaveLength(1);

	// Withdraw: one step more to confirm (no confirm() dialog without JavaScript).
	await page.getByTestId('withdraw').click();
	await expect(page.getByTestId('withdraw-confirm')).toContainText('Rút đăng ký phát biểu?');
	await shot(page, 'oldphones-04-withdraw-confirm-no-js');
	await page.getByTestId('withdraw-confirm').getByRole('button', { name: 'Rút đăng ký' }).click();
	await expect(page.getByTestId('speak-said')).toHaveText('Đã rút đăng ký phát biểu.');
	await expect(page.getByTestId('ask-to-speak')).toBeVisible();
	mine = await serverQueue(id, an.id);
	expect(mine.requests.map((r) => r.status)).toEqual(['withdrawn']);

	// A written opinion, sent first without a field: the reason next to the field, what was typed kept.
	await page.getByTestId('write-opinion').click();
	await expect(page).toHaveURL(/open=written/);
	const written = page.getByTestId('written');
	await written.getByLabel('Ý kiến, kiến nghị của Ông/Bà').fill('Trạm y tế phường thiếu thuốc huyết áp.');
	const unchecked = await context.request.post(`${server.url}/m/${id}/me?/written`, {
		form: { commandId: crypto.randomUUID(), fieldId: '', content: 'Trạm y tế phường thiếu thuốc huyết áp.', agencyId: '' },
		headers: asABrowser()
	});
	expect(unchecked.status()).toBe(400);
	// What the reader sees: the page's text, not its markup or the data for the scripts.
	const refusal = (await unchecked.text()).split('<script')[0]!.replace(/<[^>]+>/g, ' ');
	expect(refusal).toContain('Xin chọn lĩnh vực.');
	expect(refusal).toContain('Trạm y tế phường thiếu thuốc huyết áp.');
	expect(refusal).not.toContain('fieldId');
	await written.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế' });
	await written.getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(page.getByTestId('written-sent')).toHaveText('Đã gửi ý kiến. Tổ thư ký đã nhận. Xin cảm ơn Ông/Bà.');
	await shot(page, 'oldphones-05-written-sent-no-js');
	mine = await serverQueue(id, an.id);
	expect(mine.written.map((o) => [o.via, o.content])).toEqual([['phone', 'Trạm y tế phường thiếu thuốc huyết áp.']]);
	await context.close();
});

test('without JavaScript a walk-in writes a unit that is not on the list ("Khác")', async ({ browser, request }) => {
	const { id } = await meetingWithTwo(request);
	const context = await browser.newContext(oldPhone);
	const page = await context.newPage();
	await page.goto(`${server.url}/m/${id}/join`);
	await page.getByLabel('Ông', { exact: true }).check();
	await page.getByLabel('Họ và tên').fill('Hoàng Văn Em');
	await page.getByLabel('Tổ dân phố / thôn / cơ quan').selectOption({ label: 'Khác (ghi rõ)' });
	await page.getByLabel('Hoặc ghi đơn vị khác').fill('Thôn Mới');
	await shot(page, 'oldphones-06-join-other-no-js');
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`));
	await expect(page.getByTestId('checked-in')).toHaveText(/Đã điểm danh lúc \d\d:\d\d/);
	const state = await serverAttendance(id);
	const em = state.delegates.find((d) => d.fullName === 'Hoàng Văn Em')!;
	expect(em.unit).toBe('Thôn Mới');
	expect(state.attendance[em.id]).toBeTruthy();
	await context.close();
});

test('JavaScript arriving late keeps the unit written before it ran', async ({ browser, request }) => {
	const { id } = await meetingWithTwo(request);
	const context = await browser.newContext({ ...oldPhone, javaScriptEnabled: true });
	const page = await context.newPage();
	// The hall Wi-Fi: the page is there, its script is not yet.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => (await held, route.continue()));
	await page.goto(`${server.url}/m/${id}/join`, { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Hoặc ghi đơn vị khác').fill('Thôn Mới');
	release();
	await expect(page.getByLabel('Ghi rõ tổ dân phố, thôn hoặc cơ quan')).toHaveValue('Thôn Mới');
	await expect(page.getByLabel('Tổ dân phố / thôn / cơ quan')).toHaveValue('__other__');
	await page.getByLabel('Ông', { exact: true }).check();
	await page.getByLabel('Họ và tên').fill('Hoàng Văn Em');
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page).toHaveURL(new RegExp(`/m/${id}/me$`));
	const state = await serverAttendance(id);
	expect(state.delegates.find((d) => d.fullName === 'Hoàng Văn Em')?.unit).toBe('Thôn Mới');
	await context.close();
});

test('with JavaScript the phone registers, withdraws and writes live, over the socket', async ({ browser, request }) => {
	const { id, an, binh } = await meetingWithTwo(request);
	await someoneAhead(id, binh.id);
	const context = await browser.newContext({ ...oldPhone, javaScriptEnabled: true });
	const page = await context.newPage();
	await page.goto(`${server.url}/i/${an.token}`);
	await page.waitForLoadState('networkidle');
	const url = page.url();
	await expect(page.getByTestId('refresh')).toHaveCount(0); // live: nothing to refresh
	await page.getByRole('button', { name: 'Điểm danh' }).click();
	await expect(page.getByTestId('checked-in')).toBeVisible();
	await page.getByTestId('ask-to-speak').click();
	await page.getByLabel('Lĩnh vực').selectOption({ label: 'Giao thông' });
	await page.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Đèn đường ngõ 5 hỏng đã lâu');
	await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await expect(page.getByTestId('speak-said')).toHaveText('Đã đăng ký phát biểu. Ông/Bà đang ở vị trí số 2 trong danh sách đăng ký phát biểu.');
	expect((await serverQueue(id, an.id)).requests.map((r) => r.status)).toEqual(['waiting']);
	page.once('dialog', (d) => d.accept());
	await page.getByTestId('withdraw').click();
	await expect(page.getByTestId('speak-said')).toHaveText('Đã rút đăng ký phát biểu.');
	expect((await serverQueue(id, an.id)).requests.map((r) => r.status)).toEqual(['withdrawn']);
	await page.getByTestId('write-opinion').click();
	await page.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế' });
	await page.getByLabel('Ý kiến, kiến nghị của Ông/Bà').fill('Trạm y tế phường thiếu thuốc huyết áp.');
	await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(page.getByTestId('written-sent')).toHaveText('Đã gửi ý kiến. Tổ thư ký đã nhận. Xin cảm ơn Ông/Bà.');
	expect((await serverQueue(id, an.id)).written).toHaveLength(1);
	expect(page.url()).toBe(url); // no page load: the live page stays
	await shot(page, 'oldphones-07-live-js');
	await context.close();
});

test('at 200 % text size on a 360 px phone the delegate and join pages do not scroll sideways', async ({ browser, request }) => {
	const { id, an } = await meetingWithTwo(request);
	for (const [name, path] of [
		['me', `/i/${an.token}`],
		['join', `/m/${id}/join`]
	] as const) {
		const context = await browser.newContext({ ...oldPhone, javaScriptEnabled: true });
		const page = await context.newPage();
		await page.goto(`${server.url}${path}`);
		// The phone's "large text" setting: the root size doubled, everything in rem/em follows.
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await shot(page, `oldphones-200-${name}`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, name).toBeLessThanOrEqual(0);
		await context.close();
	}
});
