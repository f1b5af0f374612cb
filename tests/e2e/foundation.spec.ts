import { expect, test, type Page } from '@playwright/test';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

test('admin creates a meeting, chair runs it, projector follows across a crash and a graceful restart', async ({ browser }) => {
	// --- admin: open the printed admin link, create the meeting
	const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const admin = await adminContext.newPage();
	await gotoReady(admin, `${server.url}/admin/${ADMIN_TOKEN}`);
	await expect(admin.getByRole('heading', { name: 'Các hội nghị đối thoại' })).toBeVisible();
	await admin.getByLabel('Tên hội nghị').fill('Hội nghị đối thoại năm 2026');
	await admin.getByLabel('Ngày').fill('2026-07-13');
	await admin.getByLabel('Giờ bắt đầu').fill('14:00');
	await admin.getByLabel('Địa điểm').fill('Hội trường UBND phường Bạch Đằng');
	await admin.getByLabel('Típ chữ').fill('ĐẢNG ỦY - UBND PHƯỜNG BẠCH ĐẰNG\nHỘI NGHỊ\nĐỐI THOẠI GIỮA NGƯỜI ĐỨNG ĐẦU CẤP ỦY, CHÍNH QUYỀN VỚI NHÂN DÂN NĂM 2026');
	await admin.getByLabel('Chương trình').fill('Tuyên bố lý do, giới thiệu đại biểu\nPhát biểu khai mạc\nBáo cáo tình hình kinh tế - xã hội\nĐối thoại với Nhân dân\nKết luận, bế mạc');
	// 13/7/2026 is past: the admin confirms the date.
	admin.once('dialog', (dialog) => dialog.accept());
	await admin.getByRole('button', { name: 'Tạo hội nghị' }).click();
	await expect(admin.getByRole('heading', { name: 'Đường dẫn theo vai trò' })).toBeVisible();
	await expect(admin.locator('.link-card')).toHaveCount(4);
	await expect(admin.locator('.link-card[data-role=chair] .qr svg')).toBeVisible();
	await shot(admin, '01-admin-role-links');
	const chairLink = await admin.locator('.link-card[data-role=chair] .role-link').innerText();
	const projectorLink = await admin.locator('.link-card[data-role=projector] .role-link').innerText();

	// Bad input: a plain Vietnamese problem under the field, with its label; nothing changes.
	await admin.getByLabel('Giờ bắt đầu').fill('');
	await admin.getByLabel('Giờ bắt đầu').evaluate((el: HTMLInputElement) => el.removeAttribute('required'));
	await admin.getByRole('button', { name: 'Lưu' }).click();
	await expect(admin.locator('#basics-start-time-problem')).toHaveText('Xin nhập giờ bắt đầu.');
	await expect(admin.locator('#basics')).not.toContainText('basics.startTime');

	// --- chair on a tablet, projector full HD, each paired by its link
	const chairContext = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
	const chair = await chairContext.newPage();
	await gotoReady(chair, chairLink);
	await expect(chair).toHaveURL(/\/m\/[a-z0-9]+\/chair$/);
	const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const projector = await projectorContext.newPage();
	await gotoReady(projector, projectorLink);
	await expect(projector).toHaveURL(/\/projector$/);
	await expect(projector.getByTestId('banner')).toContainText('ĐỐI THOẠI GIỮA NGƯỜI ĐỨNG ĐẦU');
	await expect(projector.getByText('Hội nghị sắp bắt đầu')).toBeVisible();
	// Wait until both screens are live (socket connected).
	await chair.waitForFunction(() => document.querySelector('[data-testid=connection-lost]') === null);

	// No reload on the projector for the rest of the story: prove it with a marker.
	await projector.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

	await chair.getByRole('button', { name: 'Bắt đầu hội nghị' }).click();
	const current = projector.locator('.agenda li.current');
	await expect(current.locator(".title")).toHaveText('Tuyên bố lý do, giới thiệu đại biểu', { timeout: 1000 });
	await chair.getByRole('button', { name: 'Nội dung tiếp theo →' }).click();
	await expect(current.locator(".title")).toHaveText('Phát biểu khai mạc', { timeout: 1000 });
	await chair.getByRole('button', { name: 'Nội dung tiếp theo →' }).click();
	await expect(current.locator(".title")).toHaveText('Báo cáo tình hình kinh tế - xã hội', { timeout: 1000 });
	await shot(chair, '02-chair-running');
	await shot(projector, '03-projector-running');

	// --- crash: kill -9, the acknowledged state must survive; screens show the outage and reconnect
	await server.stop('SIGKILL');
	await expect(projector.getByTestId('connection-lost')).toBeVisible({ timeout: 10_000 });
	await expect(chair.getByTestId('connection-lost')).toBeVisible({ timeout: 10_000 });
	await shot(projector, '04-projector-connection-lost');
	await server.start();
	await expect(projector.getByTestId('connection-lost')).toBeHidden({ timeout: 10_000 });
	await expect(chair.getByTestId('connection-lost')).toBeHidden({ timeout: 10_000 });
	await expect(current.locator(".title")).toHaveText('Báo cáo tình hình kinh tế - xã hội');
	await expect(chair.getByTestId('current-item')).toHaveText('Báo cáo tình hình kinh tế - xã hội');

	await chair.getByRole('button', { name: 'Nội dung tiếp theo →' }).click();
	await expect(current.locator(".title")).toHaveText('Đối thoại với Nhân dân', { timeout: 1000 });

	// --- graceful restart (Ctrl-C / SIGTERM) between two actions
	await server.stop('SIGTERM');
	await server.start();
	await expect(projector.getByTestId('connection-lost')).toBeHidden({ timeout: 10_000 });
	// Each screen reconnects on its own backoff (and the banner waits 800 ms before showing): a tap
	// made while the tablet is still reconnecting waits in its outbox and is applied on reconnection.
	await chair.getByRole('button', { name: 'Nội dung tiếp theo →' }).click();
	await expect(current.locator(".title")).toHaveText('Kết luận, bế mạc', { timeout: 10_000 });
	expect(await projector.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);

	// --- English is one tap away and comes from the same catalog
	await chair.getByRole('button', { name: 'English' }).click();
	await expect(chair.getByRole('button', { name: 'End the meeting' })).toBeVisible();
	await chair.getByRole('button', { name: 'Tiếng Việt' }).click();

	chair.once('dialog', (d) => d.accept());
	await chair.getByRole('button', { name: 'Kết thúc hội nghị' }).click();
	await expect(projector.getByText('Hội nghị đã kết thúc. Xin cảm ơn!')).toBeVisible({ timeout: 1000 });
	await shot(projector, '05-projector-ended');

	await adminContext.close();
	await chairContext.close();
	await projectorContext.close();
});

test('a revoked chair link stops working and the device is told so', async ({ browser }) => {
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await gotoReady(admin, `${server.url}/admin/${ADMIN_TOKEN}`);
	await admin.locator('.card a').first().click();
	const chairLink = await admin.locator('.link-card[data-role=chair] .role-link').innerText();

	const tabletContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
	const tablet = await tabletContext.newPage();
	await gotoReady(tablet, chairLink);
	await expect(tablet).toHaveURL(/\/chair$/);
	await tablet.waitForTimeout(300);

	// Cancelling the confirm changes nothing.
	admin.once('dialog', (d) => d.dismiss());
	await admin.locator('.link-card[data-role=chair]').getByRole('button', { name: 'Thu hồi và cấp lại' }).click();
	await admin.waitForTimeout(300);
	await expect(admin.locator('.link-card[data-role=chair] .role-link')).toHaveText(chairLink);
	await expect(tablet.getByRole('alert')).toHaveCount(0);

	admin.once('dialog', (d) => d.accept());
	await admin.locator('.link-card[data-role=chair]').getByRole('button', { name: 'Thu hồi và cấp lại' }).click();
	await expect(admin.getByRole('status')).toContainText('Đã cấp đường dẫn mới cho Chủ trì');
	await expect(tablet.getByRole('alert')).toContainText('đã bị thu hồi', { timeout: 3000 });
	await expect(admin.locator('.link-card[data-role=chair] .role-link')).not.toHaveText(chairLink);

	const stranger = await (await browser.newContext()).newPage();
	const response = await stranger.goto(chairLink);
	expect(response?.status()).toBe(403);
	await expect(stranger.getByRole('alert')).toContainText('Đường dẫn không hợp lệ hoặc đã bị thu hồi');
	await adminContext.close();
	await tabletContext.close();
});
