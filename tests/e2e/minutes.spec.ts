import { expect, test, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { openAs, runningMeeting, tablet } from './minutes-fixtures';
import { ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const phoneDevice = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });

/** The server's copy of the minutes, read over the admin's socket. */
async function serverMinutes(id: string) {
	const admin = await adminSocket(server.url, id);
	admin.close();
	return admin.snapshot.state.minutes;
}

test('two secretaries record and tag opinions; the chair changes a tag from the tablet', async ({ browser, request }) => {
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const a = await openAs(browser, server.url, `/m/${id}/secretary`);
	const b = await openAs(browser, server.url, `/m/${id}/secretary`);
	await a.getByLabel('Tên của bạn').fill('Lan');
	await a.getByLabel('Tên của bạn').press('Tab');

	// A types in the empty box: the opinion is created and the cursor stays in its text.
	await a.keyboard.press('Alt+N');
	await a.keyboard.type('Đường ngõ 12 bị ngập khi mưa, đề nghị sửa');
	const first = a.locator('article.opinion').first();
	await expect(first.getByTestId('save-state')).toHaveText('Đã lưu');
	await expect(b.locator('article.opinion').first().getByLabel('Nội dung ý kiến')).toHaveValue('Đường ngõ 12 bị ngập khi mưa, đề nghị sửa', { timeout: 1000 });

	// Alt+2: assigned to an agency; the agency picked by typing its short name; the default deadline shown with its weekday.
	await a.keyboard.press('Alt+2');
	await expect(a.locator('input[name=leadAgency]')).toBeFocused();
	await a.keyboard.type('kthtdt');
	await expect(first.getByTestId('lead-agency')).toHaveText('Phòng Kinh tế, Hạ tầng và Đô thị');
	await expect(first.getByTestId('deadline')).toContainText('thứ Hai, 17/08/2026');
	await a.keyboard.press('Enter');
	await expect(first.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', 'assigned');
	await expect(b.locator('[data-list-opinion] .out').first()).toHaveText('Giao cơ quan xem xét, trả lời sau', { timeout: 1000 });

	// A second opinion answered in the room: Alt+R adds an answer (the chair by default), Alt+1 tags it.
	await a.keyboard.press('Alt+N');
	await a.keyboard.type('Đề nghị lắp đèn chiếu sáng đường Trần Phú');
	const second = a.locator('article.opinion').nth(1);
	await a.keyboard.press('Alt+R');
	await expect(second.locator('[data-answer] textarea')).toBeFocused();
	await a.keyboard.type('Trong quý III phường sẽ lắp 12 bóng đèn.');
	await a.keyboard.press('Alt+1');
	await expect(second.locator('.outcome')).toHaveAttribute('data-outcome', 'answered');

	// A third taken on (tiếp thu); B takes up a collected opinion at the same time.
	await a.keyboard.press('Alt+N');
	await a.keyboard.type('Nên tổ chức đối thoại riêng với thanh niên');
	await a.keyboard.press('Alt+4');
	await a.keyboard.press('Enter');
	await expect(a.locator('article.opinion').nth(2).locator('.outcome')).toHaveAttribute('data-outcome', 'accepted');
	await b.locator('[data-collected]').filter({ hasText: 'Rác thải' }).getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(a.getByTestId('opinion-count')).toHaveText('4 ý kiến', { timeout: 1000 });
	await shot(a, 'minutes-01-secretary');

	// The chair's tablet changes the first opinion's tag; both laptops see it within a second.
	const chairPage = await openAs(browser, server.url, `/m/${id}/chair`, tablet);
	const onTablet = chairPage.locator('[data-chair-opinion]').filter({ hasText: 'Đường ngõ 12' });
	await expect(onTablet.getByTestId('chair-outcome')).toHaveText('Giao cơ quan xem xét, trả lời sau');
	await onTablet.locator('[data-tag=reported]').click();
	await onTablet.getByLabel('Cấp tỉnh, thành phố').check();
	await onTablet.getByRole('button', { name: 'Lưu phân loại' }).click();
	await expect(onTablet.getByTestId('chair-outcome')).toHaveText('Ghi nhận, báo cáo cấp trên');
	for (const page of [a, b]) {
		await expect(page.locator('[data-list-opinion] .out').first()).toHaveText('Ghi nhận, báo cáo cấp trên', { timeout: 1000 });
	}
	await chairPage.screenshot({ path: 'test-results/screens/minutes-02-chair.png', fullPage: true });

	const minutes = await serverMinutes(id);
	expect(minutes.opinions.map((o) => o.outcome?.kind ?? null)).toEqual(['reported', 'answered', 'accepted', null]);
	expect(minutes.opinions[1].answers[0].summary.text).toBe('Trong quý III phường sẽ lắp 12 bóng đèn.');
	expect(minutes.opinions[3]).toMatchObject({ origin: { kind: 'collected' }, field: 'Môi trường' });
});

test('the chair runs a turn, an agency answer and a follow-up from the tablet; a written opinion from a phone; each delegate sees on the phone how it was recorded and its outcome', async ({ browser, request }) => {
	test.setTimeout(120_000);
	const { id, chair: chairSocket } = await runningMeeting(request, server.url);
	chairSocket.close();
	const admin = await adminSocket(server.url, id);
	admin.close();
	const delegate = (name: string) => admin.snapshot.state.delegates.find((d) => d.fullName === name)!;
	// Checked in at the desk, so their phones can ask to speak and write.
	const desk = await adminSocket(server.url, id, 'desk');
	for (const name of ['Trần Thị Bình', 'Nguyễn Văn An']) await mustSend(desk, 'checkin.desk', { delegateId: delegate(name).id });
	desk.close();
	const phone = async (name: string) => {
		const page = await (await browser.newContext(phoneDevice)).newPage();
		await page.goto(`${server.url}/i/${delegate(name).token}`);
		await expect(page.getByTestId('checked-in')).toBeVisible();
		return page;
	};

	const binh = await phone('Trần Thị Bình');
	await binh.getByTestId('ask-to-speak').click();
	await binh.getByLabel('Lĩnh vực').selectOption({ label: 'Giao thông' });
	await binh.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Đường tổ 7 ngập khi mưa lớn');
	await binh.getByRole('button', { name: 'Gửi đăng ký' }).click();
	await expect(binh.getByTestId('my-position')).toHaveText('1');

	const a = await openAs(browser, server.url, `/m/${id}/secretary`);
	const b = await openAs(browser, server.url, `/m/${id}/secretary`);
	const chair = await openAs(browser, server.url, `/m/${id}/chair`, tablet);
	const turnOn = (page: Page) => page.locator('[data-group-button]').filter({ hasText: 'Bà Trần Thị Bình' });

	// 1. The chair gives her the floor: both timelines show her turn, live, at once; A's cursor is ready in it.
	await chair.getByTestId('give-next').click();
	for (const page of [a, b]) await expect(turnOn(page)).toContainText('đang phát biểu', { timeout: 1000 });
	await expect(a.getByTestId('new-opinion')).toBeFocused();
	await a.keyboard.type('Đường tổ 7 ngập sâu khi mưa lớn, đề nghị nạo vét cống');
	const opinion = a.locator('article.opinion').first();
	// The person structured (B2): the salutation apart from the name.
	await expect(opinion.locator('select[name=salutation]')).toHaveValue('Bà');
	await expect(opinion.locator('input[name=raisedBy]')).toHaveValue('Trần Thị Bình');

	// 2. The agency answers (the tablet's default: the first agency); the turn shows it; A's new answer is from that agency.
	await chair.getByTestId('answer').click();
	for (const page of [a, b]) await expect(turnOn(page)).toContainText('Trả lời', { timeout: 1000 });
	await a.keyboard.press('Alt+R');
	await expect(opinion.locator('[data-answer] select')).toHaveValue(/^agency:/);
	await a.keyboard.type('Tháng 8 phường nạo vét toàn bộ cống tổ 7.');
	await a.keyboard.press('Alt+1');
	await expect(opinion.locator('.outcome')).toHaveAttribute('data-outcome', 'answered');

	// 3. She follows up; then the chair ends the turn: no longer live on either laptop.
	await chair.getByTestId('follow-up').click();
	for (const page of [a, b]) await expect(turnOn(page)).toContainText('· Trả lời · Phát biểu lại', { timeout: 1000 });
	await shot(a, 'minutes-06-secretary-turns');
	await chair.getByTestId('end-turn').click();
	for (const page of [a, b]) await expect(turnOn(page)).not.toContainText('đang phát biểu', { timeout: 1000 });
	await expect(b.getByTestId('sync')).toHaveAttribute('data-pending', '0');

	// Her phone: what the secretary wrote, the answer, the outcome.
	const mineOnBinh = binh.locator('[data-my-opinion]');
	await expect(mineOnBinh).toContainText('Đường tổ 7 ngập sâu khi mưa lớn, đề nghị nạo vét cống');
	await expect(mineOnBinh).toContainText('Tháng 8 phường nạo vét toàn bộ cống tổ 7.');
	await expect(mineOnBinh.getByTestId('my-outcome')).toContainText('Trả lời tại hội nghị');
	await mineOnBinh.scrollIntoViewIfNeeded();
	await shot(binh, 'minutes-07-phone-recorded');

	// A written opinion from another phone reaches both secretaries; B takes it up and assigns it.
	const an = await phone('Nguyễn Văn An');
	await an.getByTestId('write-opinion').click();
	await an.getByLabel('Lĩnh vực').selectOption({ label: 'An sinh xã hội, chính sách' });
	await an.getByLabel('Ý kiến, kiến nghị của Ông/Bà').fill('Nhà văn hóa tổ 3 xuống cấp, đề nghị sửa mái');
	await an.getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(an.getByTestId('written-sent')).toBeVisible();
	for (const page of [a, b]) await expect(page.locator('.timeline')).toContainText('Ông Nguyễn Văn An: Nhà văn hóa tổ 3 xuống cấp', { timeout: 1000 });
	await b.getByRole('button', { name: 'Ghi vào biên bản' }).click();
	const writtenRow = (page: Page) => page.locator('[data-list-opinion]').filter({ hasText: 'Nhà văn hóa tổ 3' });
	await expect(writtenRow(a)).toContainText('Ông Nguyễn Văn An', { timeout: 1000 });
	await writtenRow(b).click();
	await b.keyboard.press('Alt+2');
	await b.keyboard.type('vhxh');
	await b.keyboard.press('Enter');
	await expect(writtenRow(a).locator('.out')).toHaveText('Giao cơ quan xem xét, trả lời sau', { timeout: 1000 });
	const mineOnAn = an.locator('[data-my-opinion]');
	await expect(mineOnAn.getByTestId('my-outcome')).toContainText('Giao cơ quan xem xét, trả lời sau');
	await expect(mineOnAn).toContainText('Giao Phòng Văn hóa - Xã hội trả lời bằng văn bản trước ngày thứ Hai, 17/08/2026.');
	await mineOnAn.scrollIntoViewIfNeeded();
	await shot(an, 'minutes-08-phone-assigned');

	const minutes = await serverMinutes(id);
	expect(minutes.opinions.map((o: { origin: { kind: string }; outcome: { kind: string } | null }) => [o.origin.kind, o.outcome?.kind ?? null])).toEqual([
		['turn', 'answered'],
		['written', 'assigned']
	]);
});

/** Cuts this laptop's network and waits until the screen knows: Chrome's emulated offline leaves an open WebSocket working, the screen closes it on the browser's 'offline' event. */
async function goOffline(page: Page) {
	await page.context().setOffline(true);
	await page.waitForFunction(() => document.querySelector('[data-connected=false]') !== null);
}

const opinionTexts = async (id: string) => (await serverMinutes(id)).opinions.map((o: { content: { text: string } }) => o.content.text);

test('offline: 500 characters typed, a reload while still offline, the network back: the server has every character once', async ({ browser, request }) => {
	// 500 keys through the DevTools protocol take 20–40 s on a busy 2-core machine.
	test.setTimeout(120_000);
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const page = await openAs(browser, server.url, `/m/${id}/secretary`);
	const text = Array.from({ length: 500 }, (_, i) => 'Nội dung dài '[i % 13]).join('');
	expect(text).toHaveLength(500);

	await goOffline(page);
	await page.keyboard.press('Alt+N');
	await page.keyboard.type(text.slice(0, 250));
	await page.keyboard.type(text.slice(250));
	const opinion = page.locator('article.opinion').first();
	await expect(opinion.getByTestId('save-state')).toHaveText('Chưa gửi được — đã giữ trên máy này');
	// The offline banner takes its own line: the header's save badge stays visible below it.
	const banner = await page.getByTestId('connection-lost').boundingBox();
	const badge = await page.getByTestId('sync').boundingBox();
	expect(banner!.y + banner!.height).toBeLessThanOrEqual(badge!.y);
	// The opening time is written once (on the first programme item, "Khai mạc").
	await expect(page.locator('.timeline').getByText(/^Khai mạc/)).toHaveCount(1);
	await shot(page, 'minutes-03-offline');
	expect((await serverMinutes(id)).opinions).toHaveLength(0);
	// Typed offline, the new opinion is one command on this laptop, rewritten at every keystroke.
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dt-outbox:')).length)).toBe(1);

	// The laptop reloads while still offline: the browser shows its own error page; the typing is kept on this laptop.
	await page.reload().catch(() => undefined);
	await page.context().setOffline(false);
	await page.goto(`${server.url}/m/${id}/secretary`);
	await expect(page.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	await expect(page.locator('article.opinion').first().getByLabel('Nội dung ý kiến')).toHaveValue(text);
	expect(await opinionTexts(id)).toEqual([text]);
});

test('the laptop dies right after typing offline (no page-leaving event): reopened, every character reaches the server', async ({ browser, request }) => {
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const page = await openAs(browser, server.url, `/m/${id}/secretary`);
	const cdp = await page.context().newCDPSession(page);
	await goOffline(page);
	await page.keyboard.press('Alt+N');
	await page.keyboard.type('Ngõ 12 ngập sâu 40 cm');
	// No pause for an autosave and no 'pagehide': the renderer dies at once, as with a dead battery.
	void cdp.send('Page.crash').catch(() => undefined);
	await page.waitForEvent('crash');
	await page.close();
	await page.context().setOffline(false);
	const again = await page.context().newPage();
	await again.goto(`${server.url}/m/${id}/secretary`);
	await expect(again.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	await expect(again.locator('article.opinion').first().getByLabel('Nội dung ý kiến')).toHaveValue('Ngõ 12 ngập sâu 40 cm');
	expect(await opinionTexts(id)).toEqual(['Ngõ 12 ngập sâu 40 cm']);
});

test('two secretaries change the same text: the second save is a conflict, both versions shown, neither lost', async ({ browser, request }) => {
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const a = await openAs(browser, server.url, `/m/${id}/secretary`);
	await a.keyboard.press('Alt+N');
	await a.keyboard.type('Ngõ 12 ngập');
	await expect(a.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	const b = await openAs(browser, server.url, `/m/${id}/secretary`);
	const boxA = a.locator('article.opinion').first().getByLabel('Nội dung ý kiến');
	const boxB = b.locator('article.opinion').first().getByLabel('Nội dung ý kiến');
	await expect(boxB).toHaveValue('Ngõ 12 ngập');

	// A's Wi-Fi drops while A edits; B edits the same text and saves.
	await a.context().setOffline(true);
	await boxA.fill('Ngõ 12 ngập sâu 40 cm khi mưa (bản của A)');
	await boxB.fill('Ngõ 12 tổ 5 ngập (bản của B)');
	await boxB.blur();
	await expect(b.getByTestId('sync')).toHaveAttribute('data-pending', '0');
	await boxA.blur();
	await a.context().setOffline(false);

	const conflict = a.getByTestId('conflict');
	await expect(conflict).toBeVisible();
	await expect(conflict.getByTestId('theirs')).toHaveText('Ngõ 12 tổ 5 ngập (bản của B)');
	await expect(conflict.getByTestId('mine')).toHaveText('Ngõ 12 ngập sâu 40 cm khi mưa (bản của A)');
	await expect(a.locator('article.opinion').first().getByTestId('save-state')).toHaveText('Có hai bản — cần ghép');
	await shot(a, 'minutes-04-conflict');
	await conflict.getByTestId('merge').fill('Ngõ 12 tổ 5 ngập sâu 40 cm khi mưa');
	await conflict.getByRole('button', { name: 'Lưu bản đã ghép' }).click();
	await expect(conflict).toBeHidden();
	await expect(boxB).toHaveValue('Ngõ 12 tổ 5 ngập sâu 40 cm khi mưa', { timeout: 1000 });
	expect((await serverMinutes(id)).opinions[0].content).toEqual({ text: 'Ngõ 12 tổ 5 ngập sâu 40 cm khi mưa', version: 4 });
});

test('a paper slip handed to the secretaries: registered from the secretary screen, in the queue and on the server', async ({ browser, request }) => {
	const { id, chair } = await runningMeeting(request, server.url);
	chair.close();
	const page = await openAs(browser, server.url, `/m/${id}/secretary`);
	await page.getByTestId('open-slip-form').click();
	const slip = page.getByTestId('slip-form');
	await slip.getByLabel('Số phiếu', { exact: true }).fill('7');
	await slip.getByLabel('Họ và tên').fill('Đinh Văn Khoa');
	await slip.getByLabel('Thôn, tổ dân phố, đơn vị').fill('Tổ dân phố 9');
	await slip.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
	await slip.getByLabel('Nội dung Ông/Bà muốn nêu').fill('Cấp giấy chứng nhận quyền sử dụng đất chậm');
	await slip.getByRole('button', { name: 'Ghi nhận phiếu' }).click();
	await expect(slip.getByText('Đã ghi nhận phiếu.')).toBeVisible();
	const admin = await adminSocket(server.url, id);
	admin.close();
	const requests = admin.snapshot.state.queue.requests;
	expect(requests.map((r) => [r.via, r.slipNumber, r.who.name, r.statement])).toEqual([['slip', '7', 'Đinh Văn Khoa', 'Cấp giấy chứng nhận quyền sử dụng đất chậm']]);
	await shot(page, 'minutes-05-secretary-slip');
	await page.context().close();
});
