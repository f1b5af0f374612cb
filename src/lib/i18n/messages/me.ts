/** The delegate's own phone (/m/<id>/me): big type, for elderly users. */
export const meMessages = {
	'me.greeting': { vi: 'Kính chào {salutation} {name}', en: 'Welcome, {salutation} {name}' },
	'me.notRecognised': {
		vi: 'Điện thoại này chưa được nhận diện. Xin mời Ông/Bà quét lại mã QR trên giấy mời, hoặc đến tổ giúp việc tại cửa hội trường để được hỗ trợ.',
		en: 'This phone is not recognised yet. Please scan the QR code on your invitation again, or ask the help desk at the hall entrance.'
	},
	'me.meeting': { vi: 'Hội nghị', en: 'Meeting' },
	'me.time': { vi: 'Thời gian', en: 'Time' },
	'me.place': { vi: 'Địa điểm', en: 'Place' },
	'me.agenda': { vi: 'Chương trình hội nghị', en: 'Programme' },
	'me.now': { vi: 'Đang diễn ra', en: 'Now' },
	// Phones without JavaScript (old phones, in-app browsers): the page says what happened and can be refreshed.
	'me.refresh': { vi: 'Cập nhật', en: 'Refresh' },
	'me.refreshHint': { vi: 'Trang tự cập nhật sau mỗi 30 giây.', en: 'This page refreshes itself every 30 seconds.' },
	'me.speak.registered': {
		vi: 'Đã đăng ký phát biểu. Ông/Bà đang ở vị trí số {position} trong danh sách đăng ký phát biểu.',
		en: 'Your request to speak is registered. You are number {position} on the list of speakers.'
	},
	'me.speak.withdrawn': { vi: 'Đã rút đăng ký phát biểu.', en: 'Your request to speak is withdrawn.' },
	'me.speak.keep': { vi: 'Không rút', en: 'Keep it' },
	'me.written.justSent': { vi: 'Đã gửi ý kiến. Tổ thư ký đã nhận. Xin cảm ơn Ông/Bà.', en: 'Your opinion is sent; the secretaries have it. Thank you.' },
	'me.ended': { vi: 'Hội nghị đã kết thúc. Xin cảm ơn Ông/Bà đã đến dự!', en: 'The meeting has ended. Thank you for attending!' }
} as const satisfies Record<string, { vi: string; en: string }>;
