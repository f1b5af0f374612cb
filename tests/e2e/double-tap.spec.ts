/**
 * Issue 18 item 1: a double tap (two taps 30 ms apart, at the same spot) on each of the chair's
 * buttons is one action in the meeting's log. Read from the server's data file.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminSocket, mustSend } from './admin-socket';
import { gotoReady } from './ready';
import { ADMIN_TOKEN, ServerProcess } from './server';

const server = new ServerProcess();
test.beforeAll(() => server.start());
test.afterAll(() => server.dispose());

function startingSoon() {
	const vn = new Date(Date.now() + 7 * 3_600_000 + 30 * 60_000);
	return { date: vn.toISOString().slice(0, 10), startTime: vn.toISOString().slice(11, 16) };
}

/** How many events of each type the meeting's file holds. */
function logCounts(id: string): Record<string, number> {
	const file = JSON.parse(readFileSync(join(server.dataDir, 'meetings', `${id}.json`), 'utf8')) as { events: { type: string }[] };
	const counts: Record<string, number> = {};
	for (const e of file.events) counts[e.type] = (counts[e.type] ?? 0) + 1;
	return counts;
}

/**
 * Two taps 30 ms apart at the centre of the element: a finger on the tablet, or a mouse's
 * double-click (the second click counted 2, as the browser counts a real one).
 */
async function doubleTap(page: Page, testId: string, nth = 0, how: 'finger' | 'mouse' = 'finger') {
	const box = (await page.getByTestId(testId).nth(nth).boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	if (how === 'finger') {
		await page.touchscreen.tap(x, y);
		await page.waitForTimeout(30);
		await page.touchscreen.tap(x, y);
	} else {
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.up();
		await page.waitForTimeout(30);
		await page.mouse.down({ clickCount: 2 });
		await page.mouse.up({ clickCount: 2 });
	}
}

test('[Q20] a double tap on each chair button (finger or mouse) is one action in the log', async ({ browser, request }) => {
	test.setTimeout(120_000);
	const created = await request.post(`${server.url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại năm 2026', ...startingSoon(), place: 'Hội trường UBND phường', bannerLines: ['UBND PHƯỜNG BẠCH ĐẰNG', 'HỘI NGHỊ ĐỐI THOẠI'] },
			plan: { chairs: [{ name: 'Ngô Thị Lan', title: 'Bí thư Đảng ủy phường' }] },
			agenda: [
				{ title: 'Khai mạc', plannedMinutes: 10 },
				{ title: 'Đối thoại với Nhân dân', plannedMinutes: 90, type: 'dialogue' },
				{ title: 'Kết luận', plannedMinutes: 15, type: 'conclusion' }
			],
			agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT', head: 'Đỗ Văn Hùng' }],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }],
			delegates: [
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Phạm Thị Dung', unit: 'Thôn Đông', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Ông', fullName: 'Lê Văn Cường', unit: 'Tổ dân phố 5', category: 'Đại biểu Nhân dân' }
			]
		}
	});
	expect(created.status(), await created.text()).toBe(201);
	const { id } = await created.json();
	const chairSocket = await adminSocket(server.url, id, 'chair');
	const state = chairSocket.snapshot.state;
	await mustSend(chairSocket, 'meeting.start', {});
	await mustSend(chairSocket, 'agenda.setCurrent', { itemId: state.agenda[1].id });
	for (const d of state.delegates) {
		await mustSend(chairSocket, 'request.submit', { fieldId: state.fields[0].id, statement: 'Đường ngõ ngập khi mưa', who: { kind: 'delegate', delegateId: d.id }, via: 'hand' });
	}
	chairSocket.close();

	const chair = await (await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true })).newPage();
	await chair.context().addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url: server.url }]);
	await gotoReady(chair, `${server.url}/m/${id}/chair`);
	const names = () => chair.getByTestId('queue-name').allInnerTexts();
	await expect.poll(names).toEqual(['Bà Trần Thị Bình', 'Ông Nguyễn Văn An', 'Bà Phạm Thị Dung', 'Ông Lê Văn Cường']);
	await expect(chair.getByTestId('give-next-name')).toHaveText('Bà Trần Thị Bình');

	let before = logCounts(id);
	/** Double-taps, waits for what the first tap shows, lets a second command land if one was sent, and returns what the log gained. */
	async function gained(testId: string, shown: () => Promise<void>, nth = 0, how: 'finger' | 'mouse' = 'finger') {
		await doubleTap(chair, testId, nth, how);
		await shown();
		await chair.waitForTimeout(700);
		const after = logCounts(id);
		const diff: Record<string, number> = {};
		for (const [type, n] of Object.entries(after)) if (n !== (before[type] ?? 0)) diff[type] = n - (before[type] ?? 0);
		before = after;
		return diff;
	}
	const floorName = chair.getByTestId('floor-name');

	// "Mời người tiếp theo": Bà Bình speaks, Ông An is still the next one.
	expect(await gained('give-next', () => expect(floorName).toHaveText('Bà Trần Thị Bình'))).toEqual({ 'turn.started': 1 });
	await expect(floorName).toHaveText('Bà Trần Thị Bình');
	await expect(chair.getByTestId('give-next-name')).toHaveText('Ông Nguyễn Văn An');

	expect(await gained('pause', () => expect(chair.getByTestId('resume')).toBeVisible())).toEqual({ 'turn.paused': 1 });
	expect(await gained('resume', () => expect(chair.getByTestId('pause')).toBeVisible())).toEqual({ 'turn.resumed': 1 });
	expect(await gained('extend', () => expect(chair.getByTestId('undo')).toContainText('+1 phút'))).toEqual({ 'turn.extended': 1 });

	// The agency answers, the citizen follows up, the chair answers, the chair ends the turn.
	expect(await gained('answer', () => expect(floorName).toHaveText(/Đỗ Văn Hùng/))).toEqual({ 'turn.ended': 1, 'turn.started': 1 });
	expect(await gained('follow-up', () => expect(floorName).toHaveText(/Trần Thị Bình/))).toEqual({ 'turn.ended': 1, 'turn.started': 1 });
	expect(await gained('chair-answer', () => expect(floorName).toHaveText(/Ngô Thị Lan/))).toEqual({ 'turn.ended': 1, 'turn.started': 1 });
	expect(await gained('end-turn', () => expect(chair.getByTestId('floor-name')).toHaveCount(0), 0, 'mouse')).toEqual({ 'turn.ended': 1 });

	// A row's "Mời" (Ông An): the next row moves up under the finger and is not invited.
	expect(await gained('give-floor', () => expect(floorName).toHaveText('Ông Nguyễn Văn An'), 0, 'mouse')).toEqual({ 'turn.started': 1 });
	expect(await names()).toEqual(['Bà Phạm Thị Dung', 'Ông Lê Văn Cường']);

	// "Vắng mặt" on the top row: Bà Dung goes to the end once; Ông Cường is not sent after her.
	expect(await gained('absent', () => expect.poll(names).toEqual(['Ông Lê Văn Cường', 'Bà Phạm Thị Dung']), 0)).toEqual({ 'request.markedAbsent': 1 });
	expect(await names()).toEqual(['Ông Lê Văn Cường', 'Bà Phạm Thị Dung']);

	// "Hoàn tác" once: Bà Dung is back on top; the undo before it is not undone too.
	expect(await gained('undo', () => expect.poll(names).toEqual(['Bà Phạm Thị Dung', 'Ông Lê Văn Cường']))).toEqual({ 'queue.undone': 1 });

	// "Khóa danh sách": locked, not locked and unlocked again.
	expect(await gained('lock', () => expect(chair.getByTestId('unlock')).toBeVisible())).toEqual({ 'queue.locked': 1 });
	expect(await gained('unlock', () => expect(chair.getByTestId('lock')).toBeVisible())).toEqual({ 'queue.unlocked': 1 });

	// "Mời lại" for the last speaker.
	expect(await gained('recall', () => expect.poll(async () => (await names()).length).toBe(3), 0, 'mouse')).toEqual({ 'request.recalled': 1 });

	// ▶ the next programme item: one step, not two.
	expect(await gained('next-item', () => expect(chair.getByTestId('current-item')).toHaveText('Kết luận'))).toEqual({ 'agenda.currentSet': 1 });
	await chair.screenshot({ path: 'test-results/screens/double-tap-chair.png' });
});
