/** The demo meeting offered on first run (built from seed plan 000). */
export const demoMessages = {
	'demo.offer': {
		vi: 'Muốn xem thử? Tạo một hội nghị mẫu (phường Bạch Đằng, 182 đại biểu, 10 ý kiến thu thập trước), họp hôm nay và bắt đầu trong vòng một giờ, để xem mọi màn hình hoạt động như khi họp thật.',
		en: 'Want to try it? Create a demo meeting (Bạch Đằng ward, 182 delegates, 10 collected opinions), held today and starting within the hour, to see every screen at work as in a real meeting.'
	},
	'demo.create': { vi: 'Tạo một hội nghị mẫu để xem thử', en: 'Create a demo meeting to try it out' },
	'demo.hint': {
		vi: 'Chưa có hội nghị nào: chạy "npm run demo" hoặc bấm "Tạo một hội nghị mẫu để xem thử" trên trang quản trị.',
		en: 'No meetings yet: run "npm run demo" or press "Create a demo meeting to try it out" on the admin page.'
	},
	'admin.pastDateConfirm': {
		vi: 'Ngày họp {date} đã qua. Vẫn tạo hội nghị với ngày này?',
		en: 'The meeting date {date} is in the past. Create the meeting with this date anyway?'
	}
} as const satisfies Record<string, { vi: string; en: string }>;
