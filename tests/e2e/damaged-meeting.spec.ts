import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { adminSocket, mustSend } from './admin-socket';
import { ADMIN_TOKEN, ServerProcess } from './server';
import { gotoReady } from './ready';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

async function createMeeting(title: string): Promise<string> {
	const response = await fetch(`${server.url}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({ basics: { title, date: '2026-07-13', startTime: '14:00', place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['HỘI NGHỊ ĐỐI THOẠI'] }, agenda: [{ title: 'Khai mạc' }] })
	});
	expect(response.status).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

test('a damaged meeting file does not stop the server: the admin page names it, leaves it alone, and restores the previous version in one click', async ({ browser }) => {
	const damagedId = await createMeeting('Hội nghị có tệp bị hỏng');
	const healthyId = await createMeeting('Hội nghị vẫn chạy');
	const chair = await adminSocket(server.url, damagedId, 'chair');
	await mustSend(chair, 'meeting.start', {}); // a second write: the first version is kept as .bak
	chair.close();
	await server.stop();

	const file = join(server.dataDir, 'meetings', `${damagedId}.json`);
	const cut = readFileSync(file, 'utf8').slice(0, 200); // a copy cut short
	writeFileSync(file, cut);
	await server.start(); // threw "server exited: SyntaxError" before
	expect(server.output).toContain(file);

	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await gotoReady(page, `${server.url}/admin/${ADMIN_TOKEN}`);
	await expect(page.getByRole('link', { name: 'Hội nghị vẫn chạy' })).toBeVisible();
	const notice = page.locator(`[data-damaged="${damagedId}"]`);
	await expect(notice).toContainText('Hội nghị chưa mở được: tệp dữ liệu bị hỏng');
	await expect(notice).toContainText(`Không đọc được tệp ${file}`);
	await expect(notice).toContainText('Có bản lưu trước đó của hội nghị “Hội nghị có tệp bị hỏng”');
	await page.screenshot({ path: 'test-results/screens/damaged-meeting-admin.png', fullPage: true });
	expect(readFileSync(file, 'utf8')).toBe(cut);

	await notice.getByRole('button', { name: 'Khôi phục từ bản lưu trước' }).click();
	await expect(page).toHaveURL(new RegExp(`/m/${damagedId}$`));
	await expect(page.getByText('Hội nghị có tệp bị hỏng').first()).toBeVisible();
	const restored = JSON.parse(readFileSync(file, 'utf8')) as { events: { type: string }[] };
	expect(restored.events.map((e) => e.type)).toEqual(['meeting.created']);
	const aside = readdirSync(join(server.dataDir, 'meetings')).find((name) => name.startsWith(`${damagedId}.json.damaged-`))!;
	expect(readFileSync(join(server.dataDir, 'meetings', aside), 'utf8')).toBe(cut);

	// It survives a restart, and the healthy meeting was never touched.
	await server.stop();
	await server.start();
	await gotoReady(page, `${server.url}/`);
	await expect(page.locator('[data-damaged]')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Hội nghị có tệp bị hỏng' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Hội nghị vẫn chạy' })).toBeVisible();
	expect(healthyId).not.toBe(damagedId);
	await context.close();
});
