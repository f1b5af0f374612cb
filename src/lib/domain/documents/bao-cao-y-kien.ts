/**
 * Báo cáo tổng hợp ý kiến, kiến nghị: the opinions collected before the meeting, counted by
 * field and planned handling, then listed by handling and field with the prepared answers.
 * Built from the meeting state as it is before the meeting (no minutes needed).
 */
import { fieldTotal, summarizeOpinions } from '../opinions/summary';
import { PLANNED_HANDLINGS, type CollectedOpinion, type MeetingState } from '../types';
import { documentTime, placeDateLine } from './dates';
import { documentDate } from './dates';
import { layoutForHost } from './layout';
import { cell, paragraph, run, withTestId, type Block, type DocumentModel, type Paragraph, type Table } from './model';
import { bodyLines, closing, header, numberLine, recipients, signerParagraphs, t, title } from './parts';
import { placeName } from './place-name';

const LETTERS = 'abcdefghiklmnopqrstuvxy';

export function buildOpinionsReport(m: MeetingState): DocumentModel {
	const layout = layoutForHost(m.plan.host);
	const summary = summarizeOpinions(m.collectedOpinions);
	const agencies = new Map(m.agencies.map((a) => [a.id, a.name]));
	const signer = m.plan.chairs.find((c) => c.position === 'chair') ?? null;
	let number = 0;
	const entry = (o: CollectedOpinion): Paragraph[] => {
		const source = t(`opinions.source.${o.source}`);
		const lead = withTestId(
			paragraph('body', run(`${++number}. ${o.raisedBy}`, { bold: true }), o.unit ? `, ${o.unit}` : '', run(` (${t('opinionsReport.doc.source', { source })})`, { italic: true })),
			'report-opinion'
		);
		return [
			lead,
			...bodyLines(o.content, `${t('opinionsReport.doc.content')} `),
			paragraph('body', run(`${t('opinionsReport.doc.agency')} `, { italic: true }), (o.agencyId && agencies.get(o.agencyId)) || t('opinions.noAgency')),
			...bodyLines(o.preparedAnswer || t('opinions.noAnswer'), `${t('opinionsReport.doc.answer')} `)
		];
	};
	const details: Block[] = summary.byHandling.flatMap((group, i) => [
		withTestId(
			paragraph('heading', `${i + 1}. ${t(`opinionsReport.doc.section.${group.handling}`)} `, run(t('opinionsReport.doc.sectionCount', { count: group.count }), { bold: false })),
			`section-${group.handling}`
		),
		...(group.fields.length === 0 ? [paragraph('body', t('opinionsReport.doc.none'))] : []),
		...group.fields.flatMap((f, j) => [paragraph('subheading', `${LETTERS[j] ?? j + 1}) ${f.field || t('opinions.noField')} (${f.opinions.length})`), ...f.opinions.flatMap(entry)])
	]);

	const blocks: Block[] = [
		header({
			layout,
			parentBody: m.plan.parentBody,
			issuingBody: m.plan.issuingBody,
			number: numberLine(layout, '', layout === 'party' ? 'BC/ĐU' : 'BC-UBND'),
			placeDate: placeDateLine(placeName(m.plan.issuingBody), { year: m.basics.date.slice(0, 4) })
		}),
		...title(t('opinionsReport.doc.type'), t('opinionsReport.doc.subject')),
		paragraph('caption', t('opinionsReport.doc.meeting', { title: m.basics.title, time: documentTime(m.basics.startTime), date: documentDate(m.basics.date), place: m.basics.place })),
		paragraph('body', t('opinionsReport.doc.intro', { total: summary.total })),
		paragraph('heading', t('opinionsReport.doc.countsHeading')),
		countsTable(summary),
		paragraph('heading', t('opinionsReport.doc.detailHeading')),
		...details,
		closing(
			recipients([t('opinionsReport.doc.recipientChairs'), t('opinionsReport.doc.recipientAgencies')], t('opinionsReport.doc.recipientArchive')),
			signer ? signerParagraphs({ authority: '', body: '', position: signer.title, name: signer.name }) : []
		)
	];
	return {
		kind: 'bao-cao-y-kien',
		layout,
		fileName: `Bao-cao-tong-hop-y-kien-${m.basics.date}.docx`,
		title: `${t('opinionsReport.doc.type')} ${t('opinionsReport.doc.subject')}`,
		draft: false,
		blocks
	};
}

function countsTable(summary: ReturnType<typeof summarizeOpinions>): Table {
	const head = (text: string) => cell(paragraph('tableHead', text));
	const num = (n: number | string, bold = false, testId?: string) => {
		const p = paragraph('tableNumber', run(String(n), { bold }));
		return cell(testId ? withTestId(p, testId) : p);
	};
	return withTestId(
		{
			kind: 'table',
			style: 'grid',
			widths: [0.07, 0.33, 0.15, 0.15, 0.15, 0.15],
			headerRows: 1,
			rows: [
				[head(t('opinionsReport.doc.colNo')), head(t('opinionsReport.doc.colField')), ...PLANNED_HANDLINGS.map((h) => head(t(`opinions.handling.${h}`))), head(t('opinionsReport.doc.colTotal'))],
				...summary.fields.map((f, i) => [
					num(i + 1),
					cell(paragraph('tableCell', f || t('opinions.noField'))),
					...PLANNED_HANDLINGS.map((h) => num(summary.counts[f][h] || '')),
					num(fieldTotal(summary, f), true)
				]),
				[cell(paragraph('tableCell', '')), cell(paragraph('tableCell', run(t('opinionsReport.doc.totalRow'), { bold: true }))), ...summary.byHandling.map((g) => num(g.count, true)), num(summary.total, true, 'total')]
			]
		},
		'counts-table'
	);
}
