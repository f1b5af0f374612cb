/** Data files on disk: a damaged meeting file, put back from its previous version (admin page). */
export const storageMessages = {
	'storage.damagedTitle': {
		vi: 'Hội nghị chưa mở được: tệp dữ liệu bị hỏng',
		en: 'A meeting could not be opened: its data file is damaged'
	},
	'storage.damagedBody': {
		vi: 'Không đọc được tệp {path} (thường do máy tắt đột ngột hoặc tệp chép không trọn vẹn). Các hội nghị khác vẫn chạy bình thường; tệp này được giữ nguyên, không bị ghi đè.',
		en: 'The file {path} cannot be read (usually after a sudden power-off or an incomplete copy). The other meetings run as usual; this file is left as it is, never overwritten.'
	},
	'storage.previousAvailable': {
		vi: 'Có bản lưu trước đó của hội nghị “{title}”, ghi lúc {time} ngày {date}. Khôi phục sẽ mất những thay đổi sau lúc đó; tệp hỏng được cất sang bên cạnh, không bị xóa.',
		en: 'A previous version of the meeting “{title}” was saved at {time} on {date}. Restoring it loses the changes made after that; the damaged file is set aside, not deleted.'
	},
	'storage.restore': { vi: 'Khôi phục từ bản lưu trước', en: 'Restore the previous version' },
	'storage.noPrevious': {
		vi: 'Không có bản lưu trước đó. Hãy chép lại tệp này từ bản sao (USB, máy khác) rồi khởi động lại ứng dụng.',
		en: 'No previous version is kept. Copy this file back from a backup (USB stick, another computer) and restart the app.'
	},
	'storage.restoreFailed': {
		vi: 'Chưa khôi phục được. Xin kiểm tra thư mục dữ liệu còn chỗ trống và ghi được, rồi thử lại.',
		en: 'Could not restore. Check that the data folder has free space and can be written to, then try again.'
	},
	'storage.restored': { vi: 'Đã khôi phục hội nghị từ bản lưu trước.', en: 'The meeting was restored from its previous version.' }
} as const satisfies Record<string, { vi: string; en: string }>;
