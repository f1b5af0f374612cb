import { addWorkingDays, type HolidayCalendar } from '../workdays/calendar';
import type { AnswerPeriod, ReportLevel } from './types';
import { REPORT_LEVELS } from './types';

/** What the deadlines depend on; a slice of the meeting so the rules stay easy to test. */
export interface DeadlineBasis {
	/** The meeting day, ISO. */
	date: string;
	complex: boolean;
	answerPeriodDays: AnswerPeriod;
	calendar: HolidayCalendar;
}

/**
 * [N10] The chair's conclusion notice (thông báo kết luận) is due 10 working days after the
 * meeting, or 15 when the chair marked the content complex (DOMAIN.md, "After the meeting").
 */
export function conclusionNoticeDue(basis: DeadlineBasis): string {
	return addWorkingDays(basis.date, basis.complex ? 15 : 10, basis.calendar);
}

/**
 * [N10] The default deadline for an agency's written answer to the citizen when the notice's
 * issue date is not known: the notice's due date plus the plan's answer period (7 or 15
 * working days). Screens and documents call `assignmentDeadline` (`record/deadline.ts`, B3),
 * which counts from the issue date once the office entered it.
 */
export function defaultAnswerDeadline(basis: DeadlineBasis): string {
	return addWorkingDays(conclusionNoticeDue(basis), basis.answerPeriodDays, basis.calendar);
}

/** Local government has two levels since 1 July 2025; the district (huyện) stays for older meetings. */
export const TWO_LEVEL_GOVERNMENT_FROM = '2025-07-01';

/** [N5] The levels an opinion can be reported to, for a meeting on `date`. */
export function reportLevels(date: string): readonly ReportLevel[] {
	return date < TWO_LEVEL_GOVERNMENT_FROM ? REPORT_LEVELS : REPORT_LEVELS.filter((l) => l !== 'district');
}
