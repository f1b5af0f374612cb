import { describe, expect, it } from 'vitest';
import { builtInCalendar, weekdayOf } from '../workdays';
import { conclusionNoticeDue, defaultAnswerDeadline, reportLevels } from './deadline';
import { deadlineBasis } from './decide';
import { act, meetingForMinutes } from './testing';

const calendar = builtInCalendar();

describe('minutes: default deadlines (working days)', () => {
	it('[N10] across weekends: notice + 10 working days, answer + 15 more', () => {
		const basis = { date: '2026-07-13', complex: false, answerPeriodDays: 15 as const, calendar };
		expect(conclusionNoticeDue(basis)).toBe('2026-07-27');
		expect(defaultAnswerDeadline(basis)).toBe('2026-08-17');
		expect(weekdayOf('2026-08-17')).toBe(1);
	});

	it('[N10] complex content gives the notice 15 working days; the plan may give 7 for the answer', () => {
		const basis = { date: '2026-07-13', complex: true, answerPeriodDays: 7 as const, calendar };
		expect(conclusionNoticeDue(basis)).toBe('2026-08-03');
		expect(defaultAnswerDeadline(basis)).toBe('2026-08-12');
	});

	it('[N10] across Tết 2026 (14–22/02 off)', () => {
		const basis = { date: '2026-02-05', complex: false, answerPeriodDays: 7 as const, calendar };
		expect(conclusionNoticeDue(basis)).toBe('2026-02-26');
		expect(defaultAnswerDeadline(basis)).toBe('2026-03-09');
	});

	it('[N10] with a make-up working day (Saturday 26/04/2025 worked for 02/05)', () => {
		const basis = { date: '2025-04-16', complex: false, answerPeriodDays: 7 as const, calendar };
		expect(conclusionNoticeDue(basis)).toBe('2025-04-29');
		const withoutSwap = { ...basis, calendar: { ...calendar, extraWorkdays: calendar.extraWorkdays.filter((d) => d !== '2025-04-26') } };
		expect(conclusionNoticeDue(withoutSwap)).toBe('2025-05-05');
		expect(defaultAnswerDeadline(basis)).toBe('2025-05-13');
	});

	it('[N10] the meeting\'s basis follows the complex flag set by the chair and the plan\'s answer period', () => {
		let state = meetingForMinutes();
		expect(deadlineBasis(state)).toMatchObject({ date: '2026-07-13', complex: false });
		state = act(state, 'documents.update', { complex: true }, 'chair').state;
		expect(conclusionNoticeDue(deadlineBasis(state))).toBe('2026-08-03');
		expect(defaultAnswerDeadline(deadlineBasis(state))).toBe('2026-08-24');
		// The answer period is a plan setting (7 or 15 working days).
		state = act(state, 'plan.update', { answerPeriodDays: 7 }, 'admin').state;
		expect(defaultAnswerDeadline(deadlineBasis(state))).toBe('2026-08-12');
		expect(act(state, 'plan.update', { answerPeriodDays: 10 }, 'admin').error?.code).toBe('invalid_command');
	});

	it('[N5] report levels: province and central since 1 July 2025, the district before', () => {
		expect(reportLevels('2025-06-30')).toEqual(['district', 'province', 'central']);
		expect(reportLevels('2025-07-01')).toEqual(['province', 'central']);
	});
});
