import type { MessageKey } from '../../i18n/catalog';
import type { MessageParams } from '../../i18n/translate';
import type { MeetingBasics } from '../types';
import { formatVietnameseDate, weekdayOf } from '../workdays/calendar';

/** A screen's own translator (the phone holds only its texts, in one language: ui/i18n.svelte.ts). */
export type Say = (key: MessageKey, params?: MessageParams) => string;

/** "14 giờ 00, thứ Hai, ngày 13/07/2026": how an invitation states the time, in the screen's words. */
export function meetingWhenSaid(basics: Pick<MeetingBasics, 'date' | 'startTime'>, say: Say): string {
	const [hour, minute] = basics.startTime.split(':');
	return say('invitation.when', {
		hour: String(Number(hour)),
		minute,
		weekday: say(`weekday.${weekdayOf(basics.date)}`),
		date: formatVietnameseDate(basics.date)
	});
}
