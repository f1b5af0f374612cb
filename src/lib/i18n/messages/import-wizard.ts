/** The import wizard (upload → column mapping → preview and row problems → import) and its two uses. */
export const importWizardMessages = {
	// --- steps
	'wizard.step.file': { vi: '1. Chọn tệp Excel (.xlsx) hoặc CSV', en: '1. Choose an Excel (.xlsx) or CSV file' },
	'wizard.step.mapping': { vi: '2. Ghép cột trong tệp với thông tin cần nhập', en: '2. Match the file’s columns to the fields' },
	'wizard.step.preview': { vi: '3. Xem trước và kiểm tra', en: '3. Preview and check' },
	'wizard.step.commit': { vi: '4. Nhập vào danh sách', en: '4. Import into the list' },
	'wizard.fileHelp': {
		vi: 'Dòng đầu tiên có từ hai ô trở lên là dòng tiêu đề; dòng tiêu đề phía trên (nếu có) được bỏ qua. CSV: mã UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy. Tối đa 5 MB.',
		en: 'The first row with two or more cells is the header; a title row above it is skipped. CSV: UTF-8, comma or semicolon separated. Up to 5 MB.'
	},
	'wizard.file': { vi: 'Tệp danh sách', en: 'List file' },
	'wizard.reading': { vi: 'Đang đọc tệp…', en: 'Reading the file…' },
	'wizard.fileRead': { vi: 'Tệp “{name}”: {rows} dòng dữ liệu, {columns} cột.', en: 'File “{name}”: {rows} data rows, {columns} columns.' },
	'wizard.column': { vi: 'Cột trong tệp', en: 'Column in the file' },
	'wizard.noColumn': { vi: '— không có —', en: '— none —' },
	'wizard.required': { vi: '(bắt buộc)', en: '(required)' },
	'wizard.missingRequired': { vi: 'Chưa chọn cột cho: {fields}.', en: 'No column chosen for: {fields}.' },
	'wizard.previewHelp': { vi: '{shown} dòng đầu tiên; dòng có lỗi được tô đỏ.', en: 'The first {shown} rows; rows with problems are red.' },
	'wizard.row': { vi: 'Dòng', en: 'Row' },
	'wizard.summary': {
		vi: '{total} dòng: {valid} dòng hợp lệ, {bad} dòng có lỗi.',
		en: '{total} rows: {valid} valid, {bad} with problems.'
	},
	'wizard.problems': { vi: 'Các dòng có lỗi', en: 'Rows with problems' },
	'wizard.moreProblems': { vi: '… và {count} lỗi khác.', en: '… and {count} more problems.' },
	'wizard.badRowsBlock': {
		vi: 'Tệp có dòng lỗi nên chưa nhập gì. Hãy sửa tệp rồi tải lên lại, hoặc đánh dấu “Bỏ qua các dòng lỗi” để chỉ nhập các dòng hợp lệ.',
		en: 'The file has rows with problems, so nothing is imported. Fix the file and upload it again, or tick “Skip the rows with problems” to import only the valid rows.'
	},
	'wizard.skipBad': { vi: 'Bỏ qua các dòng lỗi', en: 'Skip the rows with problems' },
	'wizard.importing': { vi: 'Đang nhập…', en: 'Importing…' },
	'wizard.again': { vi: 'Nhập tệp khác', en: 'Import another file' },
	'import.error.too_large': { vi: 'Tệp quá lớn: tối đa 5 MB.', en: 'The file is too large: 5 MB at most.' },
	'import.error.no_file': { vi: 'Chưa chọn tệp.', en: 'No file was chosen.' },
	'import.error.network': { vi: 'Không gửi được tệp lên máy chủ. Xin thử lại.', en: 'The file could not be sent to the server. Please retry.' },
	'import.problem.unknownCategory': {
		vi: 'không có thành phần “{name}” (các thành phần: {known})',
		en: 'no category “{name}” (categories: {known})'
	},
	'import.problem.salutationUnknown': {
		vi: 'chưa rõ là Ông, Bà hay Cụ: chọn ở cột Danh xưng của dòng này trong bảng xem trước, hoặc chọn danh xưng cho các dòng còn lại',
		en: 'not clear whether Ông, Bà or Cụ: choose it in this row’s Salutation column in the preview, or choose a salutation for the remaining rows'
	},
	'import.problem.unknownAgency': { vi: 'không có cơ quan “{name}” trong danh sách cơ quan', en: 'no agency “{name}” in the agency list' },

	// --- delegates
	'wizard.delegates.title': { vi: 'Nhập danh sách đại biểu', en: 'Import the delegate list' },
	'wizard.delegates.commit': { vi: 'Nhập {count} đại biểu', en: 'Import {count} delegates' },
	'wizard.delegates.done': { vi: 'Đã nhập {count} đại biểu.', en: '{count} delegates imported.' },
	'wizard.delegates.defaultCategory': {
		vi: 'Thành phần cho các dòng để trống cột thành phần',
		en: 'Category for rows without one'
	},
	'wizard.delegates.salutationHelp': {
		vi: 'Không có cột này: lấy chữ “Ông”/“Bà”/“Cụ” viết trước họ tên; tên đệm “Thị” là Bà; các dòng còn lại theo lựa chọn bên dưới.',
		en: 'Without this column: taken from “Ông”/“Bà”/“Cụ” written before the name; a middle name “Thị” is Bà; the other rows follow the choice below.'
	},
	'wizard.delegates.defaultSalutation': { vi: 'Danh xưng cho các dòng chưa rõ', en: 'Salutation for rows where it is not clear' },
	'wizard.delegates.noSalutation': { vi: '— chưa chọn, báo lỗi —', en: '— none, report a problem —' },
	'wizard.delegates.rowSalutation': { vi: 'Danh xưng dòng {row}', en: 'Salutation of row {row}' },
	'wizard.sample': { vi: 'Tải tệp mẫu (.xlsx)', en: 'Download a sample file (.xlsx)' },
	'wizard.showAll': { vi: 'Xem tất cả {count} dòng', en: 'Show all {count} rows' },
	'wizard.allShown': { vi: 'Tất cả {shown} dòng; dòng có lỗi được tô đỏ.', en: 'All {shown} rows; rows with problems are red.' },
	'wizard.delegates.alreadyListed': {
		vi: 'Lưu ý: {count} dòng trùng họ tên và đơn vị với đại biểu đã có trong danh sách. Nếu tệp này đã được nhập rồi, đừng nhập lại.',
		en: 'Note: {count} rows have the name and unit of a delegate already on the list. If this file was imported before, do not import it again.'
	},
	'wizard.delegates.back': { vi: '← Danh sách đại biểu', en: '← Delegate list' },
	'wizard.delegates.noDefault': { vi: '— không, báo lỗi —', en: '— none, report a problem —' },
	'wizard.delegates.needCategories': {
		vi: 'Hội nghị chưa có thành phần đại biểu. Hãy khai báo các thành phần (và số lượng dự kiến) trong kế hoạch trước khi nhập.',
		en: 'The meeting has no delegate categories yet. Define them (with expected counts) in the plan before importing.'
	},
	'wizard.delegates.guess': {
		vi: 'Danh sách không ghi Ông/Bà cho {count} người, tên không có tên đệm “Thị”: tạm đoán là Ông. Xem các dòng ghi “đoán” trong bảng dưới, rồi xác nhận.',
		en: 'The list gives no Ông/Bà for {count} people, and their names have no middle name “Thị”: guessed Ông. Check the rows marked “guess” below, then confirm.'
	},
	'wizard.delegates.guessMixed': {
		vi: 'Danh sách không ghi Ông/Bà cho {count} người, tên không có tên đệm “Thị”: tạm đoán Ông cho {men} người, Bà cho {women} người có chức vụ hoặc đơn vị Hội Phụ nữ. Xem các dòng ghi “đoán” trong bảng dưới, rồi xác nhận.',
		en: 'The list gives no Ông/Bà for {count} people, and their names have no middle name “Thị”: guessed Ông for {men}, Bà for {women} with a Women’s Union title or unit. Check the rows marked “guess” below, then confirm.'
	},
	'wizard.delegates.guessConfirm': { vi: 'Đúng, dùng danh xưng đã đoán cho {count} người', en: 'Right, use the guessed salutation for these {count}' },
	'wizard.delegates.guessMark': { vi: 'đoán: {salutation}', en: 'guess: {salutation}' },
	'wizard.delegates.unknownCategory': {
		vi: 'Thành phần “{name}” ({rows} dòng) chưa có trong kế hoạch.',
		en: 'The category “{name}” ({rows} rows) is not in the plan.'
	},
	'wizard.delegates.addCategory': { vi: 'Thêm thành phần này', en: 'Add this category' },

	// --- collected opinions
	'wizard.opinions.title': { vi: 'Nhập ý kiến thu thập trước hội nghị', en: 'Import the opinions collected beforehand' },
	'wizard.opinions.commit': { vi: 'Nhập {count} ý kiến', en: 'Import {count} opinions' },
	'wizard.opinions.done': { vi: 'Đã nhập {count} ý kiến.', en: '{count} opinions imported.' },
	'wizard.opinions.back': { vi: '← Danh sách ý kiến', en: '← Opinion list' },
	'wizard.opinions.field.raisedBy': { vi: 'Người / tổ chức kiến nghị', en: 'Raised by' },
	'wizard.opinions.field.raisedByKind': { vi: 'Cá nhân hay tổ chức', en: 'Person or organisation' },
	'wizard.opinions.field.unit': { vi: 'Thôn / tổ dân phố', en: 'Village / residential group' },
	'wizard.opinions.field.source': { vi: 'Nguồn', en: 'Source' },
	'wizard.opinions.field.field': { vi: 'Lĩnh vực', en: 'Field' },
	'wizard.opinions.field.content': { vi: 'Nội dung ý kiến, kiến nghị', en: 'Content' },
	'wizard.opinions.field.agencyId': { vi: 'Cơ quan chuẩn bị trả lời', en: 'Agency preparing the answer' },
	'wizard.opinions.field.preparedAnswer': { vi: 'Nội dung trả lời', en: 'Prepared answer' },
	'wizard.opinions.field.plannedHandling': { vi: 'Hướng xử lý', en: 'Planned handling' }
} as const satisfies Record<string, { vi: string; en: string }>;
