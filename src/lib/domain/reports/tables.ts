/**
 * The report as tables (heading, header row, rows, total row): one shape for the print view,
 * the .xlsx and the CSV, so the three always agree. Mẫu 1: tables I–III; mẫu 2: the list of
 * dialogues (assumed shapes: docs/reports.md).
 */
import type { Lang } from '../../i18n/catalog';
import { translate } from '../../i18n/translate';
import { MEETING_HOSTS, MEETING_KINDS } from '../types';
import { formatVietnameseDate } from '../workdays/calendar';
import { REPORT_OUTCOMES, type AssignmentCounts, type OpinionCounts, type PeriodReport } from './report';

export type ReportCell = string | number;

export interface ReportTable {
	id: 'dialogues' | 'fields' | 'agencies' | 'meetings';
	form: 'mau1' | 'mau2';
	title: string;
	headers: string[];
	rows: ReportCell[][];
	/** The "Tổng cộng" row, when the table adds up. */
	total: ReportCell[] | null;
}

const opinionCells = (c: OpinionCounts): number[] => [c.collected, c.atMeeting, c.total, ...REPORT_OUTCOMES.map((o) => c.byOutcome[o])];
const assignmentCells = (c: AssignmentCounts): number[] => [c.total, c.answeredOnTime, c.answeredLate, c.open, c.overdue];

export function reportTables(report: PeriodReport, lang: Lang): ReportTable[] {
	const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
	const { dialogues, opinions, assignments } = report;
	const opinionHeaders = [t('reports.collected'), t('reports.atMeeting'), t('reports.opinionsTotal'), ...REPORT_OUTCOMES.map((o) => t(`reports.outcome.${o}`))];
	const assignmentHeaders = [t('reports.assigned'), t('reports.answeredOnTime'), t('reports.answeredLate'), t('reports.open'), t('reports.overdue')];
	return [
		{
			id: 'dialogues',
			form: 'mau1',
			title: t('reports.dialogues.title'),
			headers: [t('reports.no'), t('reports.dialogues.kind'), ...MEETING_HOSTS.map((h) => t(`reports.host.${h}`)), t('reports.total')],
			rows: MEETING_KINDS.map((k, i) => [i + 1, t(`reports.kind.${k}`), ...MEETING_HOSTS.map((h) => dialogues.byKindAndHost[k][h]), dialogues.byKind[k]]),
			total: ['', t('reports.totalRow'), ...MEETING_HOSTS.map((h) => dialogues.byHost[h]), dialogues.total]
		},
		{
			id: 'fields',
			form: 'mau1',
			title: t('reports.fields.title'),
			headers: [t('reports.no'), t('reports.field'), ...opinionHeaders],
			rows: opinions.byField.map((f, i) => [i + 1, f.field || t('reports.noField'), ...opinionCells(f)]),
			total: ['', t('reports.totalRow'), ...opinionCells(opinions)]
		},
		{
			id: 'agencies',
			form: 'mau1',
			title: t('reports.agencies.title'),
			headers: [t('reports.no'), t('reports.agency'), ...assignmentHeaders],
			rows: assignments.byAgency.map((a, i) => [i + 1, a.agency || t('reports.noAgency'), ...assignmentCells(a)]),
			total: ['', t('reports.totalRow'), ...assignmentCells(assignments)]
		},
		{
			id: 'meetings',
			form: 'mau2',
			title: t('reports.meetings.title'),
			headers: [
				t('reports.no'),
				t('reports.date'),
				t('reports.meeting'),
				t('reports.dialogues.kind'),
				t('reports.hostColumn'),
				t('reports.chairs'),
				t('reports.attended'),
				t('reports.opinionsTotal'),
				t('reports.outcome.answered'),
				t('reports.assigned'),
				t('reports.answeredOnTime'),
				t('reports.answeredLate'),
				t('reports.open')
			],
			rows: report.meetings.map((m, i) => [
				i + 1,
				formatVietnameseDate(m.date),
				`${m.title} (${m.place})`,
				t(`reports.kind.${m.kind}`),
				t(`reports.host.${m.host}`),
				m.chairs,
				m.attended,
				m.opinions.total,
				m.opinions.byOutcome.answered,
				m.assignments.total,
				m.assignments.answeredOnTime,
				m.assignments.answeredLate,
				m.assignments.open
			]),
			total: report.meetings.length
				? [
						'',
						t('reports.totalRow'),
						'',
						'',
						'',
						'',
						report.meetings.reduce((n, m) => n + m.attended, 0),
						opinions.total,
						opinions.byOutcome.answered,
						assignments.total,
						assignments.answeredOnTime,
						assignments.answeredLate,
						assignments.open
					]
				: null
		}
	];
}
