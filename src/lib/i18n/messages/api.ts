/** The admin HTTP API (`/api/meetings`): errors returned as JSON, in Vietnamese. */
export const apiMessages = {
	'api.error.unauthorized': {
		vi: 'Cần mã quản trị: gửi tiêu đề "Authorization: Bearer <mã quản trị>".',
		en: 'Admin token required: send the header "Authorization: Bearer <admin token>".'
	},
	'api.error.too_large': { vi: 'Tài liệu quá lớn (tối đa {limit}).', en: 'The document is too large (at most {limit}).' },
	'api.error.invalid_json': { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
	'api.error.invalid_document': {
		vi: 'Tài liệu kế hoạch có {count} lỗi; chưa tạo hội nghị nào.',
		en: 'The plan document has {count} problem(s); no meeting was created.'
	},
	'api.error.bad_idempotency_key': {
		vi: 'Tiêu đề Idempotency-Key phải dài 8–64 ký tự, chỉ gồm chữ không dấu, số, "-" và "_".',
		en: 'The Idempotency-Key header must be 8–64 characters of letters, digits, "-" and "_".'
	},
	'api.problem.unknownKey': { vi: 'trường không được phép: {keys}', en: 'field not allowed: {keys}' },
	'api.problem.date': { vi: 'ngày phải có dạng YYYY-MM-DD', en: 'a date must be YYYY-MM-DD' },
	'api.problem.time': { vi: 'giờ phải có dạng HH:MM', en: 'a time must be HH:MM' },
	'api.problem.unknownCategory': {
		vi: 'không có thành phần "{name}" trong "categories"',
		en: 'no category "{name}" in "categories"'
	},
	'api.problem.unknownAgency': { vi: 'không có cơ quan "{name}" trong "agencies"', en: 'no agency "{name}" in "agencies"' }
} as const satisfies Record<string, { vi: string; en: string }>;
