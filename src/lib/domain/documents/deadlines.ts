/**
 * Deadlines the documents print, counted in working days by `workdays` (Decree-free rules:
 * Civil Code art. 147–148, the meeting's own holiday table).
 */
import { addWorkingDays, type HolidayCalendar } from '../workdays';

/** The conclusion notice goes out within 10 working days, 15 when the content is complex (DOMAIN.md). */
export const noticeWorkingDays = (complex: boolean) => (complex ? 15 : 10);

export function noticeDueDate(meetingDate: string, complex: boolean, calendar: HolidayCalendar): string {
	return addWorkingDays(meetingDate, noticeWorkingDays(complex), calendar);
}

/**
 * When an assignment carries no date of its own: the agency answers within `answerDays`
 * working days after the notice's last possible day (7 or 15 by the meeting's plan).
 */
export function answerDeadline(meetingDate: string, complex: boolean, answerDays: number, calendar: HolidayCalendar): string {
	return addWorkingDays(noticeDueDate(meetingDate, complex, calendar), answerDays, calendar);
}
