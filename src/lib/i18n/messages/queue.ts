/** The speaking queue: errors the domain returns (the screens' texts live in queue-screens.ts). */
export const queueMessages = {
	'error.field_not_found': { vi: 'Xin chọn một lĩnh vực trong danh sách.', en: 'Please choose a field from the list.' },
	'error.field_in_use': {
		vi: 'Lĩnh vực "{name}" đã có người đăng ký phát biểu hoặc gửi ý kiến, không thể xóa.',
		en: 'Field "{name}" is named by requests to speak or written opinions; it cannot be removed.'
	},
	'error.request_not_found': { vi: 'Không tìm thấy yêu cầu phát biểu này.', en: 'This request to speak was not found.' },
	'error.request_not_waiting': { vi: 'Yêu cầu này không còn trong danh sách chờ.', en: 'This request is no longer waiting.' },
	'error.not_your_request': { vi: 'Ông/Bà chỉ có thể đăng ký và rút đăng ký của chính mình.', en: 'You can only make and withdraw your own requests.' },
	'error.checkin_required': { vi: 'Xin điểm danh trước khi đăng ký phát biểu.', en: 'Please check in before asking to speak.' },
	'error.already_waiting': { vi: 'Ông/Bà đã có tên trong danh sách chờ phát biểu.', en: 'You are already on the list of speakers.' },
	'error.queue_locked': {
		vi: 'Chủ tọa đã khóa danh sách đăng ký phát biểu. Ông/Bà có thể gửi ý kiến bằng văn bản.',
		en: 'The chair has closed the list of speakers. You can still send a written opinion.'
	},
	'error.queue_closed': {
		vi: 'Phần đối thoại đã kết thúc, không nhận thêm đăng ký phát biểu.',
		en: 'The dialogue is over; no more requests to speak.'
	},
	'error.queue_empty': { vi: 'Chưa có ai trong danh sách chờ.', en: 'Nobody is waiting to speak.' },
	'error.no_current_turn': { vi: 'Hiện không có ai đang phát biểu.', en: 'Nobody has the floor.' },
	'error.no_citizen_turn': { vi: 'Chưa có lượt phát biểu nào để trả lời.', en: 'There is no turn to answer yet.' },
	'error.followup_used': { vi: 'Người này đã được trao đổi thêm một lần.', en: 'This person has already had their follow-up.' },
	'error.turn_paused': { vi: 'Thời gian đang tạm dừng.', en: 'The timer is already paused.' },
	'error.turn_not_paused': { vi: 'Thời gian không tạm dừng.', en: 'The timer is not paused.' },
	'error.nothing_to_undo': { vi: 'Không còn thao tác nào để hoàn tác.', en: 'There is nothing to undo.' },
	'error.nothing_to_recall': { vi: 'Chưa có ai để mời lại.', en: 'There is nobody to call again.' },
	'error.chair_not_found': { vi: 'Không có người chủ trì này trong kế hoạch.', en: 'No such chair in the plan.' },
	'error.floor_changed': {
		vi: 'Người phát biểu vừa thay đổi trước khi lệnh này tới, nên không làm gì thêm. Xin xem lại màn hình rồi bấm lại nếu cần.',
		en: 'The floor changed just before this tap arrived, so nothing more was done. Check the screen and tap again if needed.'
	},
	'error.turn_not_current': { vi: 'Lượt phát biểu này đã kết thúc.', en: 'This turn has already ended.' },
	'error.already_marked_absent': { vi: 'Người này vừa được ghi vắng mặt.', en: 'This person has just been marked absent.' }
} as const satisfies Record<string, { vi: string; en: string }>;
