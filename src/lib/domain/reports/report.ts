/**
 * Statistics across the meetings of a quarter or a year (issue 17, "/reports"): dialogues held
 * by kind and host, opinions received by field and outcome, assignments answered on time /
 * late / still open per agency. Pure: the states and "today" come in, numbers go out.
 */
import { OUTCOME_KINDS, type OutcomeKind } from '../minutes/types';
import { COMMON_OPINION_FIELDS } from '../opinions/summary';
import { meetingRecord } from '../record/record';
import { foldVietnamese } from '../search';
import { MEETING_HOSTS, MEETING_KINDS, type MeetingHost, type MeetingKind, type MeetingState } from '../types';
import { reportAssignments, type ReportAssignmentStatus } from './assignments';
import { inPeriod, periodRange, type ReportPeriod } from './period';

export type ReportOutcome = OutcomeKind | 'none';
export const REPORT_OUTCOMES: readonly ReportOutcome[] = [...OUTCOME_KINDS, 'none'];

export interface OpinionCounts {
	/** Collected beforehand (the plan's list; one taken up in the room is counted here, once). */
	collected: number;
	/** Raised at the meeting (spoken, written, from the floor). */
	atMeeting: number;
	total: number;
	byOutcome: Record<ReportOutcome, number>;
}

export interface AssignmentCounts {
	total: number;
	answeredOnTime: number;
	answeredLate: number;
	/** Not answered yet (within the deadline or past it). */
	open: number;
	/** Of `open`: past the deadline. */
	overdue: number;
}

/** One dialogue held in the period (mẫu 2's rows). */
export interface MeetingReportRow {
	id: string;
	title: string;
	date: string;
	place: string;
	kind: MeetingKind;
	host: MeetingHost;
	chairs: string;
	attended: number;
	opinions: OpinionCounts;
	assignments: AssignmentCounts;
}

export interface PeriodReport {
	period: ReportPeriod;
	from: string;
	to: string;
	/** Held = started (running or ended) with its date in the period; by date. */
	meetings: MeetingReportRow[];
	/** Meetings dated in the period but not started in this app: not counted, named for the office. */
	notHeld: { id: string; title: string; date: string }[];
	dialogues: { total: number; byKind: Record<MeetingKind, number>; byHost: Record<MeetingHost, number>; byKindAndHost: Record<MeetingKind, Record<MeetingHost, number>> };
	opinions: OpinionCounts & { byField: ({ field: string } & OpinionCounts)[] };
	assignments: AssignmentCounts & { byAgency: ({ agency: string } & AssignmentCounts)[] };
}

const zeroOutcomes = () => Object.fromEntries(REPORT_OUTCOMES.map((o) => [o, 0])) as Record<ReportOutcome, number>;
const zeroOpinions = (): OpinionCounts => ({ collected: 0, atMeeting: 0, total: 0, byOutcome: zeroOutcomes() });
const zeroAssignments = (): AssignmentCounts => ({ total: 0, answeredOnTime: 0, answeredLate: 0, open: 0, overdue: 0 });
const countBy = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

interface CountedOpinion {
	field: string;
	origin: 'collected' | 'atMeeting';
	outcome: ReportOutcome;
}

/**
 * Every opinion of a meeting once: the plan's collected opinions (with the outcome of the
 * record's opinion that took each up, if any) and the record's own opinions that are not a
 * collected one taken up (N8: counted once).
 */
export function countedOpinions(state: MeetingState): CountedOpinion[] {
	const minutes = meetingRecord(state).opinions;
	const takenUp = new Map<string, ReportOutcome>();
	for (const o of minutes) {
		const collectedId = o.origin.kind === 'collected' ? o.origin.collectedOpinionId : o.linkedCollectedId;
		if (collectedId) takenUp.set(collectedId, o.outcome?.kind ?? takenUp.get(collectedId) ?? 'none');
	}
	return [
		...state.collectedOpinions.map((c): CountedOpinion => ({ field: c.field, origin: 'collected', outcome: takenUp.get(c.id) ?? 'none' })),
		...minutes
			.filter((o) => o.origin.kind !== 'collected' && !o.linkedCollectedId)
			.map((o): CountedOpinion => ({ field: o.field, origin: 'atMeeting', outcome: o.outcome?.kind ?? 'none' }))
	];
}

function addOpinion(counts: OpinionCounts, o: CountedOpinion) {
	counts[o.origin] += 1;
	counts.total += 1;
	counts.byOutcome[o.outcome] += 1;
}

function addAssignment(counts: AssignmentCounts, status: ReportAssignmentStatus) {
	counts.total += 1;
	if (status === 'answered') counts.answeredOnTime += 1;
	else if (status === 'answered_late') counts.answeredLate += 1;
	else {
		counts.open += 1;
		if (status === 'overdue') counts.overdue += 1;
	}
}

const COMMON = COMMON_OPINION_FIELDS.map(foldVietnamese) as string[];
/** The usual fields in DOMAIN.md's order, then the others alphabetically, "" (no field) last. */
function compareFields(a: string, b: string): number {
	const fa = foldVietnamese(a);
	const fb = foldVietnamese(b);
	if (fa === '' || fb === '') return fa === fb ? 0 : fa === '' ? 1 : -1;
	const ia = COMMON.indexOf(fa);
	const ib = COMMON.indexOf(fb);
	if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
	return a.localeCompare(b, 'vi');
}

/** The report of `period` over every meeting on the server; `today` (ISO) decides what is overdue. */
export function periodReport(states: readonly MeetingState[], period: ReportPeriod, today: string): PeriodReport {
	const { from, to } = periodRange(period);
	const dated = states.filter((s) => inPeriod(s.basics.date, period));
	const held = dated.filter((s) => s.status !== 'planned').sort((a, b) => a.basics.date.localeCompare(b.basics.date) || a.basics.startTime.localeCompare(b.basics.startTime));
	const byKindAndHost = Object.fromEntries(MEETING_KINDS.map((k) => [k, countBy(MEETING_HOSTS)])) as Record<MeetingKind, Record<MeetingHost, number>>;
	const opinions = zeroOpinions();
	const fields = new Map<string, { field: string } & OpinionCounts>();
	const assignments = zeroAssignments();
	const agencies = new Map<string, { agency: string } & AssignmentCounts>();

	const meetings = held.map((state): MeetingReportRow => {
		byKindAndHost[state.plan.kind][state.plan.host] += 1;
		const own = zeroOpinions();
		for (const o of countedOpinions(state)) {
			const key = foldVietnamese(o.field.trim());
			if (!fields.has(key)) fields.set(key, { field: o.field.trim(), ...zeroOpinions() });
			addOpinion(fields.get(key)!, o);
			addOpinion(opinions, o);
			addOpinion(own, o);
		}
		const ownAssignments = zeroAssignments();
		for (const a of reportAssignments(state, today)) {
			const key = foldVietnamese(a.agencyName.trim());
			if (!agencies.has(key)) agencies.set(key, { agency: a.agencyName.trim(), ...zeroAssignments() });
			addAssignment(agencies.get(key)!, a.status);
			addAssignment(assignments, a.status);
			addAssignment(ownAssignments, a.status);
		}
		return {
			id: state.id,
			title: state.basics.title,
			date: state.basics.date,
			place: state.basics.place,
			kind: state.plan.kind,
			host: state.plan.host,
			chairs: state.plan.chairs.map((c) => [c.name, c.title].filter(Boolean).join(', ')).join('; '),
			attended: Object.keys(state.attendance).length,
			opinions: own,
			assignments: ownAssignments
		};
	});

	const byKind = Object.fromEntries(MEETING_KINDS.map((k) => [k, MEETING_HOSTS.reduce((n, h) => n + byKindAndHost[k][h], 0)])) as Record<MeetingKind, number>;
	const byHost = Object.fromEntries(MEETING_HOSTS.map((h) => [h, MEETING_KINDS.reduce((n, k) => n + byKindAndHost[k][h], 0)])) as Record<MeetingHost, number>;
	return {
		period,
		from,
		to,
		meetings,
		notHeld: dated.filter((s) => s.status === 'planned').map((s) => ({ id: s.id, title: s.basics.title, date: s.basics.date })),
		dialogues: { total: meetings.length, byKind, byHost, byKindAndHost },
		opinions: { ...opinions, byField: [...fields.values()].sort((a, b) => compareFields(a.field, b.field)) },
		assignments: { ...assignments, byAgency: [...agencies.values()].sort((a, b) => a.agency.localeCompare(b.agency, 'vi')) }
	};
}
