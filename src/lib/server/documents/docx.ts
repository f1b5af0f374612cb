/**
 * Renders the document model to .docx with the `docx` package. Every size, indent and
 * spacing comes from the layout rules (`$lib/domain/documents/layout`); this file only
 * translates them into WordprocessingML.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	LineRuleType,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph as DocxParagraph,
	Table as DocxTable,
	TableBorders,
	TableCell as DocxTableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { LAYOUTS, textWidth, type Align, type LayoutRules, type RoleStyle } from '$lib/domain/documents/layout';
import type { Block, DocumentModel, Paragraph, Table } from '$lib/domain/documents/model';
import { textWidthTwips } from '$lib/domain/documents/text-width';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
	left: AlignmentType.LEFT,
	center: AlignmentType.CENTER,
	right: AlignmentType.RIGHT,
	both: AlignmentType.JUSTIFIED
};

/** Rules under a line: single, ¾ pt (sz 6), as the forms draw them. */
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;
/** Layout tables get no cell padding, so a column's width is its text width. */
const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 };
const GRID_PADDING = { top: 40, bottom: 40, left: 80, right: 80 };

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
	return Packer.toBuffer(docxDocument(model));
}

export function docxDocument(model: DocumentModel): Document {
	const rules = LAYOUTS[model.layout];
	const page = rules.page;
	const width = textWidth(rules);
	return new Document({
		creator: 'Đối thoại',
		title: model.title,
		styles: {
			default: {
				document: {
					run: { font: page.font, size: rules.roles.body.size * 2 },
					paragraph: { spacing: { line: page.line, lineRule: LineRuleType.AUTO } }
				}
			}
		},
		sections: [
			{
				properties: {
					// No page number on page 1, a centred number from page 2 (Decree 30 I.II.5; HD 36).
					titlePage: true,
					page: {
						size: { width: page.widthTwips, height: page.heightTwips, orientation: PageOrientation.PORTRAIT },
						margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: page.header, footer: page.footer }
					}
				},
				headers: {
					first: new Header({ children: [new DocxParagraph({})] }),
					default: new Header({
						children: [
							new DocxParagraph({
								alignment: AlignmentType.CENTER,
								children: [new TextRun({ children: [PageNumber.CURRENT], size: page.pageNumberSize * 2 })]
							})
						]
					})
				},
				children: model.blocks.flatMap((b) => block(b, rules, width))
			}
		]
	});
}

function block(b: Block, rules: LayoutRules, width: number): (DocxParagraph | DocxTable)[] {
	if (b.kind === 'paragraph') return paragraph(b, rules, width);
	// A grid table gets 6 pt of air below it, as paragraphs do.
	if (b.kind === 'table') return b.style === 'grid' ? [table(b, rules, width), new DocxParagraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT } })] : [table(b, rules, width)];
	// Charts are drawn in the print view only; the table before them carries the numbers.
	return [];
}

function paragraph(p: Paragraph, rules: LayoutRules, width: number): DocxParagraph[] {
	const s = rules.roles[p.role];
	const after = s.rule ? 0 : (s.after ?? 0);
	// Only what differs from the document defaults (body size, single line rule) is written
	// per paragraph: a 300-opinion meeting has thousands of paragraphs (bench/documents).
	const size = s.size === rules.roles.body.size ? undefined : s.size * 2;
	const out = [
		new DocxParagraph({
			alignment: ALIGN[s.align],
			indent: s.firstLine ? { firstLine: s.firstLine } : undefined,
			spacing: s.before || after ? { before: s.before || undefined, after: after || undefined } : undefined,
			keepNext: s.keepNext || s.rule ? true : undefined,
			children: p.runs.flatMap((r) =>
				r.text.split('\n').map(
					(text, i) =>
						new TextRun({
							text,
							break: i > 0 ? 1 : undefined,
							size,
							bold: (r.bold ?? s.bold) || undefined,
							italics: (r.italic ?? s.italic) || undefined,
							underline: s.underline ? {} : undefined
						})
				)
			)
		})
	];
	if (s.rule) out.push(rule(p, s, width));
	return out;
}

/**
 * The rule under a centred line, drawn as the top border of an empty 1-pt paragraph whose
 * indents narrow it: as long as the text, or about 2/5 of it (Decree 30: 1/3–1/2). It is a
 * paragraph of its own so that a narrow rule never makes the text above it wrap.
 */
function rule(p: Paragraph, s: RoleStyle, width: number): DocxParagraph {
	const text = p.runs.map((r) => r.text).join('');
	// Capitals came out about 7% short of the estimate in LibreOffice (Liberation Serif, the
	// metric twin of Times New Roman): seen on "ĐẢNG CỘNG SẢN VIỆT NAM".
	const caps = text === text.toLocaleUpperCase('vi') ? 0.93 : 1;
	const full = Math.min(width, Math.round(textWidthTwips(text, s.size, s.bold) * caps));
	const length = s.rule === 'text' ? full : Math.round(full * 0.4);
	const side = Math.max(0, Math.round((width - length) / 2));
	return new DocxParagraph({
		indent: { left: side, right: side },
		border: { top: RULE },
		// 2 pt of air so the rule never touches the descenders above it.
		spacing: { before: 40, after: s.after ?? 0, line: 20, lineRule: LineRuleType.EXACT },
		children: [new TextRun({ text: '', size: 2 })]
	});
}

function table(t: Table, rules: LayoutRules, textWidth: number): DocxTable {
	const grid = t.style === 'grid';
	const bleed = t.bleed ? rules.bleed : { left: 0, right: 0 };
	const width = textWidth + bleed.left + bleed.right;
	const columns = t.widths.map((w) => Math.round(w * width));
	const padding = grid ? GRID_PADDING : NO_PADDING;
	const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
	return new DocxTable({
		width: { size: width, type: WidthType.DXA },
		indent: bleed.left ? { size: -bleed.left, type: WidthType.DXA } : undefined,
		columnWidths: columns,
		layout: TableLayoutType.FIXED,
		borders: grid
			? { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }
			: TableBorders.NONE,
		rows: t.rows.map((row, r) => {
			let column = 0;
			return new TableRow({
				tableHeader: grid && r < (t.headerRows ?? 0),
				cantSplit: grid,
				children: row.map((c) => {
					const span = c.span ?? 1;
					const cellWidth = columns.slice(column, column + span).reduce((a, b) => a + b, 0);
					column += span;
					const inner = cellWidth - padding.left - padding.right;
					const children = c.paragraphs.flatMap((p) => paragraph(p, rules, inner));
					return new DocxTableCell({
						width: { size: cellWidth, type: WidthType.DXA },
						columnSpan: span > 1 ? span : undefined,
						margins: padding,
						children: children.length ? children : [new DocxParagraph({})]
					});
				})
			});
		})
	});
}
