/** The help desk (tổ giúp việc) at the door: scan, search, check in, walk-ins, lost invitations. */
export const deskMessages = {
	// --- the scan field (a handheld scanner types the QR's text and Enter)
	'desk.scan.label': { vi: 'Quét mã QR trên giấy mời hoặc nhập mã', en: 'Scan the invitation QR or type the code' },
	'desk.scan.placeholder': { vi: 'Đưa mã QR vào máy quét…', en: 'Hold the QR code to the scanner…' },
	'desk.scan.submit': { vi: 'Điểm danh', en: 'Check in' },
	'desk.find.label': { vi: 'Quét mã QR trên giấy mời, hoặc gõ họ tên / đơn vị để tìm', en: 'Scan the invitation QR, or type a name / unit to search' },
	'desk.find.placeholder': { vi: 'Mã hoặc họ tên', en: 'Code or name' },
	'desk.find.submit': { vi: 'Tìm', en: 'Search' },

	// --- the result card (green / orange / red, as pretixSCAN)
	'desk.result.sending': { vi: 'Đang gửi…', en: 'Sending…' },
	'desk.result.ok': { vi: 'Đã điểm danh', en: 'Checked in' },
	'desk.result.already': { vi: 'Đã điểm danh lúc {time}', en: 'Already checked in at {time}' },
	'desk.result.alreadyHint': { vi: 'Không ghi nhận lần thứ hai.', en: 'Not counted a second time.' },
	'desk.result.unknown': { vi: 'Mã không hợp lệ', en: 'Invalid code' },
	'desk.result.unknownHint': {
		vi: 'Mã không đúng hoặc giấy mời đã được cấp lại. Hãy tìm đại biểu theo tên ở danh sách.',
		en: 'Wrong code, or the invitation was re-issued. Find the delegate by name in the list.'
	},
	'desk.result.failed': { vi: 'Chưa điểm danh được', en: 'Not checked in' },
	'desk.result.undone': { vi: 'Đã hủy điểm danh', en: 'Check-in undone' },
	'desk.result.undoFailed': { vi: 'Chưa hủy được điểm danh', en: 'Check-in not undone' },
	'desk.result.walkIn': { vi: 'Đã đăng ký và điểm danh', en: 'Registered and checked in' },
	'desk.result.reissued': { vi: 'Đã cấp mã QR mới', en: 'New QR code issued' },
	'desk.result.reissuedHint': {
		vi: 'Giấy mời cũ không còn dùng được. In thẻ mới để đại biểu dùng điện thoại quét.',
		en: 'The old invitation no longer works. Print a new card for the delegate’s phone.'
	},
	'desk.result.reissueFailed': { vi: 'Chưa cấp lại được mã QR', en: 'QR code not re-issued' },
	'desk.ended': { vi: 'Hội nghị đã kết thúc: không điểm danh thêm.', en: 'The meeting has ended: no more check-ins.' },

	// --- the list: search, filters, rows
	'desk.search.showing': { vi: 'Kết quả tìm “{query}”', en: 'Results for “{query}”' },
	'desk.search.clear': { vi: 'Bỏ tìm', en: 'Clear search' },
	'desk.search.label': { vi: 'Tìm đại biểu (họ tên hoặc đơn vị)', en: 'Find a delegate (name or unit)' },
	'desk.search.placeholder': { vi: 'VD: nguyen van an, to dan pho 3', en: 'e.g. nguyen van an, to dan pho 3' },
	'desk.filter.presence': { vi: 'Tình trạng', en: 'Status' },
	'desk.filter.all': { vi: 'Tất cả ({count})', en: 'All ({count})' },
	'desk.filter.absent': { vi: 'Chưa đến ({count})', en: 'Not yet ({count})' },
	'desk.filter.present': { vi: 'Đã đến ({count})', en: 'Arrived ({count})' },
	'desk.filter.category': { vi: 'Thành phần', en: 'Category' },
	'desk.filter.allCategories': { vi: 'Tất cả thành phần', en: 'All categories' },
	'desk.list.empty': { vi: 'Không có đại biểu nào phù hợp.', en: 'No delegate matches.' },
	'desk.list.noDelegates': { vi: 'Chưa có danh sách đại biểu.', en: 'No delegate list yet.' },
	'desk.row.checkIn': { vi: 'Điểm danh', en: 'Check in' },
	'desk.row.presentAt': { vi: 'Có mặt {time}', en: 'Present {time}' },
	'desk.row.more': { vi: 'Thao tác khác cho {name}', en: 'More actions for {name}' },
	'desk.row.undo': { vi: 'Hủy điểm danh', en: 'Undo check-in' },
	'desk.row.undoConfirm': {
		vi: 'Hủy điểm danh của {name}? Nhật ký hội nghị vẫn giữ cả lần điểm danh và lần hủy.',
		en: 'Undo the check-in of {name}? The meeting log keeps both the check-in and the undo.'
	},
	'desk.row.reissue': { vi: 'Cấp lại mã QR', en: 'Re-issue QR code' },
	'desk.row.reissueConfirm': {
		vi: 'Cấp mã QR mới cho {name}? Giấy mời cũ của người này sẽ không dùng được nữa.',
		en: 'Issue a new QR code for {name}? Their old invitation will stop working.'
	},
	'desk.row.print': { vi: 'In thẻ QR', en: 'Print QR card' },
	'desk.row.walkIn': { vi: 'Đến tự do', en: 'Walk-in' },
	'desk.via.self': { vi: 'tự điểm danh', en: 'own phone' },
	'desk.via.scan': { vi: 'quét mã', en: 'scanned' },
	'desk.via.desk': { vi: 'tại bàn', en: 'at the desk' },
	'desk.via.walk_in': { vi: 'đến tự do', en: 'walk-in form' },

	// --- live counts
	'desk.counts.absent': { vi: 'Chưa đến: {count}', en: 'Not yet: {count}' },
	'desk.counts.showAbsent': { vi: 'Xem ai chưa đến', en: 'Who has not arrived' },

	// --- walk-ins registered at the desk
	'desk.walkIn.open': { vi: '+ Đăng ký người đến tự do', en: '+ Register a walk-in' },
	'desk.walkIn.title': { vi: 'Người đến tự do (không có trong danh sách)', en: 'Walk-in (not on the list)' },
	'desk.walkIn.hint': { vi: 'Được thêm vào thành phần “{category}” và điểm danh ngay.', en: 'Added to “{category}” and checked in at once.' },
	'desk.walkIn.salutation': { vi: 'Xưng hô', en: 'Salutation' },
	'desk.walkIn.fullName': { vi: 'Họ và tên', en: 'Full name' },
	'desk.walkIn.unit': { vi: 'Tổ dân phố / thôn / cơ quan', en: 'Residential group / village / agency' },
	'desk.walkIn.phone': { vi: 'Số điện thoại (không bắt buộc)', en: 'Phone (optional)' },
	'desk.walkIn.submit': { vi: 'Đăng ký và điểm danh', en: 'Register and check in' },
	'desk.walkIn.close': { vi: 'Đóng', en: 'Close' },
	'desk.person.next': {
		vi: 'Người tiếp theo: quét mã QR trên giấy mời bằng ứng dụng máy ảnh của điện thoại.',
		en: 'Next person: scan the invitation QR with the phone’s camera app.'
	},
	'desk.person.back': { vi: '← Về màn hình tổ giúp việc', en: '← Back to the help desk' },
	'desk.walkIn.namesake': {
		vi: '{name} — {unit} có trong danh sách khách mời và chưa điểm danh. Có phải là người này không?',
		en: '{name} — {unit} is on the invitation list and has not checked in yet. Is this that person?'
	},
	'desk.walkIn.checkInInvited': { vi: 'Đúng, điểm danh người được mời', en: 'Yes: check in the invited person' },
	'desk.walkIn.registerAnyway': { vi: 'Không, đây là người khác: vẫn đăng ký', en: 'No, someone else: register anyway' },

	// --- one delegate's card with the personal QR (A6)
	'desk.card.title': { vi: 'Thẻ đại biểu', en: 'Delegate card' },
	'desk.card.print': { vi: 'In thẻ', en: 'Print card' },
	'desk.card.back': { vi: '← Về bàn điểm danh', en: '← Back to the desk' },
	'desk.card.printHelp': {
		vi: 'Khi in: khổ A6 (hoặc A4 rồi cắt), lề “Không có”, tắt “Đầu trang và chân trang”.',
		en: 'When printing: A6 (or A4 and cut), margins “None”, headers and footers off.'
	},
	'desk.card.scan': { vi: 'Quét mã QR bằng điện thoại để điểm danh và đăng ký phát biểu', en: 'Scan the QR code with your phone to check in and register to speak' },
	'desk.card.notFound': { vi: 'Không tìm thấy đại biểu này.', en: 'Delegate not found.' }
} as const satisfies Record<string, { vi: string; en: string }>;
