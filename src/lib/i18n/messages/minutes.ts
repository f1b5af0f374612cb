/** The minutes (biên bản): opinions, answers, outcome tags, conclusions. DOMAIN.md's words. */
export const minutesMessages = {
	// --- outcome tags (DOMAIN.md, "Outcome of each opinion")
	'minutes.outcome.untagged': { vi: 'Chưa phân loại', en: 'Not classified' },
	'minutes.outcome.answered': { vi: 'Trả lời tại hội nghị', en: 'Answered at the meeting' },
	'minutes.outcome.assigned': { vi: 'Giao cơ quan xem xét, trả lời sau', en: 'Assigned to an agency, answer later' },
	'minutes.outcome.reported': { vi: 'Ghi nhận, báo cáo cấp trên', en: 'Recorded, reported to the higher level' },
	'minutes.outcome.accepted': { vi: 'Tiếp thu', en: 'Taken on' },
	'minutes.outcome.out_of_scope': { vi: 'Không thuộc phạm vi đối thoại', en: 'Outside the scope of the dialogue' },
	'minutes.level.district': { vi: 'Cấp huyện', en: 'District' },
	'minutes.level.province': { vi: 'Cấp tỉnh, thành phố', en: 'Province or city' },
	'minutes.level.central': { vi: 'Trung ương', en: 'Central government' },
	// --- plan setting
	'minutes.answerPeriod': { vi: 'Hạn cơ quan trả lời bằng văn bản (sau thông báo kết luận)', en: 'Agencies answer in writing within (after the conclusion notice)' },
	'minutes.answerPeriodDays': { vi: '{days} ngày làm việc', en: '{days} working days' },
	// --- the parts a tag needs (outcome_incomplete names one)
	'minutes.part.answer': { vi: 'nội dung trả lời tại hội nghị (ai trả lời, trả lời gì)', en: 'the answer given at the meeting (who, what)' },
	'minutes.part.leadAgency': { vi: 'cơ quan chủ trì', en: 'the lead agency' },
	'minutes.part.task': { vi: 'nội dung giao (cơ quan phải làm gì)', en: 'the task (what the agency must do)' },
	'minutes.part.level': { vi: 'cấp báo cáo', en: 'the level it is reported to' },
	'minutes.part.note': { vi: 'nơi đã hướng dẫn người dân gửi đơn', en: 'where the person was directed' },
	// --- errors
	'error.conflict': {
		vi: 'Người khác vừa sửa nội dung này. Hai bản được giữ nguyên: hãy xem và ghép lại.',
		en: 'Someone else has just changed this text. Both versions are kept: compare and merge them.'
	},
	'error.outcome_incomplete': { vi: 'Chưa đủ để phân loại: còn thiếu {part}.', en: 'Cannot classify yet: {part} is missing.' },
	'error.report_level_gone': {
		vi: 'Từ 01/07/2025 không còn cấp huyện: chọn cấp tỉnh, thành phố hoặc Trung ương.',
		en: 'Since 1 July 2025 there is no district level: choose the province or city, or the central government.'
	},
	'error.answer_not_found': { vi: 'Không tìm thấy nội dung trả lời này.', en: 'Answer not found.' },
	'error.conclusion_not_found': { vi: 'Không tìm thấy kết luận này.', en: 'Conclusion not found.' }
} as const;
