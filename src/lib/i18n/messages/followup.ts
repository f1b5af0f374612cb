/**
 * Follow-up after the meeting (theo dõi, đôn đốc), the agency links and the public results
 * page (issue 17). Vietnamese first; the domain's words from DOMAIN.md.
 */
export const followupMessages = {
	'role.agency': { vi: 'Cơ quan được giao', en: 'Assigned agency' },

	'error.assignment_not_found': { vi: 'Không có ý kiến được giao này.', en: 'There is no such assignment.' },
	'error.followup_date_before_meeting': { vi: 'Ngày này trước ngày hội nghị.', en: 'This date is before the meeting.' },
	'error.followup_date_in_future': { vi: 'Ngày này chưa đến.', en: 'This date has not come yet.' },
	'error.followup_no_answer': { vi: 'Chưa có văn bản trả lời để xóa.', en: 'There is no written answer to remove.' },
	'error.followup_petition_not_found': { vi: 'Không có đơn tiếp theo này.', en: 'There is no such later petition.' },

	'followUp.status.waiting': { vi: 'Chờ trả lời', en: 'Waiting for the answer' },
	'followUp.status.due_soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
	'followUp.status.overdue': { vi: 'Quá hạn', en: 'Overdue' },
	'followUp.status.answered': { vi: 'Đã trả lời', en: 'Answered' },
	'followUp.status.answered_late': { vi: 'Đã trả lời (quá hạn)', en: 'Answered (late)' },
	'followUp.daysLeft': { vi: 'còn {count} ngày làm việc', en: '{count} working days left' },
	'followUp.dueToday': { vi: 'hết hạn hôm nay', en: 'due today' },
	'followUp.daysLate': { vi: 'quá hạn {count} ngày làm việc', en: '{count} working days late' },
	'followUp.deadlineSaid': { vi: '{weekday}, {date}', en: '{weekday}, {date}' }
} as const;
