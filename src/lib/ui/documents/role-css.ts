/**
 * The print view's CSS for a paragraph role, from the same layout rules the .docx renderer
 * reads (twips → pt: ÷ 20), so the two views never disagree.
 */
import type { LayoutRules, RoleStyle } from '$lib/domain/documents/layout';
import type { ParagraphRole } from '$lib/domain/documents/model';

const pt = (twips: number | undefined) => `${(twips ?? 0) / 20}pt`;
const ALIGN = { left: 'left', center: 'center', right: 'right', both: 'justify' } as const;

export function roleCss(rules: LayoutRules, role: ParagraphRole): string {
	const s: RoleStyle = rules.roles[role];
	return [
		`font-size:${s.size}pt`,
		`font-weight:${s.bold ? 700 : 400}`,
		`font-style:${s.italic ? 'italic' : 'normal'}`,
		s.underline ? 'text-decoration:underline' : '',
		`text-align:${ALIGN[s.align]}`,
		`text-indent:${pt(s.firstLine)}`,
		`margin:${pt(s.before)} 0 ${pt(s.after)}`,
		`line-height:${rules.page.line / 240}`,
		s.keepNext ? 'break-after:avoid' : ''
	]
		.filter(Boolean)
		.join(';');
}

/** Page box: A4 and the layout's margins, for the screen sheet and for @page. */
export function pagePadding(rules: LayoutRules): string {
	const p = rules.page;
	return `${pt(p.top)} ${pt(p.right)} ${pt(p.bottom)} ${pt(p.left)}`;
}
