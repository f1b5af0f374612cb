/** Opinions collected before the meeting (ý kiến thu thập trước hội nghị) and their summary report. */
export const opinionsMessages = {
	// --- the list
	'opinions.title': { vi: 'Ý kiến thu thập trước hội nghị', en: 'Opinions collected beforehand' },
	'opinions.intro': {
		vi: 'Ý kiến, kiến nghị của Nhân dân qua phiếu lấy ý kiến, Mặt trận, thư, e-mail: phân loại theo lĩnh vực, giao cơ quan chuẩn bị trả lời.',
		en: 'Citizens’ opinions and petitions from survey forms, the Front, letters and e-mail: classify by field, assign an agency to prepare the answer.'
	},
	'opinions.count': { vi: '{shown} / {total} ý kiến', en: '{shown} / {total} opinions' },
	'opinions.add': { vi: '+ Thêm ý kiến', en: '+ Add opinion' },
	'opinions.import': { vi: 'Nhập từ tệp Excel / CSV', en: 'Import from Excel / CSV' },
	'opinions.report': { vi: 'Báo cáo tổng hợp', en: 'Summary report' },
	'opinions.empty': {
		vi: 'Chưa có ý kiến nào. Thêm từng ý kiến hoặc nhập từ tệp Excel / CSV.',
		en: 'No opinions yet. Add them one by one or import an Excel / CSV file.'
	},
	'opinions.noMatch': { vi: 'Không có ý kiến nào khớp bộ lọc.', en: 'No opinion matches the filter.' },
	'opinions.ended': { vi: 'Hội nghị đã kết thúc: danh sách chỉ để xem.', en: 'The meeting has ended: the list is read-only.' },
	'opinions.added': { vi: 'Đã thêm ý kiến.', en: 'Opinion added.' },
	'opinions.saved': { vi: 'Đã lưu thay đổi.', en: 'Changes saved.' },
	'opinions.removed': { vi: 'Đã xóa ý kiến.', en: 'Opinion removed.' },
	'opinions.edit': { vi: 'Sửa', en: 'Edit' },
	'opinions.remove': { vi: 'Xóa', en: 'Remove' },
	'opinions.removeConfirm': { vi: 'Xóa ý kiến của {name}?', en: 'Remove the opinion raised by {name}?' },
	'opinions.save': { vi: 'Lưu ý kiến', en: 'Save opinion' },
	'opinions.cancel': { vi: 'Hủy', en: 'Cancel' },
	'opinions.newTitle': { vi: 'Ý kiến mới', en: 'New opinion' },
	'opinions.editTitle': { vi: 'Sửa ý kiến', en: 'Edit opinion' },
	'opinions.noAnswer': { vi: 'Chưa có nội dung chuẩn bị trả lời.', en: 'No answer prepared yet.' },
	'opinions.noAgency': { vi: 'Chưa giao cơ quan', en: 'No agency assigned' },
	'opinions.noField': { vi: 'Chưa phân loại', en: 'Not classified' },

	// --- filters
	'opinions.search': { vi: 'Tìm kiếm (gõ không dấu cũng được)', en: 'Search (tones optional)' },
	'opinions.filterAll': { vi: 'Tất cả', en: 'All' },
	'opinions.clearFilters': { vi: 'Bỏ lọc', en: 'Clear filters' },

	// --- the fields of an opinion
	'opinions.raisedBy': { vi: 'Người, tổ chức nêu ý kiến', en: 'Raised by (person or organisation)' },
	'opinions.raisedByKind': { vi: 'Là', en: 'Raised by a' },
	'opinions.kind.person': { vi: 'Cá nhân', en: 'Person' },
	'opinions.kind.organisation': { vi: 'Tổ chức', en: 'Organisation' },
	'opinions.unit': { vi: 'Đơn vị (tổ dân phố, thôn, cơ quan)', en: 'Unit (residential group, village, agency)' },
	'opinions.source': { vi: 'Nguồn', en: 'Source' },
	'opinions.source.survey': { vi: 'Phiếu lấy ý kiến', en: 'Survey form' },
	'opinions.source.front': { vi: 'Qua Mặt trận Tổ quốc', en: 'Via the Fatherland Front' },
	'opinions.source.letter': { vi: 'Thư', en: 'Letter' },
	'opinions.source.email': { vi: 'Thư điện tử (e-mail)', en: 'E-mail' },
	'opinions.source.other': { vi: 'Khác', en: 'Other' },
	'opinions.field': { vi: 'Lĩnh vực', en: 'Field' },
	'opinions.fieldHint': { vi: 'Chọn trong danh sách hoặc gõ lĩnh vực khác', en: 'Pick from the list or type another field' },
	'opinions.content': { vi: 'Nội dung ý kiến, kiến nghị', en: 'Content of the opinion or petition' },
	'opinions.agency': { vi: 'Cơ quan chuẩn bị trả lời', en: 'Agency preparing the answer' },
	'opinions.noAgencies': {
		vi: 'Chưa có cơ quan nào trong kế hoạch; thêm cơ quan ở trang Kế hoạch để giao chuẩn bị trả lời.',
		en: 'The plan has no agencies yet; add them on the Plan page to assign answers.'
	},
	'opinions.preparedAnswer': { vi: 'Nội dung chuẩn bị trả lời', en: 'Prepared answer' },
	'opinions.plannedHandling': { vi: 'Hướng xử lý dự kiến', en: 'Planned handling' },
	'opinions.handling.answer_at_meeting': { vi: 'Trả lời tại hội nghị', en: 'Answer at the meeting' },
	'opinions.handling.answer_later': { vi: 'Kiểm tra, làm rõ, trả lời sau', en: 'Check, clarify and answer later' },
	'opinions.handling.report_upward': { vi: 'Ghi nhận, báo cáo cấp trên', en: 'Record and report upward' },

	// --- the printed summary (báo cáo tổng hợp ý kiến, kiến nghị); the document itself stays Vietnamese
	'opinionsReport.pageTitle': { vi: 'Báo cáo tổng hợp ý kiến, kiến nghị', en: 'Summary of opinions and petitions' },
	'opinionsReport.print': { vi: 'In báo cáo (A4)', en: 'Print (A4)' },
	'opinionsReport.docx': { vi: 'Tải file Word (.docx)', en: 'Download Word (.docx)' },
	'opinionsReport.back': { vi: '← Danh sách ý kiến', en: '← Opinion list' },
	'opinionsReport.printHint': {
		vi: 'Bản in khổ A4, phông Times New Roman. Chọn "Lưu dưới dạng PDF" trong hộp thoại in để gửi qua mạng.',
		en: 'Prints on A4 in Times New Roman. Choose "Save as PDF" in the print dialog to send it electronically.'
	},

	// The report itself is an administrative document: it is printed in Vietnamese whatever the
	// screen language (Decree 30/2020 layout); the English texts are for reading along.
	'opinionsReport.doc.type': { vi: 'BÁO CÁO', en: 'REPORT' },
	'opinionsReport.doc.subject': {
		vi: 'Tổng hợp ý kiến, kiến nghị của Nhân dân và nội dung chuẩn bị trả lời',
		en: 'Summary of citizens’ opinions and petitions and the prepared answers'
	},
	'opinionsReport.doc.meeting': { vi: '{title}, {time} ngày {date}, tại {place}', en: '{title}, {time} on {date}, at {place}' },
	'opinionsReport.doc.intro': {
		vi: 'Qua phiếu lấy ý kiến, Ủy ban Mặt trận Tổ quốc, các tổ dân phố, thư và thư điện tử, đã thu thập được {total} ý kiến, kiến nghị của Nhân dân gửi tới hội nghị đối thoại. Các ý kiến được phân loại theo lĩnh vực, giao cơ quan, đơn vị chuẩn bị nội dung trả lời, cụ thể như sau:',
		en: 'Through survey forms, the Fatherland Front, residential groups, letters and e-mail, {total} citizens’ opinions and petitions were collected for the dialogue. They are classified by field and assigned to agencies to prepare the answers, as follows:'
	},
	'opinionsReport.doc.countsHeading': { vi: 'I. SỐ LƯỢNG Ý KIẾN THEO LĨNH VỰC VÀ HƯỚNG XỬ LÝ', en: 'I. NUMBER OF OPINIONS BY FIELD AND HANDLING' },
	'opinionsReport.doc.detailHeading': {
		vi: 'II. NỘI DUNG Ý KIẾN, KIẾN NGHỊ VÀ NỘI DUNG CHUẨN BỊ TRẢ LỜI',
		en: 'II. THE OPINIONS AND PETITIONS AND THE PREPARED ANSWERS'
	},
	'opinionsReport.doc.colNo': { vi: 'TT', en: 'No.' },
	'opinionsReport.doc.colField': { vi: 'Lĩnh vực', en: 'Field' },
	'opinionsReport.doc.colTotal': { vi: 'Tổng số', en: 'Total' },
	'opinionsReport.doc.totalRow': { vi: 'Tổng cộng', en: 'Total' },
	'opinionsReport.doc.section.answer_at_meeting': { vi: 'Những ý kiến trả lời tại hội nghị', en: 'Opinions answered at the meeting' },
	'opinionsReport.doc.section.answer_later': {
		vi: 'Những ý kiến cần kiểm tra, làm rõ, trả lời sau',
		en: 'Opinions to be checked, clarified and answered later'
	},
	'opinionsReport.doc.section.report_upward': { vi: 'Những ý kiến ghi nhận, báo cáo cấp trên', en: 'Opinions recorded and reported upward' },
	'opinionsReport.doc.sectionCount': { vi: '({count} ý kiến)', en: '({count} opinions)' },
	'opinionsReport.doc.none': { vi: 'Không có.', en: 'None.' },
	'opinionsReport.doc.source': { vi: 'nguồn: {source}', en: 'source: {source}' },
	'opinionsReport.doc.content': { vi: 'Nội dung:', en: 'Content:' },
	'opinionsReport.doc.agency': { vi: 'Cơ quan chuẩn bị trả lời:', en: 'Agency preparing the answer:' },
	'opinionsReport.doc.answer': { vi: 'Nội dung trả lời:', en: 'Answer:' },
	'opinionsReport.doc.recipientChairs': { vi: '- Các đồng chí chủ trì hội nghị;', en: '- The chairs of the meeting;' },
	'opinionsReport.doc.recipientAgencies': { vi: '- Các cơ quan, đơn vị được giao chuẩn bị trả lời;', en: '- The agencies assigned to prepare answers;' },
	'opinionsReport.doc.recipientArchive': { vi: '- Lưu: VT, Hồ sơ hội nghị.', en: '- Archive: VT, meeting dossier.' },
	'opinions.sheetName': { vi: 'Ý kiến thu thập', en: 'Collected opinions' }
} as const satisfies Record<string, { vi: string; en: string }>;
