/** Messages of the app frame, roles, admin, chair, projector and the core errors. */
export const coreMessages = {
	// --- app frame
	'app.name': { vi: 'Đối thoại', en: 'Đối thoại (Dialogue)' },
	'app.tagline': {
		vi: 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
		en: 'Dialogue conference between Party and government leaders and the people'
	},
	'lang.switch': { vi: 'English', en: 'Tiếng Việt' },
	'conn.lost': { vi: 'Mất kết nối — đang kết nối lại…', en: 'Connection lost — reconnecting…' },
	'conn.connecting': { vi: 'Đang kết nối…', en: 'Connecting…' },
	'conn.pending': { vi: '{count} thao tác chưa gửi được, sẽ tự gửi lại', en: '{count} action(s) not yet sent, will resend' },

	// --- roles
	'role.admin': { vi: 'Quản trị', en: 'Administrator' },
	'role.chair': { vi: 'Chủ trì', en: 'Chair' },
	'role.secretary': { vi: 'Thư ký', en: 'Secretary' },
	'role.desk': { vi: 'Tổ giúp việc (điểm danh)', en: 'Help desk (check-in)' },
	'role.projector': { vi: 'Màn chiếu', en: 'Projector' },
	'role.delegate': { vi: 'Đại biểu', en: 'Delegate' },
	'role.guest': { vi: 'Người đến dự (chưa có giấy mời)', en: 'Walk-in (no invitation yet)' },

	// --- meeting status
	'status.planned': { vi: 'Chưa bắt đầu', en: 'Not started' },
	'status.running': { vi: 'Đang diễn ra', en: 'In progress' },
	'status.ended': { vi: 'Đã kết thúc', en: 'Ended' },

	// --- admin: meetings list and creation
	'admin.title': { vi: 'Các hội nghị đối thoại', en: 'Dialogue conferences' },
	'admin.needLink': {
		vi: 'Trang quản trị cần đường dẫn quản trị. Mở đường dẫn được in ra khi khởi động máy chủ (npm start).',
		en: 'The admin page needs the admin link. Open the link printed when the server starts (npm start).'
	},
	'admin.noMeetings': { vi: 'Chưa có hội nghị nào.', en: 'No meetings yet.' },
	'admin.create': { vi: 'Tạo hội nghị', en: 'Create meeting' },
	'admin.open': { vi: 'Mở', en: 'Open' },
	'field.title': { vi: 'Tên hội nghị', en: 'Meeting title' },
	'field.date': { vi: 'Ngày', en: 'Date' },
	'field.startTime': { vi: 'Giờ bắt đầu', en: 'Start time' },
	'field.place': { vi: 'Địa điểm', en: 'Place' },
	'field.bannerLines': { vi: 'Típ chữ (mỗi dòng một dòng khánh tiết)', en: 'Banner text (one line per row)' },
	'field.agenda': { vi: 'Chương trình (mỗi dòng một nội dung)', en: 'Programme (one item per line)' },
	'admin.save': { vi: 'Lưu', en: 'Save' },
	'admin.saved': { vi: 'Đã lưu.', en: 'Saved.' },
	'admin.editBasics': { vi: 'Thông tin chung', en: 'Basics' },
	'admin.roleLinks': { vi: 'Đường dẫn theo vai trò', en: 'Role links' },
	'admin.roleLinksHelp': {
		vi: 'Quét mã QR bằng máy tính bảng hoặc điện thoại để ghép thiết bị với vai trò. Ai có đường dẫn là có quyền của vai trò đó.',
		en: 'Scan the QR code with the tablet or phone to pair it with the role. Whoever has the link has the role.'
	},
	'admin.reissue': { vi: 'Thu hồi và cấp lại', en: 'Revoke and re-issue' },
	'admin.reissueConfirm': {
		vi: 'Thu hồi đường dẫn cũ? Thiết bị đang dùng đường dẫn cũ sẽ bị ngắt.',
		en: 'Revoke the old link? Devices using it will be disconnected.'
	},
	'admin.reissued': { vi: 'Đã cấp đường dẫn mới cho {role}.', en: 'New link issued for {role}.' },
	'admin.back': { vi: '← Danh sách hội nghị', en: '← All meetings' },

	// --- access
	'access.invalidLink': {
		vi: 'Đường dẫn không hợp lệ hoặc đã bị thu hồi. Xin liên hệ tổ giúp việc của hội nghị.',
		en: 'This link is invalid or has been revoked. Please ask the meeting help desk.'
	},
	'access.needRole': {
		vi: 'Thiết bị này chưa được ghép với vai trò {role}. Hãy quét mã QR của vai trò do ban tổ chức cung cấp.',
		en: 'This device is not paired with the {role} role. Scan the role QR code from the organisers.'
	},
	'access.kicked': {
		vi: 'Đường dẫn của thiết bị này đã bị thu hồi. Hãy quét mã QR mới.',
		en: 'This device’s link was revoked. Scan the new QR code.'
	},
	'meeting.notFoundPage': { vi: 'Không tìm thấy hội nghị.', en: 'Meeting not found.' },

	// --- chair
	'chair.start': { vi: 'Bắt đầu hội nghị', en: 'Start the meeting' },
	'chair.end': { vi: 'Kết thúc hội nghị', en: 'End the meeting' },
	'chair.endConfirm': { vi: 'Kết thúc hội nghị? Sau khi kết thúc không thể mở lại.', en: 'End the meeting? It cannot be reopened.' },
	'chair.next': { vi: 'Nội dung tiếp theo →', en: 'Next item →' },
	'chair.prev': { vi: '← Nội dung trước', en: '← Previous item' },
	'chair.current': { vi: 'Đang thực hiện', en: 'Current item' },
	'chair.agenda': { vi: 'Chương trình hội nghị', en: 'Programme' },
	'chair.goTo': { vi: 'Chuyển đến nội dung này', en: 'Go to this item' },
	'chair.noCurrent': { vi: 'Chưa chọn nội dung', en: 'No item selected' },
	'chair.itemTimer': { vi: 'Thời gian đã dành cho nội dung này', en: 'Time spent on this item' },
	'chair.itemPlanned': { vi: '/ {minutes} phút dự kiến', en: '/ {minutes} min planned' },
	'chair.itemOver': { vi: 'Quá {minutes} phút so với dự kiến', en: '{minutes} min over the planned time' },

	// --- projector
	'projector.waiting': { vi: 'Hội nghị sắp bắt đầu', en: 'The meeting will begin shortly' },
	'projector.ended': { vi: 'Hội nghị đã kết thúc. Xin cảm ơn!', en: 'The meeting has ended. Thank you!' },
	'projector.moreBefore': { vi: '… {count} nội dung trước', en: '… {count} earlier items' },
	'projector.moreAfter': { vi: '… còn {count} nội dung sau', en: '… {count} more items' },

	// --- domain errors (code → message)
	'error.invalid_command': { vi: 'Lệnh không hợp lệ: {details}', en: 'Invalid command: {details}' },
	'error.unknown_command': { vi: 'Không có lệnh "{type}".', en: 'There is no command "{type}".' },
	'error.forbidden': {
		vi: 'Vai trò {role} không được thực hiện thao tác này.',
		en: 'The {role} role may not do this.'
	},
	'error.meeting_exists': { vi: 'Hội nghị này đã được tạo.', en: 'This meeting already exists.' },
	'error.meeting_not_found': { vi: 'Không tìm thấy hội nghị.', en: 'Meeting not found.' },
	'error.already_started': { vi: 'Hội nghị đã bắt đầu.', en: 'The meeting has already started.' },
	'error.not_started': { vi: 'Hội nghị chưa bắt đầu.', en: 'The meeting has not started.' },
	'error.meeting_ended': { vi: 'Hội nghị đã kết thúc, không thể thay đổi.', en: 'The meeting has ended and cannot be changed.' },
	'error.agenda_item_not_found': { vi: 'Không có nội dung này trong chương trình.', en: 'No such programme item.' },
	'error.storage_failed': {
		vi: 'Không ghi được dữ liệu xuống đĩa; thao tác chưa được thực hiện. Xin thử lại.',
		en: 'Could not write to disk; the action was not done. Please retry.'
	},
	'error.timeout': { vi: 'Máy chủ không trả lời kịp.', en: 'The server did not answer in time.' },

	// --- zod field problems (used in invalid_command details)
	'problem.field': { vi: '{field}: {problem}', en: '{field}: {problem}' }
} as const satisfies Record<string, { vi: string; en: string }>;
