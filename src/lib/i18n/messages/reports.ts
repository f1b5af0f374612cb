/**
 * Reports across meetings (/reports): the quarterly and yearly tables (mẫu 1, mẫu 2 as far as
 * DOMAIN.md describes them; docs/reports.md says what is assumed), and the follow-up reminders.
 */
export const reportsMessages = {
	'reports.title': { vi: 'Báo cáo kết quả đối thoại', en: 'Dialogue results report' },
	'reports.link': { vi: 'Báo cáo quý, năm', en: 'Quarterly and yearly reports' },
	'reports.period.quarter': { vi: 'Quý {quarter} năm {year}', en: 'Quarter {quarter} of {year}' },
	'reports.period.year': { vi: 'Năm {year}', en: 'Year {year}' },
	'reports.period.range': { vi: 'Từ ngày {from} đến ngày {to}', en: 'From {from} to {to}' },
	'reports.choose': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
	'reports.year': { vi: 'Năm', en: 'Year' },
	'reports.quarter': { vi: 'Quý', en: 'Quarter' },
	'reports.wholeYear': { vi: 'Cả năm', en: 'Whole year' },
	'reports.show': { vi: 'Xem', en: 'Show' },
	'reports.print': { vi: 'In', en: 'Print' },
	'reports.xlsx': { vi: 'Tải Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
	'reports.csv': { vi: 'Tải CSV', en: 'Download CSV' },
	'reports.back': { vi: '← Trang quản trị', en: '← Admin page' },
	'reports.none': { vi: 'Không có hội nghị đối thoại nào được tổ chức trong kỳ này.', en: 'No dialogue was held in this period.' },
	'reports.notHeld': {
		vi: 'Chưa tính {count} hội nghị có ngày trong kỳ nhưng chưa được tổ chức trên ứng dụng: {titles}.',
		en: '{count} meeting(s) dated in this period were not held in the app and are not counted: {titles}.'
	},
	'reports.due': { vi: 'Hạn gửi báo cáo lên cấp trên: trước {weekday}, ngày {date}.', en: 'Due to the level above before {weekday}, {date}.' },
	'reports.noneHint': { vi: 'Chọn năm, quý khác ở trên rồi bấm “Xem”.', en: 'Choose another year or quarter above and press “Show”.' },
	'reports.asOf': { vi: 'Số liệu tính đến ngày {date}.', en: 'Figures as of {date}.' },
	'reports.form1': { vi: 'Mẫu 1', en: 'Form 1' },
	'reports.form2': { vi: 'Mẫu 2', en: 'Form 2' },
	'reports.no': { vi: 'TT', en: 'No.' },
	'reports.total': { vi: 'Tổng', en: 'Total' },
	'reports.totalRow': { vi: 'Tổng cộng', en: 'Total' },

	'reports.dialogues.title': { vi: 'I. Số cuộc đối thoại đã tổ chức', en: 'I. Dialogues held' },
	'reports.dialogues.kind': { vi: 'Hình thức', en: 'Kind' },
	'reports.host.party': { vi: 'Bí thư Đảng ủy chủ trì', en: 'Chaired by the Party secretary' },
	'reports.host.government': { vi: 'Chủ tịch UBND chủ trì', en: 'Chaired by the People’s Committee chair' },
	'reports.host.both': { vi: 'Đồng chủ trì', en: 'Co-chaired' },
	'reports.kind.periodic': { vi: 'Định kỳ', en: 'Periodic' },
	'reports.kind.thematic': { vi: 'Chuyên đề', en: 'Thematic' },
	'reports.kind.adhoc': { vi: 'Đột xuất', en: 'Ad hoc' },

	'reports.fields.title': { vi: 'II. Ý kiến, kiến nghị của Nhân dân theo lĩnh vực và kết quả xử lý', en: 'II. Opinions by field and how they were handled' },
	'reports.field': { vi: 'Lĩnh vực', en: 'Field' },
	'reports.noField': { vi: 'Lĩnh vực khác', en: 'Other fields' },
	'reports.collected': { vi: 'Thu thập trước hội nghị', en: 'Collected beforehand' },
	'reports.atMeeting': { vi: 'Tại hội nghị', en: 'At the meeting' },
	'reports.opinionsTotal': { vi: 'Tổng số ý kiến', en: 'Total opinions' },
	'reports.outcome.answered': { vi: 'Trả lời tại hội nghị', en: 'Answered at the meeting' },
	'reports.outcome.assigned': { vi: 'Giao cơ quan trả lời sau', en: 'Assigned, answer later' },
	'reports.outcome.reported': { vi: 'Báo cáo cấp trên', en: 'Reported upward' },
	'reports.outcome.accepted': { vi: 'Tiếp thu', en: 'Taken on' },
	'reports.outcome.out_of_scope': { vi: 'Không thuộc phạm vi', en: 'Out of scope' },
	'reports.outcome.none': { vi: 'Chưa phân loại', en: 'Not classified' },

	'reports.agencies.title': { vi: 'III. Kết quả giải quyết ý kiến được giao sau hội nghị', en: 'III. Assignments after the meetings: results' },
	'reports.agency': { vi: 'Cơ quan chủ trì giải quyết', en: 'Lead agency' },
	'reports.assigned': { vi: 'Số ý kiến được giao', en: 'Assigned' },
	'reports.answeredOnTime': { vi: 'Đã trả lời đúng hạn', en: 'Answered on time' },
	'reports.answeredLate': { vi: 'Đã trả lời quá hạn', en: 'Answered late' },
	'reports.open': { vi: 'Chưa trả lời', en: 'Not answered yet' },
	'reports.overdue': { vi: 'Trong đó: quá hạn', en: 'Of which overdue' },
	'reports.noAgency': { vi: '(chưa chọn cơ quan)', en: '(no agency chosen)' },

	'reports.meetings.title': { vi: 'Danh sách các cuộc đối thoại trong kỳ', en: 'Dialogues held in the period' },
	'reports.date': { vi: 'Ngày', en: 'Date' },
	'reports.meeting': { vi: 'Hội nghị, địa điểm', en: 'Meeting, place' },
	'reports.chairs': { vi: 'Người chủ trì', en: 'Chaired by' },
	'reports.attended': { vi: 'Số đại biểu dự', en: 'Attended' },
	'reports.hostColumn': { vi: 'Cơ quan chủ trì', en: 'Host' },
	'reports.sheet.mau1': { vi: 'Mẫu 1 - Tổng hợp', en: 'Form 1 - Summary' },
	'reports.sheet.mau2': { vi: 'Mẫu 2 - Danh sách', en: 'Form 2 - List' }
} as const;

/** The follow-up lists the office sends: reminders per agency (đôn đốc) and the report to MTTQ. */
export const remindersMessages = {
	'reminders.petitioner': { vi: 'Người kiến nghị', en: 'Petitioner' },
	'reminders.content': { vi: 'Nội dung kiến nghị', en: 'Petition' },
	'reminders.coAgencies': { vi: 'Cơ quan phối hợp', en: 'Cooperating agencies' },
	'reminders.task': { vi: 'Nhiệm vụ được giao', en: 'Task' },
	'reminders.deadline': { vi: 'Hạn trả lời', en: 'Deadline' },
	'reminders.status': { vi: 'Tình trạng', en: 'Status' },
	'reminders.answeredOn': { vi: 'Ngày trả lời', en: 'Answered on' },
	'reminders.documentNumber': { vi: 'Số văn bản', en: 'Document no.' },
	'reminders.answer': { vi: 'Nội dung trả lời', en: 'Answer' },
	'reminders.informed': { vi: 'Đã thông báo công dân', en: 'Citizen informed' },
	'reminders.overdueBy': { vi: 'Quá hạn {days} ngày làm việc', en: '{days} working day(s) overdue' },
	'reminders.dueToday': { vi: 'Đến hạn hôm nay', en: 'Due today' },
	'reminders.dueIn': { vi: 'Còn {days} ngày làm việc', en: '{days} working day(s) left' },
	'reminders.title': { vi: 'Danh sách đôn đốc: ý kiến sắp đến hạn, quá hạn trả lời', en: 'Reminder list: assignments due soon or overdue' },
	'reminders.link': { vi: 'Đôn đốc: sắp đến hạn, quá hạn', en: 'Reminders: due soon, overdue' },
	'reminders.xlsx': { vi: 'Tải Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
	'reminders.print': { vi: 'In', en: 'Print' },
	'reminders.allAgencies': { vi: 'Tất cả cơ quan', en: 'All agencies' },
	'reminders.agency': { vi: 'Cơ quan', en: 'Agency' },
	'reminders.to': { vi: 'Kính gửi: {agency}', en: 'To: {agency}' },
	'reminders.intro': {
		vi: 'Hội nghị đối thoại “{title}” ngày {date}. Đề nghị quý cơ quan khẩn trương trả lời bằng văn bản cho công dân các ý kiến sau (tính đến ngày {today}):',
		en: 'Dialogue “{title}” of {date}. Please answer the citizens in writing on the following (as of {today}):'
	},
	'reminders.none': { vi: 'Không có ý kiến nào sắp đến hạn hoặc quá hạn trả lời.', en: 'Nothing is due soon or overdue.' },
	'reminders.back': { vi: '← Theo dõi sau hội nghị', en: '← Follow-up' },
	'reminders.sheet': { vi: 'Đôn đốc', en: 'Reminders' },
	'frontReport.link': { vi: 'Báo cáo kết quả gửi Mặt trận', en: 'Results report for the Fatherland Front' },
	'frontReport.title': {
		vi: 'BÁO CÁO KẾT QUẢ GIẢI QUYẾT Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN SAU HỘI NGHỊ ĐỐI THOẠI',
		en: 'REPORT ON THE RESULTS OF HANDLING THE PEOPLE’S OPINIONS AFTER THE DIALOGUE'
	},
	'frontReport.to': { vi: 'Kính gửi: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam {place}', en: 'To: the Standing Board of the Viet Nam Fatherland Front Committee of {place}' },
	'frontReport.intro': {
		vi: 'Thực hiện Thông báo kết luận Hội nghị đối thoại “{title}” ngày {date}, kết quả giải quyết {total} ý kiến, kiến nghị được giao (tính đến ngày {today}): đã trả lời {answered}, trong đó quá hạn {late}; chưa trả lời {open}, trong đó quá hạn {overdue}. Chi tiết như sau:',
		en: 'Following the conclusion notice of the dialogue “{title}” of {date}, results on the {total} assignments (as of {today}): answered {answered}, of which late {late}; not answered {open}, of which overdue {overdue}. In detail:'
	},
	'frontReport.none': { vi: 'Hội nghị không có ý kiến nào được giao cơ quan trả lời sau.', en: 'No opinion of this meeting was assigned to an agency.' },
	'frontReport.sheet': { vi: 'Theo dõi trả lời', en: 'Follow-up' },
	'frontReport.docx': { vi: 'Tải file Word (.docx)', en: 'Download Word (.docx)' },
	'frontReport.doc.type': { vi: 'BÁO CÁO', en: 'REPORT' },
	'frontReport.doc.subject': {
		vi: 'Kết quả giải quyết ý kiến, kiến nghị của Nhân dân sau hội nghị đối thoại',
		en: 'Results of handling the people’s opinions after the dialogue'
	},
	'frontReport.doc.result': { vi: 'Kết quả trả lời', en: 'Result' },
	'frontReport.doc.documentNumber': { vi: 'Văn bản số {number}', en: 'Document no. {number}' },
	'frontReport.doc.answeredOn': { vi: 'ngày {date}', en: 'dated {date}' },
	'frontReport.doc.informed': { vi: 'Đã thông báo công dân ngày {date} ({how})', en: 'Citizen informed on {date} ({how})' },
	'frontReport.doc.with': { vi: 'Phối hợp: {agencies}', en: 'With: {agencies}' },
	'frontReport.doc.recipientFront': { vi: 'Ban Thường trực Ủy ban MTTQ Việt Nam', en: 'Standing Board of the Fatherland Front Committee' },
	'frontReport.doc.recipientAgencies': { vi: 'Các cơ quan được giao giải quyết', en: 'The agencies assigned' }
} as const;
