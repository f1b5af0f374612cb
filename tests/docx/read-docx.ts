/**
 * Reads a .docx back for tests: unzips it (fflate) and parses its parts (xmldom), with a few
 * WordprocessingML helpers. Test-only: the app never reads .docx.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface Docx {
	parts: Record<string, string>;
	document: XmlDocument;
	styles: XmlDocument;
	xml(part: string): XmlDocument;
}

export function readDocx(bytes: Uint8Array): Docx {
	const files = unzipSync(bytes);
	const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
	const xml = (part: string) => new DOMParser().parseFromString(parts[part], 'text/xml') as unknown as XmlDocument;
	return { parts, document: xml('word/document.xml'), styles: xml('word/styles.xml'), xml };
}

export const all = (node: XmlDocument | Element, name: string): Element[] => Array.from(node.getElementsByTagNameNS(W, name)) as Element[];
export const first = (node: XmlDocument | Element, name: string): Element | null => all(node, name)[0] ?? null;
/** Direct children named `name`. */
export const children = (node: Element, name: string): Element[] =>
	Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === W);
export const attr = (el: Element | null, name: string): string | null => el?.getAttributeNS(W, name) ?? null;
export const num = (el: Element | null, name: string): number => Number(attr(el, name));

export const text = (node: Element): string =>
	all(node, 't')
		.map((t) => t.textContent ?? '')
		.join('');

/** Paragraph properties read the way Word would for our documents (no styles but the defaults). */
export interface ParaInfo {
	el: Element;
	text: string;
	jc: string | null;
	firstLine: number;
	left: number;
	right: number;
	before: number;
	after: number;
	line: number;
	lineRule: string | null;
	border: Element | null;
	/** Sizes, bold and italic of its runs with text. */
	sizes: number[];
	bold: boolean;
	italic: boolean;
}

const on = (el: Element | null) => el !== null && !['false', '0', 'off'].includes(attr(el, 'val') ?? '');

/** Document defaults (styles.xml docDefaults): what a paragraph or run without its own value gets. */
export interface Defaults {
	size: number;
	line: number;
	lineRule: string | null;
}

export function defaultsOf(styles: XmlDocument): Defaults {
	const docDefaults = first(styles, 'docDefaults');
	const spacing = docDefaults ? first(docDefaults, 'spacing') : null;
	return { size: num(docDefaults ? first(docDefaults, 'sz') : null, 'val') || 20, line: num(spacing, 'line') || 240, lineRule: attr(spacing, 'lineRule') ?? 'auto' };
}

/** A paragraph's effective values: its own, else the document defaults (as Word reads them). */
export function paraInfo(p: Element, defaults: Defaults = { size: 20, line: 240, lineRule: 'auto' }): ParaInfo {
	const pPr = children(p, 'pPr')[0] ?? null;
	const ind = pPr ? children(pPr, 'ind')[0] ?? null : null;
	const spacing = pPr ? children(pPr, 'spacing')[0] ?? null : null;
	const runs = all(p, 'r').filter((r) => text(r) !== '');
	const rPr = (r: Element) => children(r, 'rPr')[0] ?? null;
	return {
		el: p,
		text: text(p),
		jc: pPr ? attr(children(pPr, 'jc')[0] ?? null, 'val') : null,
		firstLine: num(ind, 'firstLine') || 0,
		left: num(ind, 'left') || 0,
		right: num(ind, 'right') || 0,
		before: num(spacing, 'before') || 0,
		after: num(spacing, 'after') || 0,
		line: num(spacing, 'line') || defaults.line,
		lineRule: attr(spacing, 'lineRule') ?? defaults.lineRule,
		border: pPr ? (children(pPr, 'pBdr')[0] ?? null) : null,
		sizes: runs.map((r) => num(rPr(r) && first(rPr(r)!, 'sz'), 'val') || defaults.size),
		bold: runs.length > 0 && runs.every((r) => rPr(r) !== null && on(first(rPr(r)!, 'b'))),
		italic: runs.length > 0 && runs.every((r) => rPr(r) !== null && on(first(rPr(r)!, 'i')))
	};
}

/** Body-level paragraphs (not inside tables). */
export const bodyParagraphs = (doc: XmlDocument, defaults?: Defaults): ParaInfo[] => children(first(doc, 'body')!, 'p').map((p) => paraInfo(p, defaults));
export const tables = (doc: XmlDocument): Element[] => children(first(doc, 'body')!, 'tbl');
export const cells = (tbl: Element): Element[][] => children(tbl, 'tr').map((tr) => children(tr, 'tc'));
export const cellParagraphs = (tc: Element, defaults?: Defaults): ParaInfo[] => children(tc, 'p').map((p) => paraInfo(p, defaults));
