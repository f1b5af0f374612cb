import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import type { MeetingHost, MeetingKind, MeetingState } from '../types';
import { parsePeriod, periodLabel, periodRange, reportDue } from './period';
import { periodReport } from './report';
import { reportTables } from './tables';

const must = (result: { state: MeetingState; error: { message: string } | null }) => {
	if (result.error) throw new Error(result.error.message);
	return result.state;
};
const agencyId = (state: MeetingState, short: string) => state.agencies.find((a) => a.shortName === short)!.id;

function setUp(state: MeetingState, kind: MeetingKind, host: MeetingHost): MeetingState {
	return { ...state, plan: { ...state.plan, kind, host } };
}

/** Q3: 13/07/2026, periodic, UBND. Collected: 2 (the first taken up and answered). In the room: assigned, reported, untagged. */
function july(): MeetingState {
	let state = setUp(meetingForMinutes('2026-07-13'), 'periodic', 'government');
	state = act(state, 'opinion.record', { origin: { kind: 'collected', collectedOpinionId: state.collectedOpinions[0].id } }, 'secretary', { id: 'jul-collected' }).state;
	state = act(state, 'opinion.addAnswer', { opinionId: 'jul-collected', by: { kind: 'agency', agencyId: agencyId(state, 'KTHTĐT'), name: 'Ông Trần Văn Bình' }, summary: 'Đã có kế hoạch sửa chữa' }).state;
	state = must(act(state, 'opinion.tag', { opinionId: 'jul-collected', outcome: { kind: 'answered' } }));
	let r = recorded(state, 'Đề nghị cấp giấy chứng nhận', { field: 'Đất đai' });
	state = must(act(r.state, 'opinion.tag', { opinionId: r.id, outcome: { kind: 'assigned', leadAgencyId: agencyId(r.state, 'KTHTĐT'), coAgencyIds: [agencyId(r.state, 'CA')], task: 'Kiểm tra, trả lời' } }));
	r = recorded(state, 'Đề nghị lắp camera', { field: 'an ninh trật tự' });
	state = must(act(r.state, 'opinion.tag', { opinionId: r.id, outcome: { kind: 'reported', level: 'province' } }));
	state = recorded(state, 'Ý kiến chưa phân loại', { field: 'giao thông' }).state;
	return act(state, 'meeting.end', {}, 'chair').state;
}

/** Q3: 20/08/2026, thematic, Đảng ủy. One assignment to Công an with a deadline set to 15/09/2026. */
function august(): MeetingState {
	let state = setUp(meetingForMinutes('2026-08-20'), 'thematic', 'party');
	state = { ...state, collectedOpinions: [] };
	const r = recorded(state, 'Trộm cắp tài sản ban đêm', { field: 'An ninh trật tự' });
	state = must(act(r.state, 'opinion.tag', { opinionId: r.id, outcome: { kind: 'assigned', leadAgencyId: agencyId(r.state, 'CA'), coAgencyIds: [], task: 'Tăng cường tuần tra', deadline: '2026-09-15' } }));
	return state;
}

/** Q4: 05/10/2026, planned only (not held in the app). */
function october(): MeetingState {
	const state = setUp(meetingForMinutes('2026-10-05'), 'adhoc', 'both');
	return { ...state, status: 'planned', startedAt: null };
}

/** Q4: 10/11/2026, ad hoc, co-chaired, held, nothing recorded. */
function november(): MeetingState {
	return setUp({ ...meetingForMinutes('2026-11-10'), collectedOpinions: [] }, 'adhoc', 'both');
}

const all = () => [july(), august(), october(), november()];

describe('reports across meetings', () => {
	it('[Y1] counts the dialogues held in the period by kind and host; another quarter, or a meeting not held in the app, is not counted', () => {
		const q3 = periodReport(all(), { year: 2026, quarter: 3 }, '2026-09-01');
		expect(q3.dialogues.total).toBe(2);
		expect(q3.dialogues.byKindAndHost.periodic.government).toBe(1);
		expect(q3.dialogues.byKindAndHost.thematic.party).toBe(1);
		expect(q3.dialogues.byKind).toEqual({ periodic: 1, thematic: 1, adhoc: 0 });
		expect(q3.dialogues.byHost).toEqual({ party: 1, government: 1, both: 0 });
		expect(q3.meetings.map((m) => m.date)).toEqual(['2026-07-13', '2026-08-20']);

		const q4 = periodReport(all(), { year: 2026, quarter: 4 }, '2026-12-01');
		expect(q4.dialogues.total).toBe(1);
		expect(q4.notHeld.map((m) => m.date)).toEqual(['2026-10-05']);

		const year = periodReport(all(), { year: 2026, quarter: null }, '2026-12-01');
		expect(year.dialogues.total).toBe(3);
		expect(periodReport(all(), { year: 2025, quarter: null }, '2026-12-01').dialogues.total).toBe(0);
	});

	it('[Y2] counts opinions collected beforehand and raised at the meeting, by field (spelling folded) and by outcome; a collected one taken up counts once', () => {
		const q3 = periodReport(all(), { year: 2026, quarter: 3 }, '2026-09-01');
		expect(q3.opinions).toMatchObject({ collected: 2, atMeeting: 4, total: 6 });
		expect(q3.opinions.byOutcome).toEqual({ answered: 1, assigned: 2, reported: 1, accepted: 0, out_of_scope: 0, none: 2 });
		const byField = Object.fromEntries(q3.opinions.byField.map((f) => [f.field, [f.collected, f.atMeeting, f.total]]));
		// "giao thông" (typed in the room) and "Giao thông" (collected) are one field; the usual order of DOMAIN.md.
		expect(q3.opinions.byField.map((f) => f.field)).toEqual(['Đất đai', 'Giao thông', 'Môi trường', 'an ninh trật tự', 'An ninh trật tự'].filter((f) => f in byField));
		expect(byField['Giao thông']).toEqual([1, 1, 2]);
		expect(byField['Đất đai']).toEqual([0, 1, 1]);
		expect(Object.values(byField).reduce((n, [, , total]) => n + total, 0)).toBe(6);
		const julyRow = q3.meetings[0];
		expect(julyRow.opinions).toMatchObject({ collected: 2, atMeeting: 3, total: 5 });
	});

	it('[Y3] counts assignments per lead agency: still open, and of those past the deadline (working days)', () => {
		// July's default deadline: notice due 27/07 (10 working days), + 15 working days = 17/08/2026.
		const q3 = periodReport(all(), { year: 2026, quarter: 3 }, '2026-08-31');
		expect(q3.assignments).toMatchObject({ total: 2, answeredOnTime: 0, answeredLate: 0, open: 2, overdue: 1 });
		expect(q3.assignments.byAgency.map((a) => [a.agency, a.total, a.open, a.overdue])).toEqual([
			['Công an phường', 1, 1, 0],
			['Phòng Kinh tế, Hạ tầng và Đô thị', 1, 1, 1]
		]);
		// On 17/08 itself the July one is not overdue yet; the day after it is.
		expect(periodReport(all(), { year: 2026, quarter: 3 }, '2026-08-17').assignments.overdue).toBe(0);
		expect(periodReport(all(), { year: 2026, quarter: 3 }, '2026-08-18').assignments.overdue).toBe(1);

		// The agencies' written answers (follow-up): July's on 10/08 (on time), August's on 18/09 (after 15/09: late).
		const answer = (state: MeetingState, on: string) => {
			const opinionId = state.minutes.opinions.find((o) => o.outcome?.kind === 'assigned')!.id;
			const now = Date.parse(`${on}T03:00:00Z`);
			return must(act(state, 'followUp.recordAnswer', { opinionId, answeredOn: on, documentNumber: '12/UBND', summary: 'Đã trả lời bằng văn bản' }, 'admin', { now }));
		};
		const answered = periodReport([answer(july(), '2026-08-10'), answer(august(), '2026-09-18')], { year: 2026, quarter: 3 }, '2026-09-30');
		expect(answered.assignments).toMatchObject({ total: 2, answeredOnTime: 1, answeredLate: 1, open: 0, overdue: 0 });
		expect(answered.meetings.map((m) => [m.assignments.answeredOnTime, m.assignments.answeredLate])).toEqual([
			[1, 0],
			[0, 1]
		]);
	});

	it('[Y4] reads the period from the query string: ?year=&quarter= or the whole year; anything else falls back to the current quarter; says when it is due upward', () => {
		const q = (s: string) => new URLSearchParams(s);
		expect(parsePeriod(q('year=2026&quarter=4'), '2026-07-01')).toEqual({ year: 2026, quarter: 4 });
		expect(parsePeriod(q('year=2026'), '2026-07-01')).toEqual({ year: 2026, quarter: null });
		expect(parsePeriod(q('year=2026&quarter=all'), '2026-07-01')).toEqual({ year: 2026, quarter: null });
		expect(parsePeriod(q('year=abc&quarter=2'), '2026-07-01')).toEqual({ year: 2026, quarter: 3 });
		expect(parsePeriod(q(''), '2027-02-10')).toEqual({ year: 2027, quarter: 1 });
		expect(periodRange({ year: 2028, quarter: 1 })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
		expect(periodRange({ year: 2026, quarter: 2 })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
		expect(periodRange({ year: 2026, quarter: null })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
		expect(periodLabel({ year: 2026, quarter: 4 })).toBe('Quý IV năm 2026');
		// Sent upward before the 15th of the quarter's last month; the year's before 15 November.
		expect(reportDue({ year: 2026, quarter: 1 })).toBe('2026-03-15');
		expect(reportDue({ year: 2026, quarter: 4 })).toBe('2026-12-15');
		expect(reportDue({ year: 2026, quarter: null })).toBe('2026-11-15');
	});

	it('[Y5] the tables (print, .xlsx, CSV) add up: every total row is the sum of its rows', () => {
		const report = periodReport(all(), { year: 2026, quarter: null }, '2026-12-01');
		for (const table of reportTables(report, 'vi')) {
			expect(table.rows.every((row) => row.length === table.headers.length), table.id).toBe(true);
			if (!table.total || table.id === 'meetings') continue;
			for (let column = 2; column < table.headers.length; column++) {
				const sum = table.rows.reduce((n, row) => n + Number(row[column]), 0);
				expect(table.total[column], `${table.id} column ${column}`).toBe(sum);
			}
		}
		const meetings = reportTables(report, 'vi').find((t) => t.id === 'meetings')!;
		expect(meetings.rows.map((r) => r[1])).toEqual(['13/07/2026', '20/08/2026', '10/11/2026']);
	});
});
