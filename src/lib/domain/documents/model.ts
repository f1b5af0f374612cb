/**
 * The one document model. Builders (biên bản, thông báo kết luận, the collected-opinions
 * report) produce it; the .docx renderer (`$lib/server/documents`) and the HTML print view
 * (`$lib/ui/documents`) render it. Neither renderer decides sizes or wording: a paragraph
 * carries a role, and the layout (`layout.ts`) says what the role looks like.
 *
 * Text in runs is plain text, NFC-normalised when the run is made; renderers must escape it
 * (a name typed as "<b>Lan</b>" prints as typed).
 */
import type { Layout } from './layout';

export const PARAGRAPH_ROLES = [
	'draftMark',
	'parentBody',
	'issuingBody',
	'bodyMark',
	'number',
	'nationalTitle',
	'motto',
	'partyTitle',
	'placeDate',
	'docType',
	'subject',
	'heading',
	'subheading',
	'body',
	'signatureAuthority',
	'signaturePosition',
	'signatureName',
	'recipientsLabel',
	'recipient',
	'tableHead',
	'tableCell',
	'tableNumber',
	'caption'
] as const;
/** What a paragraph is; the layout turns it into size, weight, alignment, indents. */
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
}

export interface Paragraph {
	kind: 'paragraph';
	role: ParagraphRole;
	runs: Run[];
	/** A stable hook for tests of the print view; not printed. */
	testId?: string;
}

export interface TableCell {
	paragraphs: Paragraph[];
	/** Columns this cell spans (default 1). */
	span?: number;
}

/** `layout`: borderless, for the header and the signature blocks; `grid`: a data table. */
export interface Table {
	kind: 'table';
	style: 'layout' | 'grid';
	/** Column widths as fractions of the text width; they sum to 1. */
	widths: number[];
	rows: TableCell[][];
	/** Leading rows repeated on each page (grid tables). */
	headerRows?: number;
	/** Reaches into the side margins by the layout's `bleed` (the header: long body names fit). */
	bleed?: boolean;
	testId?: string;
}

/** A bar chart; drawn as SVG in the print view. The .docx carries the same numbers as a table. */
export interface BarChart {
	kind: 'chart';
	title: string;
	bars: { label: string; value: number }[];
}

export type Block = Paragraph | Table | BarChart;

export type DocumentKind = 'bien-ban' | 'thong-bao-ket-luan' | 'bao-cao-y-kien' | 'bao-cao-ket-qua';

export interface DocumentModel {
	kind: DocumentKind;
	layout: Layout;
	/** The document's own name, e.g. "Bien-ban-hoi-nghi-doi-thoai-2025-11-14.docx". */
	fileName: string;
	/** Title for the print view's tab and the .docx properties. */
	title: string;
	/** Marked "DỰ THẢO" (the meeting has not ended, or it is the draft notice). */
	draft: boolean;
	blocks: Block[];
}

/** A run of user or catalog text, NFC-normalised; control characters other than newlines dropped. */
export function run(text: string, style: Omit<Run, 'text'> = {}): Run {
	// eslint-disable-next-line no-control-regex
	return { text: text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, ''), ...style };
}

export function paragraph(role: ParagraphRole, ...parts: (string | Run)[]): Paragraph {
	return { kind: 'paragraph', role, runs: parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? run(p) : p)) };
}

export function withTestId<T extends Paragraph | Table>(block: T, testId: string): T {
	return { ...block, testId };
}

export const cell = (...paragraphs: Paragraph[]): TableCell => ({ paragraphs });

/** All the text of a model in reading order, for tests and search. */
export function plainText(model: DocumentModel): string {
	const out: string[] = [];
	const para = (p: Paragraph) => out.push(p.runs.map((r) => r.text).join(''));
	for (const block of model.blocks) {
		if (block.kind === 'paragraph') para(block);
		else if (block.kind === 'table') block.rows.forEach((row) => row.forEach((c) => c.paragraphs.forEach(para)));
		else out.push(block.title, ...block.bars.map((b) => `${b.label}: ${b.value}`));
	}
	return out.join('\n');
}
