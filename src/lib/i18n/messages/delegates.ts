/** The delegate list before the meeting: fields, search and filters, add/edit/remove, export. */
export const delegatesMessages = {
	'delegates.title': { vi: 'Danh sách đại biểu', en: 'Delegate list' },
	'delegates.total': { vi: '{count} đại biểu', en: '{count} delegates' },
	'delegates.counts': { vi: 'Số lượng theo thành phần', en: 'Count per category' },
	'delegates.countOf': { vi: '{count}/{expected}', en: '{count}/{expected}' },
	'delegates.countsTotal': { vi: 'Tổng cộng', en: 'Total' },
	'delegates.noCategories': {
		vi: 'Chưa có thành phần đại biểu. Hãy khai báo các thành phần trong kế hoạch trước.',
		en: 'No delegate categories yet. Define them in the plan first.'
	},
	'delegates.search': { vi: 'Tìm theo tên, chức vụ, đơn vị (gõ không dấu cũng được)', en: 'Search name, title, unit (tones optional)' },
	'delegates.filterCategory': { vi: 'Thành phần', en: 'Category' },
	'delegates.filterUnit': { vi: 'Đơn vị', en: 'Unit' },
	'delegates.all': { vi: 'Tất cả', en: 'All' },
	'delegates.shown': { vi: 'Đang hiện {shown}/{total} đại biểu', en: 'Showing {shown} of {total} delegates' },
	'delegates.empty': { vi: 'Chưa có đại biểu nào. Thêm từng người hoặc nhập từ tệp Excel.', en: 'No delegates yet. Add them one by one or import an Excel file.' },
	'delegates.noMatch': { vi: 'Không có đại biểu nào khớp.', en: 'No delegate matches.' },
	'delegates.add': { vi: 'Thêm đại biểu', en: 'Add a delegate' },
	'delegates.import': { vi: 'Nhập từ tệp Excel / CSV', en: 'Import from Excel / CSV' },
	'delegates.exportXlsx': { vi: 'Xuất Excel (.xlsx)', en: 'Export Excel (.xlsx)' },
	'delegates.exportCsv': { vi: 'Xuất CSV', en: 'Export CSV' },
	'delegates.invitations': { vi: 'Giấy mời', en: 'Invitations' },
	'delegates.edit': { vi: 'Sửa', en: 'Edit' },
	'delegates.editTitle': { vi: 'Sửa thông tin đại biểu', en: 'Edit delegate' },
	'delegates.remove': { vi: 'Xóa', en: 'Remove' },
	'delegates.removeConfirm': { vi: 'Xóa {name} khỏi danh sách đại biểu?', en: 'Remove {name} from the delegate list?' },
	'delegates.save': { vi: 'Lưu', en: 'Save' },
	'delegates.cancel': { vi: 'Hủy', en: 'Cancel' },
	'delegates.added': { vi: 'Đã thêm {name}.', en: '{name} added.' },
	'delegates.saved': { vi: 'Đã lưu.', en: 'Saved.' },
	'delegates.phonePrivate': {
		vi: 'Số điện thoại là thông tin riêng: chỉ ban tổ chức và tổ giúp việc xem được, không bao giờ hiện trên màn chiếu hay cho đại biểu khác.',
		en: 'Phone numbers are private: only the organisers and the help desk see them, never the projector or other delegates.'
	},
	'delegates.walkIn': { vi: 'đến dự, chưa có trong danh sách', en: 'walk-in' },
	'delegates.actions': { vi: 'Thao tác', en: 'Actions' },
	'delegates.number': { vi: 'STT', en: 'No.' },

	// --- fields (form, table, import wizard, export headers: the export's headers are import synonyms)
	'delegate.field.salutation': { vi: 'Danh xưng', en: 'Salutation' },
	'delegate.field.fullName': { vi: 'Họ và tên', en: 'Full name' },
	'delegate.field.title': { vi: 'Chức vụ', en: 'Title' },
	'delegate.field.unit': { vi: 'Đơn vị', en: 'Unit' },
	'delegate.field.categoryId': { vi: 'Thành phần', en: 'Category' },
	'delegate.field.phone': { vi: 'Số điện thoại', en: 'Phone' },
	'delegate.unitHelp': { vi: 'Chọn trong danh sách hoặc gõ tên đơn vị', en: 'Pick from the list or type a unit' },
	'delegate.phoneHelp': { vi: 'Không bắt buộc', en: 'Optional' },
	'delegates.sheetName': { vi: 'Danh sách đại biểu', en: 'Delegates' }
} as const satisfies Record<string, { vi: string; en: string }>;
