import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoPlanDocument } from '../../src/lib/server/demo';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
];

async function createMeeting(browser: Browser, agenda?: { title: string }[]): Promise<string> {
	const context = await browser.newContext();
	const doc = demoPlanDocument();
	const created = await context.request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: { ...doc, agenda: agenda ?? doc.agenda }
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	await context.close();
	return id;
}

async function projectorAt(browser: Browser, id: string, viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/m/${id}/projector`);
	await page.waitForFunction(() => document.fonts.ready.then(() => true));
	return page;
}

/** Nothing scrolls, nothing is cut: every visible piece of text lies inside the viewport and inside its region. */
async function expectFits(page: Page) {
	const measure = () => page.evaluate(() => {
		const root = document.scrollingElement!;
		const clipped: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			if (!el.checkVisibility() || el.children.length > 0 && !el.matches('svg')) continue;
			if (el.closest('svg') && !el.matches('svg')) continue;
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			// Inside the viewport and inside every ancestor that clips.
			const outside = r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1;
			let cut = false;
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
				if (getComputedStyle(a).overflow === 'visible') continue;
				const b = a.getBoundingClientRect();
				if (r.top < b.top - 1 || r.bottom > b.bottom + 1) cut = true;
			}
			if (outside || cut) clipped.push(`${el.tagName}.${el.className} "${(el.textContent ?? '').slice(0, 40)}" ${Math.round(r.top)}-${Math.round(r.bottom)}`);
		}
		return { scrollH: root.scrollHeight, scrollW: root.scrollWidth, h: innerHeight, w: innerWidth, clipped };
	});
	// The regions settle their text size once the page is live.
	await expect.poll(async () => (await measure()).clipped, { message: 'text cut off or off-screen', timeout: 3000 }).toEqual([]);
	const report = await measure();
	expect(report.scrollH).toBeLessThanOrEqual(report.h);
	expect(report.scrollW).toBeLessThanOrEqual(report.w);
	// The room QR: a quarter of the screen's height at least, whole on the screen with its caption.
	const qr = await page.getByTestId('room-qr').locator('svg').boundingBox();
	expect(qr!.height).toBeGreaterThanOrEqual(report.h / 4);
	expect(qr!.y + qr!.height).toBeLessThanOrEqual(report.h);
	await expect(page.getByTestId('room-qr').getByText('Quét mã')).toBeInViewport({ ratio: 1 });
}

test('the demo meeting fits the projector at 1920×1080 and 1280×720 with its four banner lines, before and during the meeting', async ({ browser }) => {
	const id = await createMeeting(browser);
	for (const size of SIZES) {
		const page = await projectorAt(browser, id, size);
		await expect(page.getByTestId('banner').locator('p')).toHaveCount(4);
		await expectFits(page);
		await page.screenshot({ path: `test-results/screens/projector-demo-${size.width}x${size.height}.png` });
		await page.context().close();
	}
	const chair = await adminSocket(server.url, id, 'chair');
	await mustSend(chair, 'meeting.start', {});
	chair.close();
	for (const size of SIZES) {
		const page = await projectorAt(browser, id, size);
		await expect(page.getByTestId('elapsed')).toBeVisible();
		await expectFits(page);
		await page.screenshot({ path: `test-results/screens/projector-demo-running-${size.width}x${size.height}.png` });
		await page.context().close();
	}
});

test('a long programme with long titles still fits; the current item is always on screen', async ({ browser }) => {
	const agenda = Array.from({ length: 22 }, (_, i) => ({
		title: `Nội dung ${i + 1}: ý kiến của đại biểu về việc đầu tư xây dựng đường giao thông và hệ thống thoát nước tại tổ dân phố số ${i + 1}`
	}));
	const id = await createMeeting(browser, agenda);
	const chair = await adminSocket(server.url, id, 'chair');
	await mustSend(chair, 'meeting.start', {});
	await mustSend(chair, 'agenda.setCurrent', { itemId: chair.snapshot.state.agenda[17].id });
	chair.close();
	for (const size of SIZES) {
		const page = await projectorAt(browser, id, size);
		await expectFits(page);
		await expect(page.locator('.agenda li.current')).toContainText('Nội dung 18:');
		await expect(page.locator('.agenda li.current')).toBeInViewport({ ratio: 1 });
		await page.screenshot({ path: `test-results/screens/projector-long-${size.width}x${size.height}.png` });
		await page.context().close();
	}
});

test('the meeting page prints the room QR on one A4 poster, one click away', async ({ browser }) => {
	const id = await createMeeting(browser);
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/m/${id}`);
	await page.getByRole('link', { name: 'In mã QR điểm danh' }).click();
	const poster = page.getByTestId('room-poster');
	await expect(poster.getByRole('heading', { name: 'Quét mã để điểm danh' })).toBeVisible();
	await expect(poster).toContainText(demoPlanDocument().basics.title);
	await expect(poster).toContainText(`/m/${id}/join`);
	await expect(poster.locator('.qr svg')).toBeVisible();
	await page.screenshot({ path: 'test-results/screens/room-poster.png', fullPage: true });
	// Printed: one A4 page, without the toolbar.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'In' })).toBeHidden();
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	await context.close();
});
