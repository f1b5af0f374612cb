/** Messages of importing delegate and opinion lists from .xlsx / CSV files. */
export const importMessages = {
	// --- one line per problem in a row; {row} is the row number the admin sees in Excel
	'import.rowProblem': { vi: 'Dòng {row}: {field}: {problem}', en: 'Row {row}: {field}: {problem}' },
	'import.rowProblemNoField': { vi: 'Dòng {row}: {problem}', en: 'Row {row}: {problem}' },
	'import.problem.required': { vi: 'bắt buộc', en: 'required' },
	'import.problem.tooShort': { vi: 'cần ít nhất {minimum} ký tự', en: 'needs at least {minimum} characters' },
	'import.problem.tooLong': { vi: 'dài quá {maximum} ký tự', en: 'longer than {maximum} characters' },
	'import.problem.tooSmall': { vi: 'phải từ {minimum} trở lên', en: 'must be at least {minimum}' },
	'import.problem.tooBig': { vi: 'phải từ {maximum} trở xuống', en: 'must be at most {maximum}' },
	'import.problem.notNumber': { vi: 'phải là số', en: 'must be a number' },
	'import.problem.format': { vi: 'sai định dạng', en: 'wrong format' },
	'import.problem.notOneOf': { vi: 'phải là một trong: {values}', en: 'must be one of: {values}' },
	'import.problem.invalid': { vi: 'không hợp lệ', en: 'invalid' },

	// --- the whole file cannot be read (ImportFileError codes)
	'import.error.unsupported_file': {
		vi: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV. Tệp .xls cũ: mở bằng Excel rồi lưu lại dạng .xlsx.',
		en: 'Only Excel (.xlsx) or CSV files are accepted. For an old .xls file, open it in Excel and save it as .xlsx.'
	},
	'import.error.unreadable_file': {
		vi: 'Không đọc được tệp: tệp bị hỏng hoặc nội dung không đúng định dạng.',
		en: 'The file cannot be read: it is damaged or its content is not in the expected format.'
	},
	'import.error.empty_file': {
		vi: 'Tệp không có dữ liệu: cần một dòng tiêu đề và ít nhất một dòng dữ liệu.',
		en: 'The file has no data: it needs a header row and at least one data row.'
	},
	'import.error.not_utf8': {
		vi: 'Tệp CSV không lưu bằng mã UTF-8 nên tiếng Việt bị lỗi. Trong Excel chọn Lưu thành → "CSV UTF-8", hoặc lưu dạng .xlsx.',
		en: 'The CSV file is not saved as UTF-8, so Vietnamese text is garbled. In Excel use Save As → "CSV UTF-8", or save as .xlsx.'
	}
} as const satisfies Record<string, { vi: string; en: string }>;
