import type { Say } from '../delegates/when';
import { formatVietnameseDate, weekdayOf } from '../workdays/calendar';
import { ASSIGNMENT_STATUSES, type AssignmentStatus, type FollowUpRow } from './types';

/** The follow-up page's filters (from its query string; "" = all). */
export interface FollowUpFilter {
	agencyId: string;
	status: AssignmentStatus | '';
	/** ISO date: only deadlines on or before it. */
	dueBy: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from a query string; anything unknown is ignored (all). */
export function filterFrom(params: URLSearchParams): FollowUpFilter {
	const status = params.get('status') ?? '';
	const dueBy = params.get('dueBy') ?? '';
	return {
		agencyId: params.get('agency') ?? '',
		status: (ASSIGNMENT_STATUSES as readonly string[]).includes(status) ? (status as AssignmentStatus) : '',
		dueBy: ISO.test(dueBy) ? dueBy : ''
	};
}

/** [T8] The rows a filter keeps: the agency leads or co-operates, the status, the deadline. */
export function filterRows(rows: readonly FollowUpRow[], f: FollowUpFilter): FollowUpRow[] {
	return rows.filter(
		({ assignment: a, status }) =>
			(!f.agencyId || a.leadAgencyId === f.agencyId || a.coAgencyIds.includes(f.agencyId)) && (!f.status || status === f.status) && (!f.dueBy || a.deadline <= f.dueBy)
	);
}

export type StatusCounts = Record<AssignmentStatus, number> & { total: number };

const zero = (): StatusCounts => ({ waiting: 0, due_soon: 0, overdue: 0, answered: 0, answered_late: 0, total: 0 });

/** [T8] Counts per lead agency, in the order of the meeting's agencies. */
export function countsByAgency(rows: readonly FollowUpRow[], agencies: readonly { id: string; name: string }[]): { agencyId: string; name: string; counts: StatusCounts }[] {
	return agencies
		.map((agency) => {
			const counts = zero();
			for (const row of rows) {
				if (row.assignment.leadAgencyId !== agency.id) continue;
				counts[row.status]++;
				counts.total++;
			}
			return { agencyId: agency.id, name: agency.name, counts };
		})
		.filter((a) => a.counts.total > 0);
}

/** "Thứ Hai, 11/01/2027": a deadline as the office reads it. */
export function deadlineSaid(date: string, say: Say): string {
	const weekday = say(`weekday.${weekdayOf(date)}`);
	return say('followUp.deadlineSaid', { weekday: weekday.charAt(0).toLocaleUpperCase('vi') + weekday.slice(1), date: formatVietnameseDate(date) });
}

/** How far the deadline is, in working days: "còn 3 ngày làm việc", "hết hạn hôm nay", "quá hạn 2 ngày làm việc". */
export function daysLeftSaid(row: Pick<FollowUpRow, 'workingDaysLeft' | 'status'>, say: Say): string {
	if (row.status === 'answered' || row.status === 'answered_late') return '';
	if (row.workingDaysLeft > 0) return say('followUp.daysLeft', { count: row.workingDaysLeft });
	if (row.status === 'overdue') return say('followUp.daysLate', { count: Math.max(1, -row.workingDaysLeft) });
	return say('followUp.dueToday');
}

/** The same beside the status tag, which already says "Quá hạn": "Quá hạn · 2 ngày làm việc", not "Quá hạn · quá hạn 2 …". */
export function daysLeftTag(row: Pick<FollowUpRow, 'workingDaysLeft' | 'status'>, say: Say): string {
	if (row.status === 'overdue') return say('followUp.daysLateTag', { count: Math.max(1, -row.workingDaysLeft) });
	return daysLeftSaid(row, say);
}
