/** The plan before the meeting: settings, programme, lists, and their errors. */
export const planMessages = {
	'plan.defaultRules': {
		vi: '1. Đại biểu đến đúng giờ, điểm danh khi vào hội trường.\n2. Đăng ký phát biểu tại tổ giúp việc hoặc bằng điện thoại; phát biểu theo thứ tự, đúng nội dung và thời gian đã đăng ký, theo điều hành của chủ trì.\n3. Giữ trật tự, tắt chuông điện thoại trong suốt hội nghị.\n4. Đơn thư khiếu nại, tố cáo không thuộc phạm vi đối thoại, được hướng dẫn giải quyết theo quy định.',
		en: '1. Arrive on time and check in at the door.\n2. Register to speak at the help desk or by phone; speak in order, on the registered content and within the time, as the chair directs.\n3. Keep order; silence phones throughout.\n4. Complaints and denunciations are not in the scope of the dialogue and are redirected to their own procedure.'
	},
	'error.agenda_item_in_use': {
		vi: 'Không thể xóa nội dung đang thực hiện khỏi chương trình.',
		en: 'The item being run cannot be removed from the programme.'
	},
	'error.agency_not_found': { vi: 'Không có cơ quan này trong danh sách.', en: 'No such agency.' },
	'error.agency_in_use': {
		vi: 'Cơ quan "{name}" đang được giao trả lời hoặc xử lý ý kiến, kiến nghị; hãy giao cho cơ quan khác trước.',
		en: 'Agency "{name}" is assigned to opinions or answered them; reassign them first.'
	},
	'error.category_not_found': { vi: 'Không có thành phần đại biểu này.', en: 'No such delegate category.' },
	'error.category_in_use': {
		vi: 'Thành phần "{name}" còn đại biểu; hãy chuyển họ sang thành phần khác trước.',
		en: 'Category "{name}" still has delegates; move them first.'
	},
	'error.delegate_not_found': { vi: 'Không tìm thấy đại biểu.', en: 'Delegate not found.' },
	'error.opinion_not_found': { vi: 'Không tìm thấy ý kiến.', en: 'Opinion not found.' },
	'problem.unknownCategory': { vi: '{field}: không có thành phần "{name}"', en: '{field}: no category "{name}"' },
	'problem.unknownAgency': { vi: '{field}: không có cơ quan "{name}"', en: '{field}: no agency "{name}"' }
} as const satisfies Record<string, { vi: string; en: string }>;
