import { expect, test, type Page } from '@playwright/test';
import { adminSocket } from './admin-socket';
import { openAs, runningMeeting } from './minutes-fixtures';
import { ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

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
	await shot(a, 'minutes-01-secretary');
});
