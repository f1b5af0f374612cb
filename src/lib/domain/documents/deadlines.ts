/**
 * Deadlines the documents print. The arithmetic is the minutes' (`minutes/deadline.ts`, rule
 * N10); these keep the documents' call shape.
 */
import { conclusionNoticeDue, defaultAnswerDeadline } from '../minutes/deadline';
import type { AnswerPeriod } from '../minutes/types';
import type { HolidayCalendar } from '../workdays';

/** The conclusion notice goes out within 10 working days, 15 when the content is complex (DOMAIN.md). */
export const noticeWorkingDays = (complex: boolean) => (complex ? 15 : 10);

export function noticeDueDate(meetingDate: string, complex: boolean, calendar: HolidayCalendar): string {
	return conclusionNoticeDue({ date: meetingDate, complex, answerPeriodDays: 15, calendar });
}

/**
 * When an assignment carries no date of its own: the agency answers within `answerDays`
 * working days after the notice's last possible day (7 or 15 by the meeting's plan).
 */
export function answerDeadline(meetingDate: string, complex: boolean, answerDays: AnswerPeriod, calendar: HolidayCalendar): string {
	return defaultAnswerDeadline({ date: meetingDate, complex, answerPeriodDays: answerDays, calendar });
}
