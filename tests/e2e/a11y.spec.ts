/** Accessibility checked by a maintained engine (axe-core): no serious or critical violations (issue 14). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminSocket } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

/** The serious and critical findings, said so a failure reads as a to-do list. */
async function seriousFindings(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the delegate page, the join page, the desk and the projector have no serious or critical axe findings', async ({ browser, request }) => {
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại', ...startingSoon(), place: 'Hội trường', bannerLines: ['HỘI NGHỊ', 'ĐỐI THOẠI VỚI NHÂN DÂN'] },
			agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			units: [{ name: 'Tổ dân phố 7' }],
			delegates: [{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' }]
		}
	});
	const { id } = await created.json();
	const admin = await adminSocket(server.url, id);
	const an = admin.snapshot.state.delegates[0];
	admin.close();

	const findings: Record<string, string[]> = {};
	const me = await (await browser.newContext(phone)).newPage();
	await me.goto(`${server.url}/i/${an.token}`);
	await me.waitForLoadState('networkidle');
	findings.me = await seriousFindings(me);
	const join = await (await browser.newContext(phone)).newPage();
	await join.goto(`${server.url}/m/${id}/join`);
	await join.waitForLoadState('networkidle');
	findings.join = await seriousFindings(join);
	for (const [screen, viewport] of [
		['desk', { width: 1280, height: 800 }],
		['projector', { width: 1920, height: 1080 }]
	] as const) {
		const context = await browser.newContext({ viewport });
		await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
		const page = await context.newPage();
		await page.goto(`${server.url}/m/${id}/${screen}`);
		await page.waitForLoadState('networkidle');
		findings[screen] = await seriousFindings(page);
	}
	expect(findings).toEqual({ me: [], join: [], desk: [], projector: [] });

	// Tap targets on the phone pages: at least 44 × 44 px (WCAG 2.5.5), not just axe's 24.
	for (const page of [me, join]) {
		const small = await page.locator('button, a[href], input:not([type=hidden]), select, textarea, summary').evaluateAll((els) =>
			els
				.filter((el) => (el as HTMLElement).offsetParent !== null)
				.map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(({ el, box }) => `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`)
		);
		expect(small, page.url()).toEqual([]);
	}
});

test('the check can fail: an image without words is a critical finding', async ({ page }) => {
	await page.setContent('<html lang="vi"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>');
	expect((await seriousFindings(page)).join()).toContain('image-alt');
});
