/** Attendance counts, the room QR and the walk-in form (người đến tự do). */
export const attendanceMessages = {
	'attendance.title': { vi: 'Đại biểu có mặt', en: 'Delegates present' },
	'attendance.total': { vi: '{present}/{expected}', en: '{present}/{expected}' },
	'attendance.category': { vi: '{name}: {present}/{expected}', en: '{name}: {present}/{expected}' },
	'room.scanToJoin': {
		vi: 'Chưa có giấy mời? Quét mã để điểm danh',
		en: 'No invitation? Scan to check in'
	},
	'poster.open': { vi: 'In mã QR điểm danh (tờ A4)', en: 'Print the check-in QR (A4 sheet)' },
	'poster.pageTitle': { vi: 'Mã QR điểm danh', en: 'Check-in QR code' },
	'poster.back': { vi: '← Về trang hội nghị', en: '← Back to the meeting' },
	'poster.print': { vi: 'In', en: 'Print' },
	'poster.scan': { vi: 'Quét mã để điểm danh', en: 'Scan to check in' },
	'poster.how': {
		vi: 'Mở máy ảnh hoặc Zalo trên điện thoại, hướng vào mã này rồi bấm vào đường dẫn hiện ra.',
		en: 'Open the camera or Zalo on your phone, point it at this code and tap the link that appears.'
	},
	'join.title': { vi: 'Điểm danh người dự hội nghị', en: 'Check in to the meeting' },
	'join.intro': {
		vi: 'Dành cho người chưa có giấy mời. Nếu đã có giấy mời, xin quét mã QR trên giấy mời.',
		en: 'For people without an invitation. If you have one, scan the QR code on it.'
	},
	'join.salutation': { vi: 'Xưng hô', en: 'Salutation' },
	'join.fullName': { vi: 'Họ và tên', en: 'Full name' },
	'join.unit': { vi: 'Tổ dân phố / thôn / cơ quan', en: 'Residential group / village / agency' },
	'join.phone': { vi: 'Số điện thoại (không bắt buộc)', en: 'Phone (optional)' },
	'join.phoneHint': {
		vi: 'Chỉ ban tổ chức thấy số điện thoại; không hiện trên màn chiếu.',
		en: 'Only the organisers see it; never shown on the projector.'
	},
	'join.submit': { vi: 'Điểm danh', en: 'Check in' },
	'join.notOpen': { vi: 'Điểm danh mở lúc {time} ngày {date}.', en: 'Check-in opens at {time} on {date}.' },
	'join.ended': { vi: 'Hội nghị đã kết thúc.', en: 'The meeting has ended.' },
	'join.help': { vi: 'Cần giúp đỡ? Xin mời đến bàn tổ giúp việc ở cửa hội trường.', en: 'Need help? Please go to the help desk at the door.' }
} as const satisfies Record<string, { vi: string; en: string }>;
