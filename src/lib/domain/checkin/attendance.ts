import type { MeetingState } from '../types';

export interface CategoryAttendance {
	categoryId: string;
	name: string;
	expected: number;
	onList: number;
	present: number;
}

export interface AttendanceSummary {
	present: number;
	expected: number;
	onList: number;
	byCategory: CategoryAttendance[];
}

/**
 * Present / expected, in total and per category. "Expected" is the plan's number per
 * category (the invitation target); walk-ins count as present in their category.
 */
export function attendanceSummary(state: MeetingState): AttendanceSummary {
	const byCategory = state.categories.map((c) => ({ categoryId: c.id, name: c.name, expected: c.expected, onList: 0, present: 0 }));
	const index = new Map(byCategory.map((c) => [c.categoryId, c]));
	const counted = state.headcount?.byCategory;
	if (counted) {
		// Views without the list (projector, phones) carry the counts instead.
		for (const row of byCategory) Object.assign(row, counted[row.categoryId] ?? { onList: 0, present: 0 });
	} else {
		for (const delegate of state.delegates) {
			const row = index.get(delegate.categoryId);
			if (!row) continue;
			row.onList++;
			if (state.attendance[delegate.id]) row.present++;
		}
	}
	const sum = (key: 'present' | 'expected' | 'onList') => byCategory.reduce((n, c) => n + c[key], 0);
	return { present: sum('present'), expected: sum('expected'), onList: sum('onList'), byCategory };
}
