/**
 * A walk through the screens after the meeting as their users meet them (QA, issue 17/18): the
 * clerk's follow-up page on a laptop, the chair's tablet once the meeting ended, a download link
 * opened on a phone without the right cookie. Each check here is something a walk-through found.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { laptop, runningMeeting, tablet } from './minutes-fixtures';
import { waitReady } from './ready';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/walkthrough-${name}.png`, fullPage: true });

async function open(browser: Browser, path: string, options: object, cookie: { name: string; value: string } | null): Promise<Page> {
	const context = await browser.newContext(options);
	if (cookie) await context.addCookies([{ ...cookie, url: server.url }]);
	const page = await context.newPage();
	await page.goto(`${server.url}${path}`);
	return page;
}

test('after the meeting: the chair tablet leads to the follow-up, the clerk reads plain statuses, a refused download is a plain page on a phone', async ({ browser, request }) => {
	const { id, chair } = await runningMeeting(request, server.url);
	const secretary = await adminSocket(server.url, id, 'secretary');
	const [economy, police, culture] = chair.snapshot.state.agencies.map((a) => a.id);
	await mustSend(secretary, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy: { kind: 'person', salutation: 'Ông', name: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', delegateId: null }, content: 'Đường ngõ 12 ngập sâu khi mưa' }, 'walk-road-01');
	await mustSend(secretary, 'opinion.tag', { opinionId: 'walk-road-01', outcome: { kind: 'assigned', leadAgencyId: economy, coAgencyIds: [police], task: 'Kiểm tra, trả lời bằng văn bản' } });
	await mustSend(chair, 'meeting.end', {});
	secretary.close();
	chair.close();

	// The chair's tablet (its own link): the meeting ended, and the next step is one tap away.
	const chairLink = /\/a\/([A-Za-z0-9_-]{16,})/.exec((await request.get(`${server.url}/m/${id}`, { headers: { cookie: `dt_admin=${ADMIN_TOKEN}` } }).then((r) => r.text())))![0];
	const tabletContext = await browser.newContext(tablet);
	const chairTablet = await tabletContext.newPage();
	await chairTablet.goto(`${server.url}${chairLink}`);
	await expect(chairTablet).toHaveURL(new RegExp(`/m/${id}/chair$`));
	await waitReady(chairTablet);
	await shot(chairTablet, 'chair-ended');
	await chairTablet.getByTestId('follow-up-link').click();
	await expect(chairTablet).toHaveURL(new RegExp(`/m/${id}/follow-up$`));
	await expect(chairTablet.getByTestId('assignment')).toHaveCount(1);
	await tabletContext.close();

	// The clerk's laptop: the default deadline (13/07 + 10 working days) passed long ago.
	const office = await open(browser, `/m/${id}/follow-up`, laptop, { name: 'dt_admin', value: ADMIN_TOKEN });
	await waitReady(office);
	const status = office.getByTestId('assignment').getByTestId('status');
	await expect(status).toHaveAttribute('data-status', 'overdue');
	// "Quá hạn · 77 ngày làm việc", not "Quá hạn · quá hạn 77 ngày làm việc".
	await expect(status).toHaveText(/^Quá hạn\s·\s\d+ ngày làm việc$/);
	// The due date of the notice is a deadline: with its weekday.
	await expect(office.locator('#notice')).toContainText('Thứ Hai, 27/07/2026');
	// The agency links: the co-operating agency is not told "0", the one with nothing comes last and says so.
	const cards = office.getByTestId('agency-link');
	await expect(cards.nth(0)).toHaveAttribute('data-agency', economy);
	await expect(office.locator(`[data-testid=agency-link][data-agency="${police}"]`).getByTestId('agency-link-count')).toHaveText('0 ý kiến chủ trì; 1 ý kiến phối hợp');
	await expect(cards.last()).toHaveAttribute('data-agency', culture);
	await expect(cards.last().getByTestId('agency-link-count')).toHaveText('Chưa được giao ý kiến nào; chưa cần gửi đường dẫn.');
	await shot(office, 'follow-up');
	// A filter that matches nothing says so, and how to see everything again.
	await office.goto(`${server.url}/m/${id}/follow-up?status=answered`);
	await expect(office.getByTestId('filter-none')).toHaveText('Không có ý kiến nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.');
	await office.context().close();

	// Download links opened on a phone without the admin's or the office's cookie: the reason in words, on a page that fits.
	for (const path of [`/m/${id}/archive.zip`, `/m/${id}/follow-up/reminders.xlsx`]) {
		const refused = await open(browser, path, phone, null);
		const body = await refused.locator('body').innerText();
		expect(body, path).toMatch(/Trang (quản trị|theo dõi)/);
		expect(body, path).not.toMatch(/^\s*40\d/);
		expect(await refused.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
		await shot(refused, `refused-${path.split('/').pop()}`);
		await refused.context().close();
	}
});
