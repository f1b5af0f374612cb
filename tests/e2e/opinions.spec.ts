import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demoCommandId, demoPlanDocument } from '../../src/lib/server/demo';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { readDocx } from '../docx/read-docx';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
const meetingCount = async (request: APIRequestContext) =>
	((await (await request.get(`${server.url}/api/meetings`, { headers: auth })).json()) as { meetings: unknown[] }).meetings.length;

test('first run: the demo meeting, its collected opinions and the printed summary', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	// An empty data dir: the server's start-up output and the admin page both offer the demo.
	expect(server.output).toContain('npm run demo');
	await gotoReady(page, `${server.url}/admin/${ADMIN_TOKEN}`);
	await shot(page, '30-first-run');
	await page.getByRole('button', { name: 'Tạo một hội nghị mẫu để xem thử' }).click();
	await expect(page).toHaveURL(/\/m\/[a-z0-9]+$/);
	const meetingId = new URL(page.url()).pathname.split('/')[2];

	// --- the list of collected opinions
	await gotoReady(page, `${server.url}/m/${meetingId}/plan/opinions`);
	const cards = page.getByTestId('opinion');
	await expect(cards).toHaveCount(10);
	await expect(page.getByTestId('opinion-count')).toHaveText('10 / 10 ý kiến');
	await page.waitForFunction(() => document.querySelector('[data-testid=connection-lost]') === null);
	await shot(page, '31-opinions-list');

	// Add one.
	await page.getByRole('button', { name: '+ Thêm ý kiến' }).click();
	const form = page.getByTestId('opinion-form');
	await form.getByLabel('Người, tổ chức nêu ý kiến').fill('Ông Trịnh Văn Lộc');
	await form.getByLabel('Đơn vị (tổ dân phố, thôn, cơ quan)').fill('Tổ dân phố Hải Hà');
	await form.getByLabel('Nguồn').selectOption({ label: 'Thư' });
	await form.getByLabel('Lĩnh vực').fill('Môi trường');
	await form.getByLabel('Nội dung ý kiến, kiến nghị').fill('Cống thoát nước đầu ngõ bị tắc, mưa lớn là ngập.');
	await form.getByLabel('Cơ quan chuẩn bị trả lời').selectOption({ label: 'Phòng Kinh tế, Hạ tầng và Đô thị (KT-HT-ĐT)' });
	await form.getByLabel('Hướng xử lý dự kiến').selectOption({ label: 'Kiểm tra, làm rõ, trả lời sau' });
	await shot(page, '32-opinion-form');
	await form.getByRole('button', { name: 'Lưu ý kiến' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã thêm ý kiến.');
	await expect(cards).toHaveCount(11);
	const added = cards.filter({ hasText: 'Cống thoát nước' });
	await expect(added).toContainText('Chưa có nội dung chuẩn bị trả lời.');
	await expect(added).toHaveAttribute('data-handling', 'answer_later');

	// Edit it: the prepared answer and the handling.
	await added.getByRole('button', { name: 'Sửa' }).click();
	await form.getByLabel('Nội dung chuẩn bị trả lời').fill('Phường đã giao đơn vị duy tu nạo vét cống trong tháng 7/2026.');
	await form.getByLabel('Hướng xử lý dự kiến').selectOption({ label: 'Trả lời tại hội nghị' });
	await form.getByRole('button', { name: 'Lưu ý kiến' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.');
	await expect(added).toContainText('nạo vét cống');
	await expect(added).toHaveAttribute('data-handling', 'answer_at_meeting');

	// Search without tones; filter by field, handling and agency.
	const search = page.getByLabel('Tìm kiếm (gõ không dấu cũng được)');
	await search.fill('cong thoat nuoc');
	await expect(cards).toHaveCount(1);
	await search.fill('');
	await page.locator('.filters').getByLabel('Lĩnh vực').selectOption('Giao thông');
	await expect(cards).toHaveCount(2);
	await page.locator('.filters').getByLabel('Hướng xử lý dự kiến').selectOption({ label: 'Ghi nhận, báo cáo cấp trên' });
	await expect(cards).toHaveCount(1);
	await expect(page.getByTestId('opinion-count')).toHaveText('1 / 11 ý kiến');
	await page.getByRole('button', { name: 'Bỏ lọc' }).click();
	await page.locator('.filters').getByLabel('Cơ quan chuẩn bị trả lời').selectOption({ label: 'CA' });
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('An ninh trật tự');
	await shot(page, '33-opinions-filtered');

	// The change is durable: a fresh load shows it.
	await page.reload();
	await expect(cards).toHaveCount(11);

	// --- the printable summary
	await page.getByTestId('report-link').click();
	await expect(page).toHaveURL(/\/plan\/opinions\/report$/);
	const report = page.getByTestId('opinions-report');
	await expect(report.getByTestId('issuing-body')).toHaveText('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG');
	await expect(report.getByTestId('total')).toHaveText('11');
	await expect(report.getByTestId('report-opinion')).toHaveCount(11);
	await expect(report.getByTestId('section-answer_at_meeting')).toContainText('(6 ý kiến)');
	await expect(report.getByTestId('section-answer_later')).toContainText('(3 ý kiến)');
	await expect(report.getByTestId('section-report_upward')).toContainText('(2 ý kiến)');
	await expect(report).toContainText('nạo vét cống');
	// The same model as .docx, named after the document.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
	expect(download.suggestedFilename()).toMatch(/^Bao-cao-tong-hop-y-kien-\d{4}-\d{2}-\d{2}\.docx$/);
	const docx = readDocx(new Uint8Array(readFileSync((await download.path())!)));
	expect(docx.parts['word/document.xml']).toContain('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG');
	expect(docx.parts['word/document.xml']).toContain('nạo vét cống');
	await shot(page, '34-opinions-report');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'In báo cáo (A4)' })).toBeHidden();
	await shot(page, '35-opinions-report-print');
	await context.close();
});

test('plan document API: refuses bad input, creates, exports and re-imports', async ({ request, browser }) => {
	const post = (data: unknown, headers: Record<string, string> = auth) => request.post(`${server.url}/api/meetings`, { headers, data });

	// Without or with a wrong token: 401, nothing listed either.
	expect((await post({}, {})).status()).toBe(401);
	const noAuth = await request.post(`${server.url}/api/meetings`, { data: demoPlanDocument() });
	expect(noAuth.status()).toBe(401);
	expect((await noAuth.json()).error.code).toBe('unauthorized');
	expect((await post(demoPlanDocument(), { authorization: 'Bearer wrong-token' })).status()).toBe(401);
	expect((await request.get(`${server.url}/api/meetings`)).status()).toBe(401);
	const before = await meetingCount(request);

	// Bad documents: every problem listed, nothing created.
	const bad = demoPlanDocument();
	bad.basics = { ...bad.basics, title: '', date: '13/07/2026' };
	(bad as Record<string, unknown>).extra = true;
	bad.delegates![5] = { ...bad.delegates![5], salutation: 'Anh' as 'Ông' };
	const badResponse = await post(bad);
	expect(badResponse.status()).toBe(400);
	const badBody = await badResponse.json();
	expect(badBody.error.code).toBe('invalid_document');
	expect(badBody.problems.map((p: { path: string }) => p.path).sort()).toEqual(['', 'basics.date', 'basics.title', 'delegates.5.salutation']);
	expect(badBody.problems.find((p: { path: string }) => p.path === 'basics.date').message).toBe('ngày phải có dạng YYYY-MM-DD');

	const unknownNames = demoPlanDocument();
	unknownNames.delegates![0].category = 'Khách mời';
	unknownNames.collectedOpinions![0].agency = 'Sở Xây dựng';
	const namesBody = await (await post(unknownNames)).json();
	expect(namesBody.problems).toEqual([
		{ path: 'delegates.0.category', message: 'không có thành phần "Khách mời" trong "categories"' },
		{ path: 'collectedOpinions.0.agency', message: 'không có cơ quan "Sở Xây dựng" trong "agencies"' }
	]);

	const notJson = await request.post(`${server.url}/api/meetings`, { headers: { ...auth, 'content-type': 'application/json' }, data: Buffer.from('{"basics": ') });
	expect(notJson.status()).toBe(400);
	expect((await notJson.json()).error.code).toBe('invalid_json');

	const oversized = await post({ ...demoPlanDocument(), padding: 'x'.repeat(2 * 1024 * 1024) });
	expect(oversized.status()).toBe(413);
	expect((await oversized.json()).error.code).toBe('too_large');
	expect(await meetingCount(request)).toBe(before);

	// A valid document: 201, the meeting is on the admin's list; the same key again: the same meeting.
	const demo = demoPlanDocument();
	const created = await post(demo, { ...auth, 'idempotency-key': demoCommandId(demo) });
	expect([200, 201]).toContain(created.status()); // 200 when the first test already made the demo
	const { id, url } = await created.json();
	expect(url).toBe(`${server.url}/m/${id}`);
	// `npm run demo` while the server runs (the same quarter hour): it goes through the API and finds the same meeting.
	const script = spawnSync(process.execPath, ['scripts/demo.js'], {
		env: { ...process.env, PORT: String(server.port), ADMIN_TOKEN, DATA_DIR: server.dataDir },
		encoding: 'utf8'
	});
	expect(script.status, script.stderr).toBe(0);
	expect(script.stdout).toContain(`Hội nghị mẫu đã có / the demo meeting already exists: ${url}`);
	const small = { basics: { title: 'Hội nghị đối thoại chuyên đề thanh niên', date: '2026-09-20', startTime: '08:00', place: 'Nhà văn hóa', bannerLines: [] } };
	const first = await post(small, { ...auth, 'idempotency-key': 'youth-2026-key' });
	expect(first.status()).toBe(201);
	const again = await post(small, { ...auth, 'idempotency-key': 'youth-2026-key' });
	expect(again.status()).toBe(200);
	expect((await again.json()).id).toBe((await first.json()).id);
	const admin = await (await browser.newContext()).newPage();
	await gotoReady(admin, `${server.url}/admin/${ADMIN_TOKEN}`);
	await expect(admin.getByText('Hội nghị đối thoại chuyên đề thanh niên')).toBeVisible();

	// Export → re-import: an equal meeting (new ids and tokens are not in the document).
	const exported = await (await request.get(`${server.url}/api/meetings/${id}`, { headers: auth })).json();
	expect(exported.delegates).toHaveLength(182);
	expect(exported.categories.map((c: { expected: number }) => c.expected)).toEqual([8, 42, 66, 66]);
	const reimported = await post(exported);
	expect(reimported.status()).toBe(201);
	const copy = await (await request.get(`${server.url}/api/meetings/${(await reimported.json()).id}`, { headers: auth })).json();
	expect(copy).toEqual(exported);
	expect((await request.get(`${server.url}/api/meetings/${id}`)).status()).toBe(401);
	expect((await request.get(`${server.url}/api/meetings/nosuchmeeting`, { headers: auth })).status()).toBe(404);
});
