/**
 * The follow-up as lists the office sends out: the status of every assignment (archive .xlsx,
 * the report of results to the Fatherland Front) and the reminder list (đôn đốc) of one agency:
 * what is due within 3 working days or overdue. Pure; the print pages and .xlsx read these.
 */
import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import { followUpRows, OPEN_STATUSES } from '../followup/status';
import type { FollowUpRow } from '../followup/types';
import { calledName } from '../record/person';
import type { MeetingState } from '../types';
import { formatVietnameseDate, weekdayOf } from '../workdays/calendar';

export interface FollowUpTable {
	headers: string[];
	rows: string[][];
}

/** "Thứ Năm, 16/07/2026": a cell starts with a capital. */
function dateSaid(lang: Lang, iso: string): string {
	const weekday = translate(lang, `weekday.${weekdayOf(iso)}`);
	return `${weekday.charAt(0).toLocaleUpperCase('vi')}${weekday.slice(1)}, ${formatVietnameseDate(iso)}`;
}

function petitioner(row: FollowUpRow): string {
	const p = row.assignment.petitioner;
	return [calledName(p), p.unit].filter(Boolean).join(', ');
}

/** Every assignment with its status and the agency's answer (what MTTQ supervises; the archive's .xlsx). */
export function followUpStatusTable(state: MeetingState, today: string, lang: Lang): FollowUpTable {
	const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
	return {
		headers: [
			t('reports.no'),
			t('reminders.petitioner'),
			t('reports.field'),
			t('reminders.content'),
			t('reports.agency'),
			t('reminders.coAgencies'),
			t('reminders.task'),
			t('reminders.deadline'),
			t('reminders.status'),
			t('reminders.answeredOn'),
			t('reminders.documentNumber'),
			t('reminders.answer'),
			t('reminders.informed')
		],
		rows: followUpRows(state, today).map((row, i) => {
			const { assignment: a, followUp: f } = row;
			return [
				String(i + 1),
				petitioner(row),
				a.field,
				a.content,
				a.leadAgencyName,
				a.coAgencyNames.join(', '),
				a.task,
				dateSaid(lang, a.deadline),
				t(`followUp.status.${row.status}`),
				f.answer ? formatVietnameseDate(f.answer.answeredOn) : '',
				f.answer?.documentNumber ?? '',
				f.answer?.summary ?? '',
				f.informed ? `${formatVietnameseDate(f.informed.on)} (${f.informed.how})` : ''
			];
		})
	};
}

export interface AgencyReminders {
	agencyId: string;
	agencyName: string;
	/** Overdue first (most late first), then due soon (nearest first). */
	rows: FollowUpRow[];
}

/**
 * [T50] Per lead agency, the assignments to chase: not answered and overdue, or due within
 * 3 working days. Agencies with nothing to chase are left out; `agencyId` keeps one.
 */
export function remindersByAgency(state: MeetingState, today: string, agencyId: string | null = null): AgencyReminders[] {
	const urgent = followUpRows(state, today)
		.filter((r) => r.status === 'overdue' || r.status === 'due_soon')
		.filter((r) => agencyId === null || r.assignment.leadAgencyId === agencyId)
		.sort((a, b) => OPEN_STATUSES.indexOf(a.status) - OPEN_STATUSES.indexOf(b.status) || a.assignment.deadline.localeCompare(b.assignment.deadline));
	const byAgency = new Map<string, AgencyReminders>();
	for (const row of urgent) {
		const id = row.assignment.leadAgencyId;
		if (!byAgency.has(id)) byAgency.set(id, { agencyId: id, agencyName: row.assignment.leadAgencyName, rows: [] });
		byAgency.get(id)!.rows.push(row);
	}
	return [...byAgency.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
}

/** One agency's reminder list as a table (print and .xlsx). */
export function reminderTable(reminders: AgencyReminders, lang: Lang): FollowUpTable {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
	return {
		headers: [t('reports.no'), t('reminders.petitioner'), t('reminders.content'), t('reminders.task'), t('reminders.deadline'), t('reminders.status')],
		rows: reminders.rows.map((row, i) => [
			String(i + 1),
			petitioner(row),
			row.assignment.content,
			row.assignment.task,
			dateSaid(lang, row.assignment.deadline),
			row.status === 'overdue'
				? t('reminders.overdueBy', { days: -row.workingDaysLeft })
				: row.workingDaysLeft === 0
					? t('reminders.dueToday')
					: t('reminders.dueIn', { days: row.workingDaysLeft })
		])
	};
}
