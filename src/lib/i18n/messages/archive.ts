/** The meeting archive (lưu hồ sơ): the ZIP download and its restore on another server. */
export const archiveMessages = {
	'archive.download': { vi: 'Tải hồ sơ lưu trữ (.zip)', en: 'Download the archive (.zip)' },
	'archive.downloadHelp': {
		vi: 'Một tệp gồm kế hoạch, danh sách đại biểu, báo cáo tổng hợp ý kiến, biên bản, thông báo kết luận, theo dõi trả lời và toàn bộ nhật ký hội nghị. Tệp có họ tên, số điện thoại: cất giữ như hồ sơ mật của cơ quan.',
		en: 'One file with the plan, the delegate list, the collected-opinions report, the minutes, the conclusion notice, the follow-up status and the meeting’s full log. It names people and holds phone numbers: keep it as the office’s confidential records.'
	},
	'archive.restoreTitle': { vi: 'Khôi phục hội nghị từ hồ sơ lưu trữ', en: 'Restore a meeting from its archive' },
	'archive.restoreHelp': {
		vi: 'Chọn tệp .zip đã tải từ trang hội nghị (trên máy này hoặc máy khác). Hội nghị được khôi phục nguyên vẹn; các đường dẫn vai trò và mã QR cá nhân được cấp mới, đường dẫn cũ không còn dùng được.',
		en: 'Choose the .zip downloaded from a meeting’s page (on this computer or another). The meeting is restored as it was; role links and personal QR codes are issued anew, the old links no longer work.'
	},
	'archive.file': { vi: 'Tệp hồ sơ (.zip)', en: 'Archive file (.zip)' },
	'archive.restore': { vi: 'Khôi phục', en: 'Restore' },
	'archive.problem.no_file': { vi: 'Chưa chọn tệp hồ sơ (.zip).', en: 'No archive file (.zip) was chosen.' },
	'archive.problem.not_zip': {
		vi: 'Tệp này không phải tệp .zip hồ sơ hội nghị, hoặc bị hỏng (chép không trọn vẹn). Không có gì thay đổi.',
		en: 'This file is not a meeting archive .zip, or it is damaged (an incomplete copy). Nothing was changed.'
	},
	'archive.problem.too_large': { vi: 'Tệp quá lớn: tối đa {limit}. Không có gì thay đổi.', en: 'The file is too large: {limit} at most. Nothing was changed.' },
	'archive.problem.no_manifest': {
		vi: 'Tệp .zip này không phải hồ sơ do ứng dụng Đối thoại tạo ra (thiếu tệp mô tả manifest.json). Không có gì thay đổi.',
		en: 'This .zip is not an archive made by Đối thoại (manifest.json is missing). Nothing was changed.'
	},
	'archive.problem.foreign': {
		vi: 'Tệp .zip này không phải hồ sơ hội nghị của ứng dụng Đối thoại (tệp mô tả không đúng). Không có gì thay đổi.',
		en: 'This .zip is not a Đối thoại meeting archive (its manifest is not ours). Nothing was changed.'
	},
	'archive.problem.newer_version': {
		vi: 'Hồ sơ này được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng trên máy này rồi thử lại. Không có gì thay đổi.',
		en: 'This archive was made by a newer version of the app. Update the app on this computer and try again. Nothing was changed.'
	},
	'archive.problem.file_missing': {
		vi: 'Hồ sơ thiếu tệp (có thể đã bị sửa hoặc chép không trọn vẹn). Không có gì thay đổi.',
		en: 'A file is missing from the archive (it may have been edited or copied incompletely). Nothing was changed.'
	},
	'archive.problem.file_damaged': {
		vi: 'Có tệp trong hồ sơ bị hỏng hoặc đã bị sửa (mã kiểm tra không khớp). Không có gì thay đổi.',
		en: 'A file in the archive is damaged or was edited (its checksum does not match). Nothing was changed.'
	},
	'archive.problem.log_invalid': {
		vi: 'Nhật ký hội nghị trong hồ sơ không đọc lại được. Không có gì thay đổi.',
		en: 'The meeting log in the archive cannot be replayed. Nothing was changed.'
	},
	'archive.problem.meeting_exists': {
		vi: 'Hội nghị này đã có trên máy này; không khôi phục đè lên. Không có gì thay đổi.',
		en: 'This meeting already exists on this computer; it is not restored over it. Nothing was changed.'
	},
	'archive.restored': { vi: 'Đã khôi phục hội nghị. Các đường dẫn vai trò đã được cấp mới.', en: 'The meeting was restored. Its role links were issued anew.' }
} as const;
