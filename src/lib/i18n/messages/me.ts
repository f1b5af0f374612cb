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
	'me.ended': { vi: 'Hội nghị đã kết thúc. Xin cảm ơn Ông/Bà đã đến dự!', en: 'The meeting has ended. Thank you for attending!' }
} as const satisfies Record<string, { vi: string; en: string }>;
