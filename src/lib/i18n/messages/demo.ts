/** The demo meeting offered on first run (built from seed plan 000). */
export const demoMessages = {
	'demo.offer': {
		vi: 'Lần đầu dùng? Tạo một hội nghị mẫu (phường Bạch Đằng, 13/7/2026, 182 đại biểu, 10 ý kiến thu thập trước) để xem mọi màn hình hoạt động.',
		en: 'First time here? Create a demo meeting (Bạch Đằng ward, 13/7/2026, 182 delegates, 10 collected opinions) to see every screen at work.'
	},
	'demo.create': { vi: 'Tạo một hội nghị mẫu để xem thử', en: 'Create a demo meeting to try it out' },
	'demo.hint': {
		vi: 'Chưa có hội nghị nào: chạy "npm run demo" hoặc bấm "Tạo một hội nghị mẫu để xem thử" trên trang quản trị.',
		en: 'No meetings yet: run "npm run demo" or press "Create a demo meeting to try it out" on the admin page.'
	}
} as const satisfies Record<string, { vi: string; en: string }>;
