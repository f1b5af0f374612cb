/**
 * Deadlines the documents print. The arithmetic is the minutes' (`minutes/deadline.ts`, rule
 * N10); an assignment's deadline comes with the record (`record/deadline.ts`, rule B3).
 */
import { conclusionNoticeDue } from '../minutes/deadline';
import type { HolidayCalendar } from '../workdays';

/** The conclusion notice goes out within 10 working days, 15 when the content is complex (DOMAIN.md). */
export const noticeWorkingDays = (complex: boolean) => (complex ? 15 : 10);

export function noticeDueDate(meetingDate: string, complex: boolean, calendar: HolidayCalendar): string {
	return conclusionNoticeDue({ date: meetingDate, complex, answerPeriodDays: 15, calendar });
}
