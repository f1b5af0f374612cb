/** A running meeting for the minutes' end-to-end tests: chairs, agencies, delegates, collected opinions. */
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { adminSocket, mustSend, type AdminSocket } from './admin-socket';
import { ADMIN_TOKEN } from './server';
import { gotoReady } from './ready';

export const laptop = { viewport: { width: 1366, height: 768 } };
export const tablet = { viewport: { width: 1024, height: 768 } };

export async function runningMeeting(request: APIRequestContext, url: string): Promise<{ id: string; chair: AdminSocket }> {
	const created = await request.post(`${url}/api/meetings`, {
		headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
		data: {
			basics: { title: 'Hội nghị đối thoại năm 2026', date: '2026-07-13', startTime: '14:00', place: 'Hội trường UBND phường Bạch Đằng', bannerLines: ['HỘI NGHỊ'] },
			agenda: [{ title: 'Khai mạc' }, { title: 'Báo cáo tình hình kinh tế - xã hội' }, { title: 'Đối thoại' }, { title: 'Kết luận' }],
			plan: { chairs: [{ name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND phường' }] },
			agencies: [
				{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KTHTĐT', head: 'Ông Trần Văn Bình' },
				{ name: 'Công an phường', shortName: 'CA', head: 'Ông Lê Văn Cường' },
				{ name: 'Phòng Văn hóa - Xã hội', shortName: 'VHXH', head: 'Bà Phạm Thị Dung' }
			],
			categories: [{ name: 'Đại biểu Nhân dân', expected: 3 }],
			delegates: [
				{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân' },
				{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' }
			],
			collectedOpinions: [
				{ raisedBy: 'Ông Nguyễn Văn Hải', unit: 'Tổ dân phố 5', field: 'Giao thông', content: 'Đường ngõ 12 tổ dân phố 5 xuống cấp, mưa bị ngập sâu, đề nghị sửa chữa' },
				{ raisedBy: 'Chi hội Phụ nữ tổ 3', raisedByKind: 'organisation', unit: 'Tổ dân phố 3', field: 'Môi trường', content: 'Rác thải tập kết ven sông gây ô nhiễm, đề nghị di dời' }
			]
		}
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	const chair = await adminSocket(url, id, 'chair');
	await mustSend(chair, 'meeting.start', {});
	return { id, chair };
}

export async function openAs(browser: Browser, url: string, path: string, options = laptop): Promise<Page> {
	const context = await browser.newContext(options);
	await context.addCookies([{ name: 'dt_admin', value: ADMIN_TOKEN, url }]);
	const page = await context.newPage();
	await gotoReady(page, `${url}${path}`);
	// The secretary's screen says when its socket is up; other screens queue until it is.
	if (path.endsWith('/secretary')) await page.waitForFunction(() => document.querySelector('[data-connected=true]') !== null);
	return page;
}
