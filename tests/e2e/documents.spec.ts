import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoPlanDocument } from '../../src/lib/server/demo';

/** The demo as the seed dates it, 13/7/2026 at 14:00 (the demo starts 30 minutes after it is made). */
const SEED_DAY = Date.UTC(2026, 6, 13, 6, 30);
import { readDocx } from '../docx/read-docx';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

async function download(page: Page, testId: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	return { name: file.suggestedFilename(), docx: readDocx(new Uint8Array(readFileSync((await file.path())!))) };
}

async function secretaryPage(browser: Browser, meetingId: string): Promise<Page> {
	const admin = await (await browser.newContext()).newPage();
	await admin.context().addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	await gotoReady(admin, `${server.url}/m/${meetingId}`);
	const link = await admin.locator('.link-card[data-role=secretary] .role-link').innerText();
	await admin.context().close();
	// The secretary's laptop: paired by the role link only, no admin cookie.
	const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
	await gotoReady(page, link);
	return page;
}

test('a short meeting: the secretary sets the office fields, previews both documents, downloads them and they read back', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, data: demoPlanDocument(SEED_DAY) });
	expect(created.status()).toBe(201);
	const { id } = await created.json();

	const page = await secretaryPage(browser, id);
	// The secretary's screen links to the documents.
	await page.getByRole('link', { name: 'Biên bản và thông báo kết luận' }).click();
	await expect(page).toHaveURL(`${server.url}/m/${id}/documents`);
	const preview = page.getByTestId('preview');
	await expect(preview.getByTestId('document-bien-ban')).toContainText('DỰ THẢO');
	await expect(preview).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM');

	// The meeting runs: started, two people checked in at the desk, the programme moves on.
	const chair = await adminSocket(server.url, id, 'chair');
	const desk = await adminSocket(server.url, id, 'desk');
	await mustSend(chair, 'meeting.start', {});
	for (const d of chair.snapshot.state.delegates.slice(0, 2)) await mustSend(desk, 'checkin.desk', { delegateId: d.id });
	await mustSend(chair, 'agenda.setCurrent', { itemId: chair.snapshot.state.agenda[1].id });
	await expect(preview).toContainText('Tổng số có mặt: 2/');

	// The secretary records an opinion, an agency answers it and it is assigned with a date (command path).
	const secretary = await adminSocket(server.url, id, 'secretary');
	const agency = chair.snapshot.state.agencies[0];
	const opinionId = `e2e-opinion-${Date.now()}`;
	await mustSend(secretary, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy: { kind: 'person', name: 'Ông Đỗ Văn Mười', unit: 'Tổ dân phố 7' }, content: 'Đề nghị lắp đèn chiếu sáng ngõ 45' }, opinionId);
	await mustSend(secretary, 'opinion.addAnswer', { opinionId, by: { kind: 'agency', agencyId: agency.id, name: agency.head }, summary: 'Sẽ khảo sát trong tháng 8' });
	// Not tagged yet: the page says so (with its number in the biên bản) before anyone downloads.
	await expect(page.getByTestId('documents-untagged')).toContainText('Còn 1 ý kiến chưa phân loại kết quả (số 1 trong biên bản)');
	await shot(page, '49-documents-untagged');
	await mustSend(secretary, 'opinion.tag', { opinionId, outcome: { kind: 'assigned', leadAgencyId: agency.id, task: 'Khảo sát, lắp đèn', deadline: '2026-08-31' } });
	secretary.close();
	await expect(preview).toContainText('Đề nghị lắp đèn chiếu sáng ngõ 45');
	await expect(page.getByTestId('documents-untagged')).toHaveCount(0);

	// Office fields: a number written in words is refused next to the field, nothing saved.
	const office = page.getByTestId('office-fields');
	await office.getByLabel('Số biên bản').fill('năm');
	await office.getByRole('button', { name: 'Lưu' }).click();
	await expect(office.getByTestId('error-bienBanNumber')).toHaveText('Số văn bản chỉ gồm chữ số, ví dụ 05 hoặc 12.');
	await office.getByLabel('Số biên bản').fill('5');
	await office.getByLabel('Số thông báo').fill('12');
	await office.getByLabel('Nơi nhận thêm của thông báo (mỗi dòng một nơi)').fill('Thường trực HĐND phường');
	await office.getByRole('button', { name: 'Lưu' }).click();
	await expect(office.getByRole('status')).toHaveText('Đã lưu.');
	await expect(office.getByTestId('error-bienBanNumber')).toHaveCount(0);
	await expect(preview).toContainText('Số 05-BB/ĐU');

	await mustSend(chair, 'meeting.end', {});
	chair.close();
	desk.close();
	await expect(page.getByTestId('documents-status')).toContainText('Hội nghị đã kết thúc');
	await expect(preview.getByTestId('document-bien-ban')).not.toContainText('DỰ THẢO');
	await expect(preview).toContainText('Hội nghị kết thúc vào hồi');
	await shot(page, '50-documents-bien-ban');

	const bienBan = await download(page, 'download-bien-ban');
	expect(bienBan.name).toBe('Bien-ban-hoi-nghi-doi-thoai-2026-07-13.docx');
	const bb = bienBan.docx.parts['word/document.xml'];
	expect(bb).toContain('BIÊN BẢN');
	expect(bb).toContain('Số 05-BB/ĐU');
	expect(bb).toContain('THƯ KÝ');
	expect(bb).toContain('CHỦ TỌA');
	expect(bb).toContain('Hội nghị kết thúc vào hồi');
	expect(bb).not.toContain('DỰ THẢO');
	for (const text of ['Đề nghị lắp đèn chiếu sáng ngõ 45', 'Sẽ khảo sát trong tháng 8', agency.name, '31/08/2026']) expect(bb).toContain(text);

	await page.getByRole('button', { name: 'Thông báo kết luận (dự thảo)' }).click();
	await expect(preview.getByTestId('document-thong-bao-ket-luan')).toContainText('Số 12-TB/ĐU');
	await shot(page, '51-documents-notice');
	const notice = await download(page, 'download-thong-bao-ket-luan');
	expect(notice.name).toBe('Thong-bao-ket-luan-hoi-nghi-doi-thoai-2026-07-13.docx');
	const tb = notice.docx.parts['word/document.xml'];
	for (const text of ['THÔNG BÁO', 'DỰ THẢO', 'Số 12-TB/ĐU', 'T/M BAN THƯỜNG VỤ', '- Thường trực HĐND phường;', '- Lưu: VT.', 'Phường Bạch Đằng, ngày']) expect(tb).toContain(text);
	for (const text of ['Đề nghị lắp đèn chiếu sáng ngõ 45', agency.name, '31/08/2026']) expect(tb).toContain(text);

	// The A4 print view of the same model.
	await page.getByTestId('print-bien-ban').click();
	await expect(page.getByTestId('document-bien-ban')).toContainText('Số 05-BB/ĐU');
	await page.emulateMedia({ media: 'print' });
	await shot(page, '52-documents-print');
	await page.context().close();

	// A phone-sized secretary screen still works (preview under the form).
	const phone = await secretaryPage(browser, id);
	await phone.setViewportSize({ width: 360, height: 740 });
	await gotoReady(phone, `${server.url}/m/${id}/documents`);
	await expect(phone.getByTestId('preview')).toContainText('BIÊN BẢN');
	await shot(phone, '53-documents-phone');
	await phone.context().close();
});

test("the documents need the secretary's, the chair's or the admin's link", async ({ request }) => {
	const created = await request.post(`${server.url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, data: demoPlanDocument(SEED_DAY) });
	const { id } = await created.json();
	expect((await request.get(`${server.url}/m/${id}/documents/bien-ban.docx`, { headers: { cookie: '' } })).status()).toBe(403);
	const ok = await request.get(`${server.url}/m/${id}/documents/thong-bao-ket-luan.docx`, { headers: { cookie: `dt_admin=${ADMIN_TOKEN}` } });
	expect(ok.status()).toBe(200);
	expect(ok.headers()['content-disposition']).toBe('attachment; filename="Thong-bao-ket-luan-hoi-nghi-doi-thoai-2026-07-13.docx"');
});
