/** The plan screen (/m/[id]/plan): its tabs, the settings, programme, lists and calendar editors. */
export const planScreenMessages = {
	'planScreen.title': { vi: 'Kế hoạch hội nghị', en: 'Meeting plan' },
	'planScreen.back': { vi: '← Trang hội nghị', en: '← Meeting page' },
	'planScreen.open': { vi: 'Kế hoạch, đại biểu, giấy mời, ý kiến thu thập', en: 'Plan, delegates, invitations, collected opinions' },
	'planScreen.tab.plan': { vi: 'Kế hoạch', en: 'Plan' },
	'planScreen.tab.delegates': { vi: 'Đại biểu', en: 'Delegates' },
	'planScreen.tab.invitations': { vi: 'Giấy mời', en: 'Invitations' },
	'planScreen.tab.opinions': { vi: 'Ý kiến thu thập', en: 'Collected opinions' },
	'planScreen.ended': { vi: 'Hội nghị đã kết thúc: kế hoạch chỉ còn để xem.', en: 'The meeting has ended: the plan is read-only.' },
	'planScreen.save': { vi: 'Lưu', en: 'Save' },
	'planScreen.undo': { vi: 'Bỏ thay đổi', en: 'Discard changes' },
	'planScreen.saved': { vi: 'Đã lưu.', en: 'Saved.' },
	'planScreen.unsaved': { vi: 'Có thay đổi chưa lưu', en: 'Unsaved changes' },
	'planScreen.unsavedBadge': { vi: 'Chưa lưu', en: 'Not saved' },
	'planScreen.unsavedSections': { vi: 'Chưa lưu: {sections}', en: 'Not saved yet: {sections}' },
	'planScreen.saveAll': { vi: 'Lưu tất cả', en: 'Save all' },
	'planScreen.leaveConfirm': {
		vi: 'Các phần sau có thay đổi chưa lưu: {sections}. Rời trang thì các thay đổi này sẽ mất. Vẫn rời trang?',
		en: 'These sections have changes not saved: {sections}. Leaving the page loses them. Leave anyway?'
	},
	'planScreen.addRow': { vi: '+ Thêm', en: '+ Add' },
	'planScreen.moveUp': { vi: 'Lên', en: 'Up' },
	'planScreen.moveDown': { vi: 'Xuống', en: 'Down' },
	'planScreen.remove': { vi: 'Xóa', en: 'Remove' },
	'planScreen.empty': { vi: 'Chưa có mục nào.', en: 'Nothing yet.' },

	'planScreen.settings': { vi: 'Hình thức, chủ trì và thư ký', en: 'Kind, chairs and secretaries' },
	'planScreen.kind': { vi: 'Hình thức hội nghị', en: 'Kind of meeting' },
	'planScreen.kind.periodic': { vi: 'Định kỳ', en: 'Periodic' },
	'planScreen.kind.thematic': { vi: 'Chuyên đề', en: 'Thematic' },
	'planScreen.kind.adhoc': { vi: 'Đột xuất', en: 'Ad hoc' },
	'planScreen.host': { vi: 'Cơ quan chủ trì', en: 'Host' },
	'planScreen.host.party': { vi: 'Đảng ủy', en: 'Party committee' },
	'planScreen.host.government': { vi: 'UBND', en: "People's Committee" },
	'planScreen.host.both': { vi: 'Đảng ủy và UBND đồng chủ trì', en: 'Party committee and People’s Committee as co-chairs' },
	'planScreen.parentBody': { vi: 'Cơ quan cấp trên (dòng 1 góc trái văn bản)', en: 'Parent body (document header, line 1)' },
	'planScreen.parentBodyHelp': { vi: 'VD: ĐẢNG BỘ THÀNH PHỐ HẠ LONG', en: 'e.g. ĐẢNG BỘ THÀNH PHỐ HẠ LONG' },
	'planScreen.issuingBody': { vi: 'Cơ quan ban hành (dòng 2 góc trái văn bản)', en: 'Issuing body (document header, line 2)' },
	'planScreen.issuingBodyHelp': { vi: 'VD: ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG', en: 'e.g. ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG' },
	'planScreen.chairs': { vi: 'Chủ trì, đồng chủ trì và người được ủy quyền', en: 'Chairs, co-chairs and deputies' },
	'planScreen.secretaries': { vi: 'Tổ thư ký', en: 'Secretary team' },
	'planScreen.person.name': { vi: 'Họ và tên', en: 'Full name' },
	'planScreen.person.title': { vi: 'Chức vụ', en: 'Title' },
	'planScreen.person.position': { vi: 'Vai trò', en: 'Role' },
	'planScreen.position.chair': { vi: 'Chủ trì / đồng chủ trì', en: 'Chair / co-chair' },
	'planScreen.position.deputy': { vi: 'Phó, được ủy quyền', en: 'Deputy (by authorisation)' },
	'planScreen.rules': { vi: 'Nội quy hội nghị', en: 'Rules of the meeting' },
	'planScreen.defaultSpeakingMinutes': { vi: 'Thời gian mỗi lượt phát biểu (phút)', en: 'Speaking time per turn (minutes)' },
	'planScreen.checkInOpens': { vi: 'Mở điểm danh trước giờ khai mạc (phút)', en: 'Check-in opens before the start (minutes)' },
	'planScreen.walkInCategory': { vi: 'Người đến tự do được xếp vào thành phần', en: 'Walk-ins are added to the category' },
	'planScreen.walkInCategoryAuto': { vi: 'Tự động ("Nhân dân", nếu có)', en: 'Automatic ("Nhân dân" if there is one)' },

	'planScreen.programme': { vi: 'Chương trình hội nghị', en: 'Programme' },
	'planScreen.programmeUsual': { vi: 'Bắt đầu từ chương trình thường lệ', en: 'Start from the usual programme' },
	'planScreen.programmeUsualConfirm': {
		vi: 'Thay chương trình đang soạn bằng chương trình thường lệ? Các nội dung hiện có sẽ bị thay thế (chưa lưu cho đến khi bấm Lưu).',
		en: 'Replace the programme being edited with the usual one? Current items are replaced (nothing is saved until you press Save).'
	},
	'planScreen.programmeTotal': {
		vi: 'Tổng thời gian dự kiến: {minutes} phút, kết thúc khoảng {end}.',
		en: 'Planned in all: {minutes} minutes, ending about {end}.'
	},
	'planScreen.item.title': { vi: 'Nội dung', en: 'Item' },
	'planScreen.item.presenter': { vi: 'Người trình bày', en: 'Presenter' },
	'planScreen.item.minutes': { vi: 'Phút', en: 'Minutes' },
	'planScreen.item.type': { vi: 'Loại', en: 'Type' },
	'planScreen.itemType.procedural': { vi: 'Thủ tục', en: 'Procedural' },
	'planScreen.itemType.report': { vi: 'Báo cáo', en: 'Report' },
	'planScreen.itemType.answers': { vi: 'Trả lời ý kiến thu thập', en: 'Answers to collected opinions' },
	'planScreen.itemType.dialogue': { vi: 'Đối thoại', en: 'Dialogue' },
	'planScreen.itemType.conclusion': { vi: 'Kết luận', en: 'Conclusion' },
	'programme.usual.procedural': {
		vi: 'Tuyên bố lý do, giới thiệu đại biểu; thông qua chương trình, nội quy; cử thư ký và tổ giúp việc',
		en: 'Purpose, introductions; approve the programme and rules; appoint the secretary and the help desk'
	},
	'programme.usual.opening': { vi: 'Phát biểu khai mạc, nêu mục đích, nội dung đối thoại', en: 'Opening: purpose and content of the dialogue' },
	'programme.usual.report': {
		vi: 'Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh',
		en: 'Report on the socio-economic situation, defence and security'
	},
	'programme.usual.answers': {
		vi: 'Báo cáo trả lời ý kiến, kiến nghị thu thập trước hội nghị',
		en: 'Report answering the opinions collected beforehand'
	},
	'programme.usual.dialogue': { vi: 'Đối thoại với Nhân dân', en: 'Dialogue with the citizens' },
	'programme.usual.issueConclusions': {
		vi: 'Chủ trì tổng hợp, kết luận từng vấn đề',
		en: 'The chair sums up and concludes each issue'
	},
	'programme.usual.conclusion': { vi: 'Kết luận hội nghị và bế mạc', en: 'Conclusion and closing' },

	'planScreen.agencies': { vi: 'Cơ quan trả lời, giải trình', en: 'Agencies that answer' },
	'planScreen.agenciesHelp': {
		vi: 'Các cơ quan được giao chuẩn bị trả lời ý kiến và trả lời tại hội nghị.',
		en: 'Agencies assigned to prepare answers and to answer in the room.'
	},
	'planScreen.agency.name': { vi: 'Tên cơ quan', en: 'Name' },
	'planScreen.agency.shortName': { vi: 'Tên viết tắt', en: 'Short name' },
	'planScreen.agency.head': { vi: 'Thủ trưởng', en: 'Head' },
	'planScreen.agenciesCopy': { vi: 'Chép danh sách từ hội nghị khác', en: 'Copy the list from another meeting' },
	'planScreen.agenciesCopyButton': { vi: 'Thêm các cơ quan chưa có', en: 'Add the ones not yet listed' },
	'planScreen.agenciesCopied': { vi: 'Đã thêm {count} cơ quan; bấm Lưu để ghi lại.', en: 'Added {count} agencies; press Save to keep them.' },

	'planScreen.categories': { vi: 'Thành phần đại biểu và số dự kiến', en: 'Delegate categories and expected numbers' },
	'planScreen.category.name': { vi: 'Thành phần', en: 'Category' },
	'planScreen.category.expected': { vi: 'Số dự kiến', en: 'Expected' },
	'planScreen.categoriesTotal': { vi: 'Tổng số dự kiến: {count} đại biểu.', en: 'Expected in all: {count} delegates.' },

	'planScreen.units': { vi: 'Đơn vị (tổ dân phố, thôn, cơ quan)', en: 'Units (residential groups, villages, agencies)' },
	'planScreen.unit.name': { vi: 'Tên đơn vị', en: 'Unit' },
	'planScreen.unit.kind': { vi: 'Loại', en: 'Kind' },
	'planScreen.unitKind.residential_group': { vi: 'Tổ dân phố', en: 'Residential group' },
	'planScreen.unitKind.village': { vi: 'Thôn', en: 'Village' },
	'planScreen.unitKind.agency': { vi: 'Cơ quan', en: 'Agency' },
	'planScreen.unitKind.other': { vi: 'Khác', en: 'Other' },

	'planScreen.calendar': { vi: 'Ngày nghỉ, ngày làm bù và thời hạn', en: 'Days off, make-up days and deadlines' },
	'planScreen.calendarHelp': {
		vi: 'Thời hạn tính theo ngày làm việc: không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết. Bảng có sẵn ngày nghỉ 2025–2035; sửa theo thông báo hằng năm của Chính phủ.',
		en: 'Deadlines count working days: not Saturdays, Sundays or public holidays. The table has the days off for 2025–2035; edit it to follow the government’s yearly announcements.'
	},
	'planScreen.invitationDeadline': {
		vi: 'Giấy mời cần phát hành chậm nhất ngày {date} (7 ngày làm việc trước hội nghị).',
		en: 'Invitations must go out by {date} (7 working days before the meeting).'
	},
	'planScreen.calendarYear': { vi: 'Năm', en: 'Year' },
	'planScreen.daysOff': { vi: 'Ngày nghỉ trong năm', en: 'Days off in the year' },
	'planScreen.extraWorkdays': { vi: 'Ngày làm bù (thứ Bảy, Chủ nhật đi làm)', en: 'Make-up working days (weekend days worked)' },
	'planScreen.addDayOff': { vi: 'Thêm ngày nghỉ', en: 'Add a day off' },
	'planScreen.addExtraWorkday': { vi: 'Thêm ngày làm bù', en: 'Add a make-up day' },
	'planScreen.noDays': { vi: 'Không có.', en: 'None.' },

	'planScreen.speaking': { vi: 'Đăng ký và thời gian phát biểu', en: 'Requests to speak and speaking time' },
	'planScreen.answerMinutes': { vi: 'Thời gian mỗi lượt trả lời (phút)', en: 'Time per answer (minutes)' },
	'planScreen.followUpMinutes': { vi: 'Thời gian trao đổi thêm (phút)', en: 'Time for a follow-up (minutes)' },
	'planScreen.maxWaiting': { vi: 'Số đăng ký chờ tối đa của mỗi người', en: 'Waiting requests per person, at most' },
	'planScreen.closeAfterDialogue': {
		vi: 'Tự động dừng nhận đăng ký khi chương trình đã qua phần đối thoại',
		en: 'Close requests by themselves once the programme moves past the dialogue'
	},
	'planScreen.absentRequeues': {
		vi: '"Vắng mặt" lần đầu: chuyển xuống cuối danh sách (bỏ chọn: xóa khỏi danh sách ngay)',
		en: '"Not in the hall" the first time: to the end of the queue (unticked: off the queue at once)'
	},
	'planScreen.citizens': { vi: 'Thành phần được tính là Nhân dân khi xếp thứ tự công bằng', en: 'Categories counted as citizens in fair order' },
	'planScreen.citizensHelp': {
		vi: 'Thứ tự công bằng: người chưa phát biểu trước, Nhân dân trước cán bộ, rồi theo thời gian đăng ký.',
		en: 'Fair order: people who have not spoken first, citizens before officials, then time of request.'
	},
	'planScreen.citizensAuto': {
		vi: 'Tự động: người đến tự do và các thành phần có tên "Nhân dân", "uy tín"',
		en: 'Automatic: walk-ins and the categories named "Nhân dân", "uy tín"'
	},
	'planScreen.citizensNoCategories': { vi: 'Chưa có thành phần đại biểu.', en: 'No delegate categories yet.' },
	'planScreen.fields': { vi: 'Lĩnh vực ý kiến', en: 'Fields of opinions' },
	'planScreen.fieldsHelp': {
		vi: 'Người đăng ký phát biểu hoặc gửi ý kiến chọn một lĩnh vực trong danh sách này. Lĩnh vực đã có người chọn thì không xóa được (vẫn sửa tên được).',
		en: 'A request to speak or a written opinion picks one field from this list. A field someone picked cannot be removed (it can be renamed).'
	},
	'planScreen.field.name': { vi: 'Lĩnh vực', en: 'Field' }
} as const satisfies Record<string, { vi: string; en: string }>;
