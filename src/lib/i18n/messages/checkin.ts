/** Check-in at the door: results and errors (pretix-like: green, orange, red). */
export const checkinMessages = {
	'checkin.button': { vi: 'Điểm danh', en: 'Check in' },
	'checkin.done': { vi: 'Đã điểm danh lúc {time}', en: 'Checked in at {time}' },
	'checkin.opensAt': { vi: 'Điểm danh mở lúc {time} ngày {date}.', en: 'Check-in opens at {time} on {date}.' },
	'checkin.sending': { vi: 'Đang gửi…', en: 'Sending…' },
	'error.already_checked_in': { vi: 'Đã điểm danh lúc {time} ngày {date}.', en: 'Already checked in at {time} on {date}.' },
	'error.not_checked_in': { vi: 'Đại biểu này chưa điểm danh.', en: 'This delegate has not checked in.' },
	'error.checkin_not_open': {
		vi: 'Chưa đến giờ điểm danh. Điểm danh mở lúc {time} ngày {date}.',
		en: 'Check-in is not open yet. It opens at {time} on {date}.'
	},
	'error.unknown_token': {
		vi: 'Mã không đúng hoặc đã bị thay. Xin mời đến tổ giúp việc.',
		en: 'Unknown or replaced code. Please go to the help desk.'
	},
	'error.on_invitation_list': {
		vi: 'Họ tên của ông/bà có trong danh sách khách mời. Xin dùng mã QR trên giấy mời để điểm danh, hoặc đến tổ giúp việc ở cửa hội trường.',
		en: 'Your name is on the invitation list. Please check in with the QR code on your invitation, or go to the help desk at the door.'
	},
	'error.invited_namesake': {
		vi: 'Người cùng họ tên và đơn vị này có trong danh sách khách mời và chưa điểm danh.',
		en: 'Someone with this name and unit is on the invitation list and has not checked in yet.'
	},
	'error.no_walk_in_category': {
		vi: 'Hội nghị chưa có thành phần đại biểu để ghi nhận người đến tự do. Xin mời đến tổ giúp việc.',
		en: 'The meeting has no delegate category for walk-ins yet. Please go to the help desk.'
	}
} as const satisfies Record<string, { vi: string; en: string }>;
