/** Invitations (giấy mời) with the personal QR, their print view, and the personal link /i/<token>. */
export const invitationsMessages = {
	// --- screen toolbar (hidden in print)
	'invitations.title': { vi: 'Giấy mời', en: 'Invitations' },
	'invitations.layout': { vi: 'Cách in', en: 'Layout' },
	'invitations.onePerPage': { vi: '1 giấy mời / trang A4', en: '1 per A4 page' },
	'invitations.fourPerPage': { vi: '4 giấy mời / trang A4 (cắt theo đường kẻ)', en: '4 per A4 page (cut along the lines)' },
	'invitations.category': { vi: 'Thành phần', en: 'Category' },
	'invitations.allCategories': { vi: 'Tất cả thành phần', en: 'All categories' },
	'invitations.print': { vi: 'In giấy mời', en: 'Print' },
	'invitations.count': { vi: '{count} giấy mời, {pages} trang', en: '{count} invitations, {pages} pages' },
	'invitations.none': { vi: 'Chưa có đại biểu nào để in giấy mời.', en: 'No delegates to invite yet.' },
	'invitations.printHelp': {
		vi: 'Khi in: khổ A4, hướng dọc, lề “Không có” (None), tắt “Đầu trang và chân trang”.',
		en: 'When printing: A4, portrait, margins “None”, headers and footers off.'
	},
	'invitations.deadline': { vi: 'Hạn phát hành giấy mời (đủ 7 ngày làm việc): {date}.', en: 'Issue invitations by {date} (7 working days).' },
	'invitations.late': {
		vi: 'Giấy mời phát hành chưa đủ 7 ngày làm việc trước hội nghị (hạn: {date})',
		en: 'Invitations are issued less than 7 working days before the meeting (deadline: {date})'
	},
	'invitations.reissue': { vi: 'Cấp lại mã QR', en: 'Re-issue QR' },
	'invitations.reissueConfirm': {
		vi: 'Cấp mã QR mới cho {name}? Giấy mời cũ của người này sẽ không dùng được nữa; giấy mời của người khác không đổi.',
		en: 'Issue a new QR code for {name}? Their old invitation stops working; other invitations are unchanged.'
	},
	'invitations.reissued': {
		vi: 'Đã cấp mã QR mới cho {name}. Giấy mời cũ không còn dùng được: hãy in lại giấy mời này.',
		en: 'New QR code issued for {name}. The old invitation no longer works: print this one again.'
	},
	'invitations.printOnlyThis': { vi: 'Chỉ hiện giấy mời này để in', en: 'Show only this invitation' },
	'invitations.showAll': { vi: 'Hiện tất cả giấy mời', en: 'Show all invitations' },

	// --- the printed invitation
	'invitation.nationalTitle': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
	'invitation.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Độc lập - Tự do - Hạnh phúc' },
	'invitation.party': { vi: 'ĐẢNG CỘNG SẢN VIỆT NAM', en: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
	'invitation.heading': { vi: 'GIẤY MỜI', en: 'INVITATION' },
	'invitation.to': { vi: 'Kính gửi:', en: 'To:' },
	'invitation.body': { vi: 'Trân trọng kính mời {who} đến dự', en: 'We respectfully invite {who} to attend the' },
	'invitation.time': { vi: 'Thời gian:', en: 'Time:' },
	'invitation.place': { vi: 'Địa điểm:', en: 'Place:' },
	'invitation.attend': { vi: 'Rất mong {who} đến dự đúng giờ.', en: 'We look forward to welcoming {who} on time.' },
	'invitation.scan': { vi: 'Quét mã QR để điểm danh và đăng ký phát biểu', en: 'Scan the QR code to check in and register to speak' },
	'invitation.onBehalfGovernment': { vi: 'TM. {body}', en: 'TM. {body}' },
	'invitation.onBehalfParty': { vi: 'T/M {body}', en: 'T/M {body}' },
	/* "14 giờ 00, thứ Hai, ngày 13/07/2026" — how Vietnamese invitations write the time. */
	'invitation.when': { vi: '{hour} giờ {minute}, {weekday}, ngày {date}', en: '{hour}:{minute}, {weekday}, {date}' },
	'weekday.0': { vi: 'Chủ nhật', en: 'Sunday' },
	'weekday.1': { vi: 'thứ Hai', en: 'Monday' },
	'weekday.2': { vi: 'thứ Ba', en: 'Tuesday' },
	'weekday.3': { vi: 'thứ Tư', en: 'Wednesday' },
	'weekday.4': { vi: 'thứ Năm', en: 'Thursday' },
	'weekday.5': { vi: 'thứ Sáu', en: 'Friday' },
	'weekday.6': { vi: 'thứ Bảy', en: 'Saturday' },

	// --- the personal link
	'invitation.invalidLink': {
		vi: 'Mã QR trên giấy mời này không đúng hoặc đã được thay bằng mã mới. Xin mời Ông/Bà đến tổ giúp việc tại cửa hội trường để được điểm danh và hỗ trợ.',
		en: 'The QR code on this invitation is wrong or has been replaced by a new one. Please go to the help desk at the hall entrance to check in and get help.'
	}
} as const satisfies Record<string, { vi: string; en: string }>;
