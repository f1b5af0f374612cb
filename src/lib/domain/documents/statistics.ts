/**
 * Opinions counted by field and by outcome: a table in both documents and in the preview,
 * plus a bar chart the print view draws as SVG.
 */
import { COMMON_OPINION_FIELDS } from '../opinions/summary';
import { foldVietnamese } from '../search';
import { DOCUMENT_OUTCOMES, type DocumentOpinion, type DocumentOutcome } from './input';
import { cell, paragraph, run, withTestId, type BarChart, type Block, type Table } from './model';
import { t } from './parts';

type OutcomeColumn = DocumentOutcome | 'none';

export interface OpinionStatistics {
	/** Fields in the usual order first, then the others alphabetically; "" (no field) last. */
	fields: string[];
	/** Outcome columns that occur, in DOMAIN.md's order; "none" when some are untagged. */
	outcomes: OutcomeColumn[];
	counts: Record<string, Record<OutcomeColumn, number>>;
	byOutcome: Record<OutcomeColumn, number>;
	total: number;
}

export function opinionStatistics(opinions: readonly DocumentOpinion[]): OpinionStatistics {
	const names = new Map<string, string>();
	for (const o of opinions) if (!names.has(foldVietnamese(o.field))) names.set(foldVietnamese(o.field), o.field.trim());
	const fields = [...names.keys()].sort(compareFields).map((k) => names.get(k)!);
	const columns: OutcomeColumn[] = [...DOCUMENT_OUTCOMES, 'none'];
	const zero = () => Object.fromEntries(columns.map((c) => [c, 0])) as Record<OutcomeColumn, number>;
	const counts: OpinionStatistics['counts'] = Object.fromEntries(fields.map((f) => [f, zero()]));
	const byOutcome = zero();
	for (const o of opinions) {
		const column = o.outcome ?? 'none';
		counts[names.get(foldVietnamese(o.field))!][column] += 1;
		byOutcome[column] += 1;
	}
	// Every outcome stays as a column (an office compares meetings); "none" only when it occurs.
	const outcomes = columns.filter((c) => c !== 'none' || byOutcome.none > 0);
	return { fields, outcomes, counts, byOutcome, total: opinions.length };
}

const COMMON = COMMON_OPINION_FIELDS.map(foldVietnamese) as string[];
function compareFields(a: string, b: string): number {
	if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
	const ia = COMMON.indexOf(a);
	const ib = COMMON.indexOf(b);
	if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
	return a.localeCompare(b, 'vi');
}

const fieldLabel = (field: string) => field || t('doc.noField');
const outcomeLabel = (c: OutcomeColumn) => t(`doc.outcome.${c}`);

/** The table (TT, field, one column per outcome, total) and the chart of totals by field. */
export function statisticsBlocks(stats: OpinionStatistics): Block[] {
	const head = (text: string) => cell(paragraph('tableHead', text));
	const num = (n: number, bold = false) => cell(paragraph('tableNumber', run(String(n), { bold })));
	const rowTotal = (f: string) => stats.outcomes.reduce((n, c) => n + stats.counts[f][c], 0);
	const rows = [
		[head(t('doc.statsNo')), head(t('doc.statsField')), ...stats.outcomes.map((c) => head(outcomeLabel(c))), head(t('doc.statsTotal'))],
		...stats.fields.map((f, i) => [num(i + 1), cell(paragraph('tableCell', fieldLabel(f))), ...stats.outcomes.map((c) => num(stats.counts[f][c])), num(rowTotal(f), true)]),
		[cell(paragraph('tableCell', '')), cell(paragraph('tableCell', run(t('doc.statsTotalRow'), { bold: true }))), ...stats.outcomes.map((c) => num(stats.byOutcome[c], true)), num(stats.total, true)]
	];
	const rest = (1 - 0.07 - 0.25) / (stats.outcomes.length + 1);
	const table: Table = withTestId({ kind: 'table', style: 'grid', widths: [0.07, 0.25, ...stats.outcomes.map(() => rest), rest], rows, headerRows: 1 }, 'doc-statistics');
	const chart: BarChart = { kind: 'chart', title: t('doc.statsChart'), bars: stats.fields.map((f) => ({ label: fieldLabel(f), value: rowTotal(f) })) };
	return stats.total === 0 ? [table] : [table, chart];
}
