/**
 * The queue's side of the plan (issue 9): the clerk edits the fields of opinions and the
 * speaking rules, and they survive a reload; a field someone chose cannot be removed, with the
 * reason next to Save. On the day: while the programme is on the report answering the opinions
 * collected beforehand, the chair's tablet lists them with their prepared answers; then the
 * chair answers a citizen directly in one tap.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/queue-plan-${name}.png` });

async function adminPage(browser: Browser, viewport: { width: number; height: number }, hasTouch = false) {
	const context = await browser.newContext({ viewport, hasTouch });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	return context.newPage();
}

const LONG_ANSWER =
	'Tuyến đường đã được đưa vào kế hoạch đầu tư công năm 2027, UBND phường đã giao Phòng Kinh tế, Hạ tầng và Đô thị lập hồ sơ, dự kiến khởi công quý II năm 2027.';

test('the clerk edits fields and speaking rules; the chair follows the collected opinions, then answers directly', async ({ browser, request }) => {
	test.setTimeout(120_000);
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-12-20', startTime: '14:00', place: 'Hội trường UBND phường Bạch Đằng', bannerLines: [] },
			plan: { chairs: [{ name: 'Ngô Thị Lan', title: 'Bí thư Đảng ủy phường' }] },
			agenda: [
				{ title: 'Khai mạc', plannedMinutes: 10 },
				{ title: 'Báo cáo trả lời ý kiến, kiến nghị của cử tri thu thập trước hội nghị đối thoại với Nhân dân', plannedMinutes: 20, type: 'answers' },
				{ title: 'Đối thoại với Nhân dân', plannedMinutes: 90, type: 'dialogue' }
			],
			agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT', head: 'Đỗ Văn Hùng' }],
			categories: [
				{ name: 'Đại biểu phường', expected: 5 },
				{ name: 'Đại biểu Nhân dân', expected: 30 },
				{ name: 'Người có uy tín', expected: 5 }
			],
			collectedOpinions: [
				...Array.from({ length: 6 }, (_, i) => ({
					raisedBy: `Ông Nguyễn Văn ${String.fromCharCode(65 + i)}`,
					unit: `Tổ dân phố ${i + 1}`,
					field: 'Giao thông',
					content: `Đường ngõ ${i + 10} xuống cấp, mùa mưa ngập sâu, đề nghị phường sớm đầu tư sửa chữa.`,
					agency: 'KT-HT-ĐT',
					preparedAnswer: LONG_ANSWER
				})),
				{ raisedBy: 'Bà Trần Thị Bình', unit: 'Tổ dân phố 7', field: 'Đất đai', content: 'Cấp giấy chứng nhận quyền sử dụng đất chậm.', agency: 'KT-HT-ĐT', plannedHandling: 'answer_later' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();

	// --- the plan: speaking rules and the fields
	const admin = await adminPage(browser, { width: 1280, height: 900 });
	await gotoReady(admin, `${server.url}/m/${id}/plan`);
	await expect(admin.locator('section.plan[data-connected=true]')).toBeVisible();
	const speaking = admin.getByTestId('plan-speaking');
	await speaking.getByLabel('Thời gian mỗi lượt phát biểu (phút)').fill('4');
	// A time out of range is named under its field, and nothing is sent.
	await speaking.getByLabel('Thời gian mỗi lượt trả lời (phút)').fill('0');
	await speaking.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(speaking.getByTestId('field-error')).toHaveCount(1);
	await expect(speaking.getByRole('status')).toHaveCount(0);
	await speaking.getByLabel('Thời gian mỗi lượt trả lời (phút)').fill('2');
	await speaking.getByLabel('Thời gian trao đổi thêm (phút)').fill('1');
	await speaking.getByLabel('Số đăng ký chờ tối đa của mỗi người').fill('2');
	await speaking.getByLabel(/Tự động dừng nhận đăng ký/).uncheck();
	// Choosing by hand starts from the automatic choice: "Nhân dân" and "uy tín"; the clerk drops "uy tín".
	await speaking.getByLabel(/Tự động: người đến tự do/).uncheck();
	const citizens = speaking.getByTestId('citizen-categories');
	await expect(citizens.getByLabel('Đại biểu Nhân dân')).toBeChecked();
	await expect(citizens.getByLabel('Người có uy tín')).toBeChecked();
	await expect(citizens.getByLabel('Đại biểu phường')).not.toBeChecked();
	await citizens.getByLabel('Người có uy tín').uncheck();
	await speaking.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(speaking.getByRole('status')).toHaveText('Đã lưu.');
	// The settings section above is not touched by this save.
	await expect(admin.getByTestId('plan-settings').getByTestId('section-unsaved')).toHaveCount(0);

	const fields = admin.getByTestId('plan-fields');
	const fieldRows = fields.locator('.rows-row');
	await expect(fieldRows).toHaveCount(11);
	await expect(fieldRows.last().getByLabel('Lĩnh vực')).toHaveValue('Khác');
	await fieldRows.last().getByLabel('Lĩnh vực').fill('Khác (ghi rõ)');
	await fields.getByRole('button', { name: 'Xóa 9', exact: true }).click(); // Nông nghiệp
	await fields.getByRole('button', { name: /^\+ Thêm/ }).click();
	await fieldRows.last().getByLabel('Lĩnh vực').fill('Văn hóa, thể thao');
	await fields.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(fields.getByRole('status')).toHaveText('Đã lưu.');
	await speaking.screenshot({ path: 'test-results/screens/queue-plan-speaking.png' });
	await fields.screenshot({ path: 'test-results/screens/queue-plan-fields.png' });

	await admin.reload();
	await expect(admin.locator('section.plan[data-connected=true]')).toBeVisible();
	await expect(speaking.getByLabel('Thời gian mỗi lượt phát biểu (phút)')).toHaveValue('4');
	await expect(speaking.getByLabel('Thời gian mỗi lượt trả lời (phút)')).toHaveValue('2');
	await expect(speaking.getByLabel('Thời gian trao đổi thêm (phút)')).toHaveValue('1');
	await expect(speaking.getByLabel('Số đăng ký chờ tối đa của mỗi người')).toHaveValue('2');
	await expect(speaking.getByLabel(/Tự động dừng nhận đăng ký/)).not.toBeChecked();
	await expect(citizens.getByLabel('Đại biểu Nhân dân')).toBeChecked();
	await expect(citizens.getByLabel('Người có uy tín')).not.toBeChecked();
	expect(await fieldRows.getByLabel('Lĩnh vực').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
		'Đất đai',
		'Xây dựng',
		'Giao thông',
		'Môi trường',
		'An ninh trật tự',
		'An sinh xã hội, chính sách',
		'Y tế',
		'Giáo dục',
		'Cán bộ, thủ tục hành chính',
		'Khác (ghi rõ)',
		'Văn hóa, thể thao'
	]);

	// --- the meeting runs; the desk registers a paper slip on "Giao thông"
	const chairSocket = await adminSocket(server.url, id, 'chair');
	await mustSend(chairSocket, 'meeting.start', {});
	const desk = await adminSocket(server.url, id, 'desk');
	const giaoThong = desk.snapshot.state.fields.find((f) => f.name === 'Giao thông')!.id;
	await mustSend(desk, 'request.submit', {
		fieldId: giaoThong,
		statement: 'Đường ngõ 12 ngập khi mưa lớn',
		who: { kind: 'person', salutation: 'Ông', name: 'Đinh Văn Khoa', unit: 'Tổ dân phố 9' },
		via: 'slip',
		slipNumber: '5'
	});
	desk.close();

	// Removing that field now is refused, the reason next to Save, and the list is left as typed.
	await fields.getByRole('button', { name: 'Xóa 3', exact: true }).click();
	await fields.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(fields.getByRole('alert')).toHaveText('Lĩnh vực "Giao thông" đã có người đăng ký phát biểu hoặc gửi ý kiến, không thể xóa.');
	await expect(fieldRows).toHaveCount(10);
	await fields.getByRole('button', { name: 'Bỏ thay đổi' }).click();
	await expect(fieldRows).toHaveCount(11);

	// --- the chair's tablet on the report answering the collected opinions
	const chair = await adminPage(browser, { width: 1024, height: 768 }, true);
	await gotoReady(chair, `${server.url}/m/${id}/chair`);
	await chair.getByTestId('next-item').click();
	await expect(chair.getByTestId('current-item')).toHaveText('Báo cáo trả lời ý kiến, kiến nghị của cử tri thu thập trước hội nghị đối thoại với Nhân dân');
	// The long title wraps (three lines at most) instead of being cut: nothing of it is hidden at 1024.
	const title = chair.getByTestId('programme').locator('.title');
	expect(await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth)).toBe(true);
	const collected = chair.getByTestId('collected');
	await expect(collected.getByTestId('collected-opinion')).toHaveCount(7);
	await expect(collected.getByTestId('collected-opinion').first()).toContainText('Ông Nguyễn Văn A · Tổ dân phố 1');
	await expect(collected.getByTestId('collected-answer').first()).toContainText(`Trả lời (KT-HT-ĐT): ${LONG_ANSWER}`);
	await expect(collected.getByTestId('collected-opinion').last()).toContainText('Chưa có nội dung trả lời');
	await expect(collected).toContainText('Kiểm tra, làm rõ, trả lời sau (1)');
	const answerSize = await collected.getByTestId('collected-answer').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(answerSize).toBeGreaterThanOrEqual(17);
	const noPageScroll = () => chair.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
	expect(await noPageScroll()).toBe(true);
	await shot(chair, 'chair-collected-1024');

	// The chair reads down the list; an office edit arriving meanwhile does not move it.
	const list = collected.locator('.scroll');
	await list.evaluate((el) => (el.scrollTop = 400));
	const before = await list.evaluate((el) => el.scrollTop);
	expect(before).toBeGreaterThan(300);
	const office = await adminSocket(server.url, id);
	const last = office.snapshot.state.collectedOpinions.at(-1)!;
	await mustSend(office, 'opinion.updateCollected', { id: last.id, preparedAnswer: 'Phường sẽ trả lời bằng văn bản trong 15 ngày làm việc.' });
	await expect(collected.getByTestId('collected-answer')).toHaveCount(7);
	expect(await list.evaluate((el) => el.scrollTop)).toBe(before);
	office.close();

	// The queue is one tap away, and back.
	await chair.getByTestId('show-queue').click();
	await expect(chair.getByTestId('queue-name')).toHaveText(['Ông Đinh Văn Khoa']);
	await chair.getByTestId('show-collected').click();
	await expect(collected).toBeVisible();
	await chair.setViewportSize({ width: 1280, height: 800 });
	expect(await noPageScroll()).toBe(true);
	await shot(chair, 'chair-collected-1280');

	// --- the dialogue: the list is gone, the queue is back; the chair answers the citizen in one tap
	await chair.getByTestId('next-item').click();
	await expect(chair.getByTestId('current-item')).toHaveText('Đối thoại với Nhân dân');
	await expect(collected).toHaveCount(0);
	const projector = await adminPage(browser, { width: 1920, height: 1080 });
	await gotoReady(projector, `${server.url}/m/${id}/projector`);
	await chair.getByTestId('give-next').click();
	// The projector has just opened (its socket may still be connecting): "within a second" is queue.spec's check.
	await expect(projector.getByTestId('projector-speaker')).toHaveText('Ông Đinh Văn Khoa', { timeout: 10_000 });
	// The plan's speaking time (4 minutes) runs.
	await expect(chair.getByTestId('turn-timer')).toHaveText(/^[34]:\d\d$/);
	await chair.getByRole('button', { name: 'Chủ trì trả lời: Ngô Thị Lan' }).click();
	await expect(projector.getByTestId('projector-speaker')).toHaveText('Ngô Thị Lan', { timeout: 3000 });
	await expect(projector.getByTestId('speaker-stage')).toContainText('Trả lời ý kiến của Ông Đinh Văn Khoa');
	// The plan's answer time (2 minutes).
	await expect(chair.getByTestId('turn-timer')).toHaveText(/^[12]:\d\d$/);
	await expect(chair.getByTestId('floor-name')).toHaveText('Ngô Thị Lan');
	// The undo names the answer the chair just gave, not "mời phát biểu".
	await expect(chair.getByTestId('undo')).toHaveText('↶ Hoàn tác: mời trả lời');
	// Who has spoken, with their turns and total time.
	await expect(chair.getByTestId('past-totals')).toHaveText(/^· Đã nói 1 lượt, tổng 0:\d\d$/);
	await shot(chair, 'chair-answer-1280');
	await chair.setViewportSize({ width: 1024, height: 768 });
	expect(await noPageScroll()).toBe(true);
	await shot(chair, 'chair-answer-1024');
	chairSocket.close();
});
