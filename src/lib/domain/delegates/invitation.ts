import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import type { HolidayCalendar, MeetingBasics } from '../types';
import { noticeDeadline } from '../workdays';
import { meetingWhenSaid } from './when';

/** Invitations and the public announcement go out at least 7 working days before (DOMAIN.md). */
export const INVITATION_WORKING_DAYS = 7;

/** The calendar date in Vietnam (UTC+7, no daylight saving), whatever the server's time zone. */
export function vietnamToday(now: number): string {
	return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The last day to issue invitations, and whether today is already past it. */
export function invitationNotice(meetingDate: string, calendar: HolidayCalendar, now: number): { deadline: string; late: boolean } {
	const deadline = noticeDeadline(meetingDate, INVITATION_WORKING_DAYS, calendar);
	return { deadline, late: vietnamToday(now) > deadline };
}

/** "14 giờ 00, thứ Hai, ngày 13/07/2026": how an invitation states the time. */
export function meetingWhen(basics: Pick<MeetingBasics, 'date' | 'startTime'>, lang: Lang): string {
	return meetingWhenSaid(basics, (key, params) => translate(lang, key, params));
}
