import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { laptop, runningMeeting } from './minutes-fixtures';
import { gotoReady, waitReady } from './ready';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/follow-up-${name}.png`, fullPage: true });
/** A phone number typed into the minutes (it happens): never on the public page. */
const PHONE = '0912 345 678';

/** Serious and critical accessibility findings (as a11y.spec.ts). */
async function seriousFindings(p: Page) {
	const { violations } = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A digit run as long as a phone number, spaces, dots and dashes between digits left out. */
const phoneLike = (text: string) => (text.replace(/(\d)[\s.-](?=\d)/g, '$1').match(/\d{9,}/g) ?? []);

async function page(browser: Browser, path: string, options: object = laptop, admin = true): Promise<Page> {
	const context = await browser.newContext(options);
	if (admin) await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const p = await context.newPage();
	await p.goto(`${server.url}${path}`);
	if ((options as { javaScriptEnabled?: boolean }).javaScriptEnabled !== false) await waitReady(p);
	return p;
}

/** A meeting that ended with two opinions assigned to the economy office, set up through commands. */
async function endedMeetingWithAssignments(request: import('@playwright/test').APIRequestContext) {
	const { id, chair } = await runningMeeting(request, server.url);
	const secretary = await adminSocket(server.url, id, 'secretary');
	const [economy, police] = chair.snapshot.state.agencies.map((a) => a.id);
	const raisedBy = { kind: 'person', salutation: 'Ông', name: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', delegateId: null };
	await mustSend(secretary, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy, content: `Đường ngõ 12 ngập sâu khi mưa, đề nghị sửa; liên hệ ${PHONE}` }, 'e2e-followup-road');
	await mustSend(secretary, 'opinion.tag', { opinionId: 'e2e-followup-road', outcome: { kind: 'assigned', leadAgencyId: economy, coAgencyIds: [police], task: 'Kiểm tra, sửa chữa và trả lời bằng văn bản' } });
	await mustSend(secretary, 'opinion.record', { origin: { kind: 'floor' }, field: 'Môi trường', raisedBy: { ...raisedBy, name: 'Trần Thị Bình', salutation: 'Bà' }, content: 'Rác thải ven sông' }, 'e2e-followup-river');
	await mustSend(secretary, 'opinion.tag', { opinionId: 'e2e-followup-river', outcome: { kind: 'assigned', leadAgencyId: police, task: 'Xử lý điểm tập kết rác', deadline: '2099-01-12' } });
	await mustSend(secretary, 'conclusion.add', { opinionIds: ['e2e-followup-road'], text: 'Giao Phòng Kinh tế, Hạ tầng và Đô thị sửa ngõ 12 trong quý III.' });
	await mustSend(chair, 'meeting.end', {});
	secretary.close();
	chair.close();
	return { id, economy, police };
}

test('after the meeting an agency answers from its link on a phone; the follow-up page and the public page show it', async ({ browser, request }) => {
	const { id, economy } = await endedMeetingWithAssignments(request);

	// The office's follow-up page: both assignments, one overdue (the default deadline passed), one far off.
	const office = await page(browser, `/m/${id}/follow-up`);
	await expect(office.getByTestId('assignment')).toHaveCount(2);
	const road = office.locator('[data-testid=assignment][data-opinion=e2e-followup-road]');
	await expect(road.getByTestId('status')).toHaveAttribute('data-status', 'overdue');
	await expect(office.getByTestId('overdue')).toContainText('Phòng Kinh tế, Hạ tầng và Đô thị');
	await expect(office.locator('[data-opinion=e2e-followup-river] [data-testid=deadline]')).toHaveText('Thứ Hai, 12/01/2099');
	const link = await office.locator(`[data-testid=agency-link][data-agency="${economy}"] .agency-href`).innerText();
	await shot(office, 'office-before');

	// The agency's officer opens the link on a phone: only its own assignment (the other agency's is not there).
	const agency = await page(browser, new URL(link).pathname, phone, false);
	await expect(agency).toHaveURL(new RegExp(`/m/${id}/agency$`));
	const mine = agency.getByTestId('agency-assignment');
	await expect(mine).toHaveCount(1);
	await expect(agency.locator('main')).not.toContainText('Rác thải ven sông');
	expect(phoneLike(await agency.locator('main').innerText())).toEqual([]);
	// Nothing wider than the phone.
	expect(await agency.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await shot(agency, 'agency-phone');
	// A summary left empty: the reason next to the field, nothing recorded.
	const form = mine.getByTestId('answer-form');
	await form.locator('input[name=documentNumber]').fill('12/KT-HT');
	await form.locator('button[type=submit]').click();
	await expect(form.getByTestId('field-error')).toBeVisible();
	await form.locator('textarea[name=summary]').fill('Đã khảo sát ngõ 12; sẽ nâng cốt nền và làm rãnh thoát nước trong quý IV.');
	await form.locator('button[type=submit]').click();
	await expect(mine.getByTestId('answer')).toContainText('Văn bản số 12/KT-HT');
	await expect(mine.getByTestId('status')).toHaveAttribute('data-status', 'answered_late');
	await shot(agency, 'agency-answered');

	// The follow-up page shows the answer and who entered it.
	await office.reload();
	await waitReady(office);
	await expect(road.getByTestId('answer')).toContainText('Đã khảo sát ngõ 12');
	await expect(road.getByTestId('answer-by')).toContainText('Phòng Kinh tế, Hạ tầng và Đô thị');
	await expect(road.getByTestId('status')).toHaveAttribute('data-status', 'answered_late');

	// The notice's issue date, once entered, starts the answer period (15 working days: Mon 21/12/2026).
	const notice = office.locator('#notice form');
	await notice.locator('input[name=noticeNumber]').fill('số 45');
	await notice.getByRole('button').click();
	await expect(notice.getByTestId('field-error')).toBeVisible();
	await notice.locator('input[name=noticeIssuedOn]').fill('2026-11-30');
	await notice.locator('input[name=noticeNumber]').fill('45');
	await notice.getByRole('button').click();
	await expect(road.getByTestId('deadline')).toHaveText('Thứ Hai, 21/12/2026');
	await expect(office.locator('input[name=noticeNumber]')).toHaveValue('45');

	// The office tells the citizen and links a later petition from the same person.
	await road.locator('details', { hasText: 'Ghi nhận đã thông báo' }).locator('summary').click();
	const informed = road.locator('form[action="?/informed"]');
	await informed.locator('input[name=how]').fill('Gặp trực tiếp tại tổ dân phố');
	await informed.getByRole('button').click();
	await expect(road.getByTestId('informed')).toContainText('Gặp trực tiếp tại tổ dân phố');
	await road.locator('details', { hasText: 'Gắn đơn với ý kiến này' }).locator('summary').click();
	const petition = road.locator('form[action="?/petition"]');
	await petition.locator('textarea[name=content]').fill('Đơn đề nghị làm nhanh rãnh thoát nước ngõ 12');
	await petition.getByRole('button').click();
	await expect(road.getByTestId('petition')).toContainText('rãnh thoát nước ngõ 12');
	await expect(road.getByTestId('petition')).toContainText('Quản trị');

	// The public page does not exist until the office switches it on.
	const publicPage = await page(browser, `/m/${id}/results`, laptop, false);
	expect((await publicPage.request.get(`${server.url}/m/${id}/results`)).status()).toBe(404);
	await office.getByTestId('public-form').locator('input[name=enabled]').check();
	await office.getByTestId('public-form').getByRole('button').click();
	await expect(office.getByTestId('public-link')).toBeVisible();
	await shot(office, 'office-after');

	const res = await publicPage.request.get(`${server.url}/m/${id}/results`);
	expect(res.status()).toBe(200);
	await publicPage.reload();
	await waitReady(publicPage);
	const items = publicPage.getByTestId('public-assignment');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText('N.V.A.');
	await expect(items.first().getByTestId('public-answer')).toContainText('12/KT-HT');
	await expect(publicPage.getByTestId('results')).toContainText('sửa ngõ 12 trong quý III');
	const html = await res.text();
	expect(phoneLike(await publicPage.locator('body').innerText())).toEqual([]);
	expect(phoneLike(html.replace(/<script[\s\S]*?<\/script>/g, ''))).toEqual([]);
	expect(html).not.toContain('Nguyễn Văn An');
	expect(html).not.toContain(new URL(link).pathname.split('/').pop()!);
	expect(html).not.toContain(ADMIN_TOKEN);
	await shot(publicPage, 'public');
	// A citizen opens the link on a phone: nothing scrolls sideways.
	await publicPage.setViewportSize({ width: 360, height: 740 });
	await shot(publicPage, 'public-phone');
	expect(await publicPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	expect(await seriousFindings(publicPage)).toEqual([]);

	// The quarterly table (mẫu 1) counts the agency's written answer for the meeting's quarter.
	const plan = (await (await fetch(`${server.url}/api/meetings/${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { basics: { date: string } };
	const [year, month] = plan.basics.date.split('-').map(Number);
	const reports = await page(browser, `/reports?year=${year}&quarter=${Math.ceil(month / 3)}`);
	const economyRow = reports.getByTestId('report-agencies').locator('tbody tr', { hasText: 'Phòng Kinh tế, Hạ tầng và Đô thị' });
	const cells = economyRow.locator('td');
	await expect(cells.nth(2)).toHaveText('1');
	await expect(cells.nth(5)).toHaveText('0');
	// Answered on time or late depends on the day the suite runs against the deadline; answered either way.
	expect(Number(await cells.nth(3).innerText()) + Number(await cells.nth(4).innerText())).toBe(1);
	await reports.context().close();
	expect(await seriousFindings(agency)).toEqual([]);
	expect(await seriousFindings(office)).toEqual([]);
	for (const p of [office, agency, publicPage]) await p.context().close();
});

test('the agency page works as a plain HTML form without JavaScript, and a revoked link opens nothing', async ({ browser, request }) => {
	const { id, police } = await endedMeetingWithAssignments(request);
	const office = await page(browser, `/m/${id}/follow-up`);
	const card = office.locator(`[data-testid=agency-link][data-agency="${police}"]`);
	const link = await card.locator('.agency-href').innerText();

	const agency = await page(browser, new URL(link).pathname, { ...phone, javaScriptEnabled: false }, false);
	// The police lead one assignment and co-operate on the other (read only: no form there).
	await expect(agency.getByTestId('agency-assignment')).toHaveCount(2);
	await expect(agency.getByTestId('answer-form')).toHaveCount(1);
	const form = agency.getByTestId('answer-form');
	await form.locator('input[name=documentNumber]').fill('7/CAP');
	await form.locator('textarea[name=summary]').fill('Đã di dời điểm tập kết rác.');
	await form.locator('button[type=submit]').click();
	await expect(agency.locator('[data-opinion=e2e-followup-river] [data-testid=answer]')).toContainText('Văn bản số 7/CAP');
	await shot(agency, 'agency-nojs');

	// The office re-issues the link: the old one is refused, the page too.
	office.once('dialog', (d) => d.accept());
	await card.getByRole('button').click();
	await expect(office.getByRole('status')).toContainText('Công an phường');
	await agency.reload();
	expect(await agency.locator('body').innerText()).toContain('chưa được mở bằng đường dẫn của cơ quan');
	expect((await agency.request.get(link)).status()).toBe(403);
	for (const [name, width, height] of [['tablet', 1024, 768], ['phone', 360, 740]] as const) {
		await office.setViewportSize({ width, height });
		await shot(office, `office-${name}`);
		expect(await office.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
	}
	for (const p of [office, agency]) await p.context().close();
});

test('[T60] the agency attaches the signed answer (a small PDF; a wrong type is refused next to the field); [T61] the follow-up page offers its download', async ({ browser, request }) => {
	const { id, economy, police } = await endedMeetingWithAssignments(request);
	const office = await page(browser, `/m/${id}/follow-up`);
	const link = await office.locator(`[data-testid=agency-link][data-agency="${economy}"] .agency-href`).innerText();
	const policeLink = await office.locator(`[data-testid=agency-link][data-agency="${police}"] .agency-href`).innerText();

	const context = await browser.newContext(phone);
	const agency = await context.newPage();
	await gotoReady(agency, `${server.url}${new URL(link).pathname}`);
	const mine = agency.locator('[data-testid=agency-assignment][data-opinion=e2e-followup-road]');
	const form = mine.getByTestId('answer-form');
	await form.locator('input[name=documentNumber]').fill('12/KT-HT');
	await form.locator('textarea[name=summary]').fill('Đã khảo sát ngõ 12; sẽ làm rãnh thoát nước trong quý IV.');
	// A Word file: refused next to the file field, nothing recorded.
	await form.getByTestId('answer-file').setInputFiles({ name: 'tra-loi.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\u0003\u0004 word') });
	await form.locator('button[type=submit]').click();
	await expect(form.getByTestId('field-error')).toHaveText('Tệp đính kèm phải là PDF hoặc ảnh (.pdf, .jpg, .jpeg, .png).');
	await expect(mine.getByTestId('answer')).toHaveCount(0);
	await expect(form.locator('textarea[name=summary]')).toHaveValue(/rãnh thoát nước/);
	await shot(agency, 'attachment-refused');

	const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Văn bản trả lời đã ký\n%%EOF\n');
	const name = 'Văn bản trả lời 12-KT.pdf';
	await form.getByTestId('answer-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
	await form.locator('button[type=submit]').click();
	await expect(mine.getByTestId('answer')).toContainText('Văn bản số 12/KT-HT');
	await expect(mine.getByTestId('answer-attachment')).toContainText(name);
	await shot(agency, 'attachment-saved');
	expect(await agency.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// The office's follow-up page offers the download: the same bytes, the original name.
	await office.reload();
	await waitReady(office);
	const road = office.locator('[data-testid=assignment][data-opinion=e2e-followup-road]');
	const anchor = road.getByTestId('answer-attachment');
	await expect(anchor).toContainText(name);
	const [download] = await Promise.all([office.waitForEvent('download'), anchor.click()]);
	expect(download.suggestedFilename()).toBe(name);
	const { readFile } = await import('node:fs/promises');
	expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);
	const href = (await anchor.getAttribute('href'))!;
	// Nobody else: a browser without a link, and the co-operating agency.
	expect((await request.get(`${server.url}${href}`)).status()).toBe(404);
	const other = await page(browser, new URL(policeLink).pathname, { ...phone, javaScriptEnabled: false }, false);
	expect((await other.request.get(`${server.url}${href}`)).status()).toBe(404);
	await expect(other.locator('[data-opinion=e2e-followup-road] [data-testid=answer-attachment]')).toHaveCount(0);

	// Without JavaScript (an old phone): the police attach a photo through the plain multipart form.
	const river = other.locator('[data-opinion=e2e-followup-river]');
	const plain = river.getByTestId('answer-form');
	await plain.locator('textarea[name=summary]').fill('Đã di dời điểm tập kết rác.');
	const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a60000000049454e44ae426082', 'hex');
	await plain.getByTestId('answer-file').setInputFiles({ name: 'ảnh văn bản.png', mimeType: 'image/png', buffer: png });
	await plain.locator('button[type=submit]').click();
	await expect(river.getByTestId('answer-attachment')).toContainText('ảnh văn bản.png');
	await shot(other, 'attachment-nojs');

	// Through the real server's body limit: a file over 10 MB reaches the form and hears why;
	// any other form stays at 6 MB (answered 413 before it is read).
	const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]);
	const tooBig = await other.request.post(`${server.url}/m/${id}/agency?/answer`, {
		headers: { origin: server.url, accept: 'text/html' },
		multipart: { opinionId: 'e2e-followup-river', answeredOn: '2026-07-20', documentNumber: '', summary: 'Quá lớn', commandId: crypto.randomUUID(), attachment: { name: 'scan.pdf', mimeType: 'application/pdf', buffer: big } }
	});
	expect(tooBig.status()).toBe(400);
	expect(await tooBig.text()).toContain('Tệp đính kèm quá lớn: tối đa 10 MB.');
	const elsewhere = await office.request.post(`${server.url}/m/${id}/follow-up?/informed`, { headers: { origin: server.url }, multipart: { opinionId: 'e2e-followup-road', on: '2026-07-20', how: 'x', pad: { name: 'x.bin', mimeType: 'application/octet-stream', buffer: big } } });
	expect(elsewhere.status()).toBe(413);
	await expect(river.getByTestId('answer-attachment')).toContainText('ảnh văn bản.png');
	for (const [label, width, height] of [['tablet', 1024, 768], ['laptop', 1366, 768]] as const) {
		await office.setViewportSize({ width, height });
		await shot(office, `attachment-office-${label}`);
	}
	for (const p of [office, agency, other]) await p.context().close();
});
