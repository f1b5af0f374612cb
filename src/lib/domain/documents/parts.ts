/**
 * The parts every document shares: the two-column header, the title, the signature and
 * recipient blocks. Builders assemble them; the layout decides how they look.
 */
import type { MessageKey } from '../../i18n/catalog';
import { translate, type MessageParams } from '../../i18n/translate';
import { position } from '../record/person';
import type { DocumentPerson, Signer } from './input';
import { LAYOUTS, type Layout } from './layout';
import { cell, paragraph, run, withTestId, type Paragraph, type Table, type TableCell } from './model';

/** Documents are Vietnamese whatever the screen language. */
export const t = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/**
 * "Số: 05/BB-UBND" (Decree 30: a zero below 10, no spaces) or "Số 05-TB/ĐU" (HD 36: no colon).
 * An empty number leaves room for the office's register.
 */
export function numberLine(layout: Layout, number: string, symbol: string): string {
	const n = number.trim();
	const padded = /^\d$/.test(n) ? `0${n}` : n || '      ';
	return t(layout === 'party' ? 'doc.numberParty' : 'doc.numberGovernment', { number: padded, symbol: symbol.trim() });
}

export interface HeaderInput {
	layout: Layout;
	parentBody: string;
	issuingBody: string;
	number: string;
	/** The place and date line; null for minutes (form 1.9 has none). */
	placeDate: string | null;
}

/**
 * The borderless two-column header (Decree 30 appendix I, ô 1–4; HD 36 mẫu 1). Row 1: the
 * issuing body left, the national title (or "ĐẢNG CỘNG SẢN VIỆT NAM") right; row 2: "Số:"
 * left on the same row as the place and date right.
 */
export function header(h: HeaderInput): Table {
	const left: Paragraph[] = [];
	if (h.parentBody.trim()) left.push(paragraph('parentBody', upper(h.parentBody)));
	left.push(withTestId(paragraph('issuingBody', upper(h.issuingBody) || '……………'), 'issuing-body'));
	// HD 36 mục II.1.2: an asterisk under the issuing body instead of a rule.
	if (h.layout === 'party') left.push(paragraph('bodyMark', '*'));
	const right: Paragraph[] =
		h.layout === 'party' ? [paragraph('partyTitle', t('doc.partyTitle'))] : [paragraph('nationalTitle', t('doc.nationalTitle')), paragraph('motto', t('doc.motto'))];
	const secondRow: TableCell[] = [cell(paragraph('number', h.number)), cell(...(h.placeDate ? [paragraph('placeDate', h.placeDate)] : []))];
	const leftWidth = LAYOUTS[h.layout].headerLeft;
	return withTestId({ kind: 'table', style: 'layout', bleed: true, widths: [leftWidth, 1 - leftWidth], rows: [[cell(...left), cell(...right)], secondRow] }, 'doc-header');
}

export function title(type: string, subject: string): Paragraph[] {
	return [paragraph('docType', type), ...(subject ? [paragraph('subject', subject)] : [])];
}

export function signerParagraphs(s: Signer): Paragraph[] {
	const authority = [s.authority.trim(), upper(s.body)].filter(Boolean).join(' ');
	return [
		...(authority ? [paragraph('signatureAuthority', authority)] : []),
		paragraph('signaturePosition', upper(s.position)),
		withTestId(paragraph('signatureName', s.name.trim() || ' '), 'signer-name')
	];
}

/** "Nơi nhận:" then "- …;" lines; the last is the archive line ("- Lưu: VT, …."). */
export function recipients(lines: string[], archive: string): Paragraph[] {
	return [
		paragraph('recipientsLabel', run(t('doc.recipients'))),
		...lines.map((line) => paragraph('recipient', recipientLine(line))),
		paragraph('recipient', archive)
	];
}

/** Office-typed recipients get the "- " and ";" the form wants, whether typed or not. */
function recipientLine(line: string): string {
	const text = line.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]\s*$/, '');
	return `- ${text};`;
}

/** Recipients bottom left, the signer right (Decree 30 ô 7b and 9a; HD 36 the same). */
export function closing(left: Paragraph[], right: Paragraph[]): Table {
	return withTestId({ kind: 'table', style: 'layout', widths: [0.5, 0.5], rows: [[cell(...left), cell(...right)]] }, 'doc-closing');
}

/** User text with line breaks becomes one body paragraph per line (each gets its indent). */
export function bodyLines(text: string, lead?: string): Paragraph[] {
	const lines = text
		.normalize('NFC')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	if (lines.length === 0) return lead ? [paragraph('body', lead)] : [];
	return lines.map((line, i) => (i === 0 && lead ? paragraph('body', run(lead, { bold: true }), line) : paragraph('body', line)));
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * [D15] Who raised an opinion: "Ông Nguyễn Văn An, Tổ dân phố 5" ("ông …" inside a sentence:
 * `inSentence`). Without a name, the unit alone, else "Một đại biểu (không nêu tên)".
 */
export function petitionerPhrase(p: DocumentPerson, inSentence = false): string {
	const name = p.name.trim();
	if (!name) return p.unit.trim() || (inSentence ? lowerFirst(t('doc.unnamed')) : t('doc.unnamed'));
	const salutation = inSentence ? p.salutation.toLocaleLowerCase('vi') : p.salutation;
	return [[salutation, name].filter(Boolean).join(' '), position(p)].filter(Boolean).join(', ');
}

/**
 * [D14] Who answered: "Đồng chí Đỗ Văn Hùng, Trưởng phòng Kinh tế" or "Bà Phạm Thị Dung, Phòng
 * Văn hóa - Xã hội": the salutation once, the agency once, from the structured person.
 */
export function speakerPhrase(p: DocumentPerson): string {
	if (!p.name.trim()) return position(p) || t('doc.unnamed');
	return [[p.salutation, p.name.trim()].filter(Boolean).join(' '), position(p)].filter(Boolean).join(', ');
}
