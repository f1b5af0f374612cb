/**
 * Thông báo kết luận (dự thảo): the chair's conclusions, grouped by field, then who must do
 * what by when. It is always a draft here: the office edits and signs it in Word.
 */
import { assignmentSentence, outOfScopeText, reportedText } from './bien-ban';
import { documentDate, documentTime, deadlineDate, placeDateLine } from './dates';
import { noticeDueDate, noticeWorkingDays } from './deadlines';
import type { DocumentOpinion, MinutesDocumentInput } from './input';
import { paragraph, run, withTestId, type Block, type DocumentModel, type Paragraph } from './model';
import { bodyLines, closing, header, numberLine, petitionerPhrase, recipients, signerParagraphs, t, title } from './parts';
import { bodyInSentence, placeInSentence } from './place-name';
import { opinionStatistics, statisticsBlocks } from './statistics';

export function buildThongBaoKetLuan(input: MinutesDocumentInput): DocumentModel {
	const chair = input.chairs.find((c) => c.role === 'chair') ?? input.chairs[0] ?? { name: '……', title: '……' };
	const blocks: Block[] = [
		paragraph('draftMark', t('doc.draft')),
		withTestId(
			paragraph('caption', t('notice.due', { date: deadlineDate(noticeDueDate(input.date, input.complex, input.calendar)), days: noticeWorkingDays(input.complex) })),
			'notice-due'
		),
		header({
			layout: input.layout,
			parentBody: input.parentBody,
			issuingBody: input.issuingBody,
			number: numberLine(input.layout, input.office.noticeNumber, input.office.noticeSymbol),
			placeDate: placeDateLine(input.office.placeName, { year: input.date.slice(0, 4) })
		}),
		...title(t('notice.type'), t('notice.subject', { name: chair.name, title: chair.title, meeting: lowerFirst(input.title) })),
		opening(input),
		paragraph('body', t('notice.openingAfter')),
		paragraph('heading', t('notice.assessment')),
		...orNone(bodyLines(input.generalAssessment)),
		paragraph('heading', t('notice.conclusions')),
		...orNone(conclusionsByField(input)),
		paragraph('heading', t('notice.assignments')),
		...orNone(assignments(input.opinions)),
		paragraph('heading', t('notice.upward')),
		...orNone(listed(input.opinions, 'reported_upward', reportedText)),
		paragraph('heading', t('notice.accepted')),
		...orNone(listed(input.opinions, 'accepted', (o) => (o.note.trim() ? t('doc.acceptedBy', { body: o.note.trim().replace(/[.;,]$/, '') }) : ''))),
		paragraph('heading', t('notice.outOfScope')),
		...orNone(listed(input.opinions, 'out_of_scope', outOfScopeText)),
		paragraph('heading', t('notice.stats')),
		...statisticsBlocks(opinionStatistics(input.opinions)),
		paragraph('body', t('notice.closing', { body: bodyInSentence(input.issuingBody) || '……………' })),
		closing(recipients(noticeRecipients(input), t('doc.recipientArchive')), signerParagraphs(input.office.noticeSigner))
	];
	return {
		kind: 'thong-bao-ket-luan',
		layout: input.layout,
		fileName: t('notice.fileName', { date: input.date }),
		title: `${t('notice.type')} ${input.title}`,
		draft: true,
		blocks
	};
}

function opening(input: MinutesDocumentInput): Paragraph {
	const [chair, ...coChairs] = [...input.chairs].sort((a, b) => (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1));
	const chairs = chair
		? t('notice.openingChair', {
				name: chair.name,
				title: chair.title,
				coChairs: coChairs.length ? t('notice.openingCoChairs', { names: coChairs.map((c) => `đồng chí ${c.name}, ${c.title}`).join('; ') }) : ''
			})
		: '';
	const present = input.attendance.reduce((n, c) => n + c.present, 0);
	const categories = input.attendance.filter((c) => c.present > 0).map((c) => `${c.category} ${c.present}`);
	const people = new Set(input.opinions.map((o) => `${o.petitioner.name.trim().toLocaleLowerCase('vi')}|${o.petitioner.unit.trim().toLocaleLowerCase('vi')}`)).size;
	const written = input.opinions.filter((o) => o.source !== 'spoken').length;
	return withTestId(
		paragraph(
			'body',
			t('notice.opening', {
				time: documentTime(input.startTime),
				date: documentDate(input.date),
				place: input.place,
				// No issuing body in the plan: a dotted blank to fill in, as in the header, not a gap.
				body: bodyInSentence(input.issuingBody) || '……………',
				meeting: lowerFirst(input.title),
				chairs,
				present,
				categories: categories.length ? ` (${categories.join(', ')})` : '',
				opinions: input.opinions.length,
				people,
				written: written ? t('notice.openingWritten', { count: written }) : ''
			})
		),
		'notice-opening'
	);
}

/** Conclusions in the order of their fields' first appearance; a field-less one first. */
function conclusionsByField(input: MinutesDocumentInput): Paragraph[] {
	const fields = [...new Set(input.conclusions.map((c) => c.field.trim()))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0));
	return fields.flatMap((field, i) => [
		...(field ? [paragraph('subheading', `${i + 1 - (fields[0] === '' ? 1 : 0)}. ${field}`)] : []),
		...input.conclusions.filter((c) => c.field.trim() === field).flatMap((c) => bodyLines(c.text))
	]);
}

const opinionLead = (o: DocumentOpinion) => t('notice.opinionOf', { speaker: petitionerPhrase(o.petitioner, true), unit: '' });

/**
 * Per agency, in order of first assignment: each opinion it leads (who raised it, what, the
 * sentence with the date), then the ones it co-operates on, pointing to the lead.
 */
function assignments(opinions: DocumentOpinion[]): Paragraph[] {
	const assigned = opinions.filter((o) => o.outcome === 'assigned' && o.assignment);
	const agencies = [...new Set(assigned.flatMap((o) => [o.assignment!.leadAgency, ...o.assignment!.cooperating]))];
	const number = new Map(assigned.map((o, i) => [o.id, i + 1]));
	return agencies.flatMap((agency, i) => {
		const leads = assigned.filter((o) => o.assignment!.leadAgency === agency);
		const helps = assigned.filter((o) => o.assignment!.cooperating.includes(agency));
		return [
			withTestId(paragraph('subheading', `${i + 1}. ${agency}`), 'notice-agency'),
			...leads.flatMap((o) => [
				...bodyLines(o.content, `${number.get(o.id)}) ${opinionLead(o)}`),
				withTestId(paragraph('body', run(assignmentSentence(o.assignment!), { italic: true })), 'notice-assignment')
			]),
			...helps.map((o) =>
				paragraph(
					'body',
					t('doc.cooperation', { lead: o.assignment!.leadAgency, speaker: petitionerPhrase(o.petitioner, true), unit: '', number: number.get(o.id)! })
				)
			)
		];
	});
}

/** [D18] Each opinion under its own outcome, whatever its origin (spoken, written, collected). */
function listed(opinions: DocumentOpinion[], outcome: DocumentOpinion['outcome'], after: (o: DocumentOpinion) => string): Paragraph[] {
	return opinions
		.filter((o) => o.outcome === outcome)
		.flatMap((o, i) => {
			const line = after(o);
			return [...bodyLines(o.content, `${i + 1}. ${opinionLead(o)}`), ...(line ? [paragraph('body', run(line, { italic: true }))] : [])];
		});
}

/** Agencies assigned, the Front, the Party Building Board, the petitioners, then what the office adds. */
function noticeRecipients(input: MinutesDocumentInput): string[] {
	const agencies = [...new Set(input.opinions.filter((o) => o.outcome === 'assigned' && o.assignment).flatMap((o) => [o.assignment!.leadAgency, ...o.assignment!.cooperating]))];
	const place = input.office.placeName.trim();
	return [
		...agencies,
		t('notice.recipientFront', { place: placeInSentence(place) }).replace(/\s+;$/, ';'),
		t('notice.recipientPartyBuilding'),
		...(input.opinions.length ? [t('notice.recipientPetitioners')] : []),
		...input.office.extraRecipients.notice
	];
}

const orNone = (paragraphs: Paragraph[]) => (paragraphs.length ? paragraphs : [paragraph('body', t('notice.none'))]);
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
