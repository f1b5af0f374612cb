/**
 * Báo cáo kết quả giải quyết ý kiến, kiến nghị sau hội nghị đối thoại, to the Fatherland Front
 * (MTTQ), which supervises: the counts, then every assignment with its status and the agency's
 * written answer. One document model: the print view and the .docx render the same (T51).
 */
import { placeDateLine } from '../documents/dates';
import { usualSigner } from '../documents/from-meeting';
import { layoutForHost } from '../documents/layout';
import { cell, paragraph, run, withTestId, type Block, type DocumentModel, type Table } from '../documents/model';
import { closing, header, numberLine, recipients, signerParagraphs, t, title } from '../documents/parts';
import { placeInSentence, placeName } from '../documents/place-name';
import { followUpRows } from '../followup/status';
import type { FollowUpRow } from '../followup/types';
import { calledName } from '../record/person';
import type { MeetingState } from '../types';
import { formatVietnameseDate } from '../workdays/calendar';

export function frontReportCounts(rows: readonly FollowUpRow[]) {
	const count = (...statuses: string[]) => rows.filter((r) => statuses.includes(r.status)).length;
	return { total: rows.length, answered: count('answered', 'answered_late'), late: count('answered_late'), open: count('waiting', 'due_soon', 'overdue'), overdue: count('overdue') };
}

/** The report as of `today` (ISO, Vietnam). */
export function buildFrontReport(state: MeetingState, today: string): DocumentModel {
	const layout = layoutForHost(state.plan.host);
	const rows = followUpRows(state, today);
	const place = state.documentOffice.placeName || placeName(state.plan.issuingBody);
	// The same signer as the conclusion notice (the office's choice, else the body's usual one): the header and the signature agree.
	const chair = state.plan.chairs.find((c) => c.position === 'chair');
	const signer = state.documentOffice.noticeSigner ?? (chair ? usualSigner(layout, chair.name) : null);
	const blocks: Block[] = [
		header({
			layout,
			parentBody: state.plan.parentBody,
			issuingBody: state.plan.issuingBody,
			number: numberLine(layout, '', layout === 'party' ? 'BC/ĐU' : 'BC-UBND'),
			placeDate: placeDateLine(place, { iso: today })
		}),
		...title(t('frontReport.doc.type'), t('frontReport.doc.subject')),
		paragraph('caption', t('frontReport.to', { place: placeInSentence(place) || '……………' })),
		paragraph('body', t('frontReport.intro', { title: state.basics.title, date: formatVietnameseDate(state.basics.date), today: formatVietnameseDate(today), ...frontReportCounts(rows) }))
	];
	blocks.push(rows.length ? assignmentsTable(rows) : paragraph('body', t('frontReport.none')));
	blocks.push(
		closing(
			recipients([t('frontReport.doc.recipientFront'), t('frontReport.doc.recipientAgencies')], t('doc.recipientArchive')),
			signer ? signerParagraphs(signer) : []
		)
	);
	return {
		kind: 'bao-cao-ket-qua',
		layout,
		fileName: `Bao-cao-ket-qua-giai-quyet-y-kien-${state.basics.date}.docx`,
		title: `${t('frontReport.doc.type')} ${t('frontReport.doc.subject')}`,
		draft: false,
		blocks
	};
}

function assignmentsTable(rows: readonly FollowUpRow[]): Table {
	const head = (text: string) => cell(paragraph('tableHead', text));
	const text = (value: string) => cell(paragraph('tableCell', value));
	const result = (row: FollowUpRow) => {
		const answer = row.followUp.answer;
		const lines = [paragraph('tableCell', run(t(`followUp.status.${row.status}`), { bold: true }))];
		if (answer) {
			const ref = [answer.documentNumber && t('frontReport.doc.documentNumber', { number: answer.documentNumber }), t('frontReport.doc.answeredOn', { date: formatVietnameseDate(answer.answeredOn) })].filter(Boolean).join(', ');
			lines.push(paragraph('tableCell', ref), paragraph('tableCell', answer.summary));
		}
		if (row.followUp.informed) lines.push(paragraph('tableCell', run(t('frontReport.doc.informed', { date: formatVietnameseDate(row.followUp.informed.on), how: row.followUp.informed.how }), { italic: true })));
		return cell(...lines);
	};
	return withTestId(
		{
			kind: 'table',
			style: 'grid',
			widths: [0.06, 0.16, 0.25, 0.16, 0.14, 0.23],
			headerRows: 1,
			rows: [
				[head(t('reports.no')), head(t('reminders.petitioner')), head(t('reminders.content')), head(t('reports.agency')), head(t('reminders.deadline')), head(t('frontReport.doc.result'))],
				...rows.map((row, i) => {
					const a = row.assignment;
					const who = [calledName(a.petitioner), a.petitioner.unit].filter(Boolean).join(', ');
					return [
						cell(paragraph('tableNumber', String(i + 1))),
						text(who),
						text(a.content),
						cell(paragraph('tableCell', a.leadAgencyName), ...(a.coAgencyNames.length ? [paragraph('tableCell', run(t('frontReport.doc.with', { agencies: a.coAgencyNames.join(', ') }), { italic: true }))] : [])),
						text(formatVietnameseDate(a.deadline)),
						result(row)
					];
				})
			]
		},
		'front-report-table'
	);
}
