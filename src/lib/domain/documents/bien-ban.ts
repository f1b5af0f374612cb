/**
 * Biên bản hội nghị đối thoại: form 1.9 of Decree 30/2020 appendix III (no place/date line
 * in the header; start time, place, attendance, chair, secretary, proceedings in order, end
 * time; THƯ KÝ left and CHỦ TỌA right; "Lưu: VT, Hồ sơ"). A Party committee's minutes (HD 36)
 * carry the place and date line like every Party document. The person presiding is "chủ tọa"
 * throughout the minutes (form 1.9 and DOMAIN.md), in the text and the signature block.
 */
import { documentDate, documentTime, placeDateLine } from './dates';
import type { DocumentAssignment, DocumentOpinion, MinutesDocumentInput } from './input';
import { paragraph, run, withTestId, type Block, type DocumentModel, type Paragraph } from './model';
import { bodyLines, closing, header, numberLine, petitionerPhrase, recipients, signerParagraphs, speakerPhrase, t, title } from './parts';
import { opinionStatistics, statisticsBlocks } from './statistics';
import { deadlineDate } from './dates';

export function buildBienBan(input: MinutesDocumentInput): DocumentModel {
	const blocks: Block[] = [
		...(input.ended ? [] : [paragraph('draftMark', t('doc.draft'))]),
		header({
			layout: input.layout,
			parentBody: input.parentBody,
			issuingBody: input.issuingBody,
			number: numberLine(input.layout, input.office.bienBanNumber, input.office.bienBanSymbol),
			// [D19] Form 1.9 has no date line; HD 36 gives every Party document one (the meeting day).
			placeDate: input.layout === 'party' ? placeDateLine(input.office.placeName, { iso: input.date }) : null
		}),
		...title(t('bienBan.type'), input.title),
		paragraph('body', t('bienBan.start', { time: documentTime(input.startTime), date: documentDate(input.date) })),
		paragraph('body', t('bienBan.place', { place: input.place })),
		...attendance(input),
		...chairs(input),
		paragraph('heading', t('bienBan.proceedings')),
		...numbered([
			...programme(input),
			...opinions(input),
			paragraph('subheading', t('bienBan.conclusions')),
			...conclusions(input),
			paragraph('subheading', t('bienBan.stats')),
			...statisticsBlocks(opinionStatistics(input.opinions))
		]),
		paragraph('body', input.endTime ? t('bienBan.end', { time: documentTime(input.endTime) }) : t('bienBan.endOpen')),
		signatures(input),
		...recipients(minutesRecipients(input), t('doc.recipientArchiveMinutes'))
	];
	return {
		kind: 'bien-ban',
		layout: input.layout,
		fileName: t('bienBan.fileName', { date: input.date }),
		title: `${t('bienBan.type')} ${input.title}`,
		draft: !input.ended,
		blocks
	};
}

/** Numbers the parts of the proceedings in order; a part left out (no reports) leaves no gap. */
function numbered(blocks: Block[]): Block[] {
	let n = 0;
	return blocks.map((b) => (b.kind === 'paragraph' && b.role === 'subheading' ? { ...b, runs: [run(`${++n}. `), ...b.runs] } : b));
}

function attendance(input: MinutesDocumentInput): Paragraph[] {
	const present = input.attendance.reduce((n, c) => n + c.present, 0);
	const expected = input.attendance.reduce((n, c) => n + c.expected, 0);
	return [
		paragraph('body', run(t('bienBan.attendance'), { bold: true })),
		...input.guests.map((g) => paragraph('body', t('bienBan.guest', { name: g.name, title: g.title }))),
		...input.attendance.map((c) => paragraph('body', t('bienBan.category', { category: c.category, present: c.present, expected: c.expected }))),
		withTestId(paragraph('body', t('bienBan.attendanceTotal', { present, expected })), 'attendance-total')
	];
}

function chairs(input: MinutesDocumentInput): Paragraph[] {
	const secretaries = input.secretaries.map((s) => t('bienBan.secretaryName', { name: s.name, title: s.title })).join('; ');
	return [
		...input.chairs.map((c) => paragraph('body', t(c.role === 'chair' ? 'bienBan.chair' : 'bienBan.coChair', { name: c.name, title: c.title }))),
		...(secretaries ? [paragraph('body', t('bienBan.secretary', { names: secretaries }))] : [])
	];
}

function programme(input: MinutesDocumentInput): Paragraph[] {
	const steps = input.programme.map((s) =>
		paragraph(
			'body',
			t('bienBan.step', { time: s.startedAt ? documentTime(s.startedAt) : t('bienBan.notHeld'), title: s.title }) +
				(s.presenter ? t('bienBan.stepPresenter', { presenter: s.presenter }) : '') +
				'.'
		)
	);
	const reports = input.programme.filter((s) => s.summary.trim()).flatMap((s) => bodyLines(s.summary, `${s.title}: `));
	return [paragraph('subheading', t('bienBan.programme')), ...steps, ...(reports.length ? [paragraph('subheading', t('bienBan.reports')), ...reports] : [])];
}

/** The minutes' order: spoken opinions first, then written and collected ones, numbered on. */
export function opinionsInMinutesOrder(input: MinutesDocumentInput): { spoken: DocumentOpinion[]; other: DocumentOpinion[]; all: DocumentOpinion[] } {
	const spoken = input.opinions.filter((o) => o.source === 'spoken');
	const other = input.opinions.filter((o) => o.source !== 'spoken');
	return { spoken, other, all: [...spoken, ...other] };
}

function opinions(input: MinutesDocumentInput): Paragraph[] {
	const { spoken, other } = opinionsInMinutesOrder(input);
	const out: Paragraph[] = [paragraph('subheading', t('bienBan.opinions'))];
	if (spoken.length === 0) out.push(paragraph('body', t('bienBan.noOpinions')));
	spoken.forEach((o, i) => out.push(...opinionParagraphs(o, i + 1)));
	if (other.length) {
		out.push(paragraph('subheading', t('bienBan.other')));
		other.forEach((o, i) => out.push(...opinionParagraphs(o, spoken.length + i + 1)));
	}
	return out;
}

/** "1. Ông Nguyễn Văn A, Tổ 5: …", each answer, then the outcome. */
export function opinionParagraphs(o: DocumentOpinion, n: number): Paragraph[] {
	const who = `${n}. ${petitionerPhrase(o.petitioner)}: `;
	const [first, ...rest] = bodyLines(o.content, who);
	const out = [withTestId(first, 'doc-opinion'), ...rest];
	// An answer with nothing said is not in the record (B1); one more guard here costs nothing.
	for (const a of o.answers.filter((a) => a.content.trim())) out.push(...bodyLines(a.content, t('doc.answer', { speaker: speakerPhrase(a.speaker) })));
	const outcome = outcomeText(o);
	if (outcome) out.push(paragraph('body', run(t('bienBan.outcome'), { italic: true }), run(outcome, { italic: true })));
	return out;
}

export function outcomeText(o: DocumentOpinion): string {
	if (!o.outcome) return '';
	if (o.outcome === 'assigned' && o.assignment) return assignmentSentence(o.assignment);
	if (o.outcome === 'out_of_scope') return outOfScopeText(o);
	if (o.outcome === 'reported_upward') return reportedText(o);
	if (o.outcome === 'accepted' && o.note.trim()) return t('doc.acceptedBy', { body: o.note.trim().replace(/[.;,]$/, '') });
	return `${t(`doc.outcome.${o.outcome}`)}.`;
}

/** [D16] The level named: "Ghi nhận, báo cáo cấp tỉnh, thành phố trực thuộc trung ương xem xét, giải quyết." */
export function reportedText(o: DocumentOpinion): string {
	return o.reportLevel ? t('doc.reportedTo', { level: t(`doc.level.${o.reportLevel}`) }) : t('notice.upwardItem');
}

/** [D17] Where the secretary noted the person was directed; the generic sentence only when there is no note. */
export function outOfScopeText(o: DocumentOpinion): string {
	const note = o.note.trim();
	if (!note) return t('notice.outOfScopeItem');
	return t('doc.outOfScopeNote', { note: /[.!?]$/.test(note) ? note : `${note}.` });
}

/** [D19] "Nơi nhận" of the minutes: the bodies the plan names, the agencies assigned, what the office adds. */
function minutesRecipients(input: MinutesDocumentInput): string[] {
	const agencies = input.opinions.flatMap((o) => (o.outcome === 'assigned' && o.assignment ? [o.assignment.leadAgency, ...o.assignment.cooperating] : []));
	const lines = [...input.planRecipients, ...agencies, ...input.office.extraRecipients.bienBan].filter((l) => l.trim());
	const seen = new Set<string>();
	return lines.filter((l) => {
		const key = l.trim().toLocaleLowerCase('vi');
		return !seen.has(key) && seen.add(key);
	});
}

/** "Giao <agency> chủ trì, phối hợp <agencies> …; trả lời bằng văn bản cho công dân trước ngày dd/mm/yyyy." */
export function assignmentSentence(a: DocumentAssignment): string {
	const cooperating = a.cooperating.length ? t('doc.assignmentCooperating', { agencies: a.cooperating.join(', ') }) : '';
	return t('doc.assignment', { lead: a.leadAgency, cooperating, deadline: deadlineDate(a.deadline) });
}

function conclusions(input: MinutesDocumentInput): Paragraph[] {
	const lines = [...bodyLines(input.generalAssessment), ...input.conclusions.flatMap((c) => bodyLines(c.text, c.field ? `${c.field}: ` : undefined))];
	return lines.length ? lines : [paragraph('body', t('bienBan.noConclusions'))];
}

function signatures(input: MinutesDocumentInput) {
	const secretary = input.secretaries[0]?.name ?? '';
	const chair = input.chairs.find((c) => c.role === 'chair')?.name ?? input.chairs[0]?.name ?? '';
	const sign = (label: string, name: string) => signerParagraphs({ authority: '', body: '', position: label, name });
	return closing(sign(t('bienBan.secretarySign'), secretary), sign(t('bienBan.chairSign'), chair));
}
