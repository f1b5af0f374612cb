/**
 * The .docx read back: the layout table of issue 11 (Decree 30 values, ±2 twips) checked in
 * word/document.xml, the Party layout's differences, and the content (every opinion, answer,
 * agency and deadline).
 */
import { describe, expect, it } from 'vitest';
import { buildBienBan } from '$lib/domain/documents/bien-ban';
import { deadlineDate } from '$lib/domain/documents/dates';
import { emptyMeeting, governmentMeeting, partyMeeting } from '$lib/domain/documents/fixtures';
import type { DocumentModel } from '$lib/domain/documents/model';
import { buildThongBaoKetLuan } from '$lib/domain/documents/thong-bao-ket-luan';
import { all, attr, bodyParagraphs, defaultsOf, cellParagraphs, cells, first, num, readDocx, tables, text, type ParaInfo } from '../../../../tests/docx/read-docx';
import { renderDocx } from './docx';

const read = async (model: DocumentModel) => {
	const docx = readDocx(new Uint8Array(await renderDocx(model)));
	return { ...docx, defaults: defaultsOf(docx.styles) };
};
const within = (value: number, lo: number, hi: number) => expect(value >= lo - 2 && value <= hi + 2, `${value} in ${lo}–${hi}`).toBe(true);
const sizeIn = (p: ParaInfo, lo: number, hi: number) => p.sizes.forEach((s) => within(s, lo, hi));
const upper = (s: string) => s === s.toLocaleUpperCase('vi');
/** A rule: the paragraph right after the text is empty and has a single ¾-pt top border. */
const isRule = (p: ParaInfo | undefined) => {
	const top = p?.border ? first(p.border, 'top') : null;
	return p !== undefined && p.text === '' && attr(top, 'val') === 'single' && num(top, 'sz') === 6;
};

describe.each([
	['biên bản', () => buildBienBan(governmentMeeting())],
	['thông báo kết luận', () => buildThongBaoKetLuan(governmentMeeting())]
])('[D1] government layout of the %s in word/document.xml', (_name, build) => {
	it('page: A4, margins, header distance, first-page header empty, PAGE field from page 2', async () => {
		const docx = await read(build());
		const pgSz = first(docx.document, 'pgSz');
		expect([num(pgSz, 'w'), num(pgSz, 'h')]).toEqual([11906, 16838]);
		const m = first(docx.document, 'pgMar');
		within(num(m, 'top'), 1134, 1417);
		within(num(m, 'bottom'), 1134, 1417);
		within(num(m, 'left'), 1701, 1984);
		within(num(m, 'right'), 850, 1134);
		expect(num(m, 'header')).toBe(567);
		expect(first(docx.document, 'titlePg')).not.toBeNull();
		const refs = all(docx.document, 'headerReference');
		const part = (type: string) => {
			const id = attr(refs.find((r) => attr(r, 'type') === type)!, 'id') ?? refs.find((r) => attr(r, 'type') === type)!.getAttribute('r:id');
			const target = /Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g;
			for (const match of docx.parts['word/_rels/document.xml.rels'].matchAll(target)) {
				const [rid, file] = match[1] ? [match[1], match[2]] : [match[4], match[3]];
				if (rid === id) return docx.xml(`word/${file}`);
			}
			throw new Error(`no header ${type}`);
		};
		const firstHeader = part('first');
		expect(all(firstHeader, 'p')).toHaveLength(1);
		expect(text(all(firstHeader, 'p')[0])).toBe('');
		const pageHeader = part('default');
		expect(all(pageHeader, 'instrText').map((t) => t.textContent?.trim())).toEqual(['PAGE']);
		expect(attr(first(pageHeader, 'jc'), 'val')).toBe('center');
	});

	it('font: Times New Roman in the defaults for all four scripts, no other font anywhere', async () => {
		const docx = await read(build());
		const defaults = first(first(docx.styles, 'docDefaults')!, 'rFonts');
		for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(defaults, script)).toBe('Times New Roman');
		for (const [name, xml] of Object.entries(docx.parts)) {
			if (!name.startsWith('word/') || name.includes('theme')) continue;
			for (const m of xml.matchAll(/w:(ascii|hAnsi|cs|eastAsia)(Theme)?="([^"]*)"/g)) expect(m[3], `${name} ${m[0]}`).toBe('Times New Roman');
		}
	});

	it('header: borderless two columns, bodies left, national title and motto right, "Số:" beside the date', async () => {
		const model = build();
		const docx = await read(model);
		const header = tables(docx.document)[0];
		for (const side of all(first(header, 'tblBorders')!, '*').filter((e) => e.namespaceURI)) expect(['none', 'nil']).toContain(attr(side, 'val'));
		const [[left, right], [numberCell, dateCell]] = cells(header);
		const [parent, issuer, issuerRule] = cellParagraphs(left, docx.defaults);
		expect(upper(parent.text) && !parent.bold).toBe(true);
		sizeIn(parent, 24, 26);
		expect(upper(issuer.text) && issuer.bold).toBe(true);
		sizeIn(issuer, 24, 26);
		expect(isRule(issuerRule)).toBe(true);
		// short: narrower than the column by more than half
		expect(issuerRule.left + issuerRule.right).toBeGreaterThan(num(first(left, 'tcW'), 'w') / 2);
		const [national, motto, mottoRule] = cellParagraphs(right, docx.defaults);
		expect(national.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(national.bold).toBe(true);
		sizeIn(national, 24, 26);
		expect(motto.text).toBe('Độc lập - Tự do - Hạnh phúc');
		expect(motto.bold).toBe(true);
		sizeIn(motto, 26, 28);
		expect(isRule(mottoRule)).toBe(true);
		// As long as the text: Times bold 13 pt ≈ 2,900–3,400 twips for these 27 characters.
		within(num(first(right, 'tcW'), 'w') - mottoRule.left - mottoRule.right, 2900, 3400);
		const [number] = cellParagraphs(numberCell, docx.defaults);
		expect(number.text).toMatch(/^Số: /);
		sizeIn(number, 26, 26);
		const date = cellParagraphs(dateCell, docx.defaults);
		if (model.kind === 'bien-ban') expect(date.every((p) => p.text === '')).toBe(true);
		else {
			expect(date[0].text).toMatch(/^Phường Bạch Đằng, ngày/);
			expect(date[0].italic).toBe(true);
			sizeIn(date[0], 26, 28);
		}
	});

	it('rules are paragraph borders (single, sz 6) narrowed by indents, never underscores', async () => {
		const docx = await read(build());
		const borders = all(docx.document, 'pBdr');
		expect(borders.length).toBeGreaterThanOrEqual(3);
		for (const b of borders) {
			const p = b.parentNode!.parentNode as unknown as Parameters<typeof text>[0];
			expect(text(p)).toBe('');
			const ind = first(p, 'ind');
			expect(num(ind, 'left')).toBeGreaterThan(0);
			for (const side of Array.from(b.childNodes).filter((n) => n.nodeType === 1)) {
				expect(attr(side as never, 'val')).toBe('single');
				expect(num(side as never, 'sz')).toBe(6);
			}
		}
		expect(docx.parts['word/document.xml']).not.toMatch(/__/);
	});

	it('titles, body, signature and recipients', async () => {
		const model = build();
		const docx = await read(model);
		const body = bodyParagraphs(docx.document, docx.defaults).filter((p) => p.text !== '');
		const type = body.find((p) => p.text === (model.kind === 'bien-ban' ? 'BIÊN BẢN' : 'THÔNG BÁO'))!;
		expect(type.bold && type.jc === 'center').toBe(true);
		sizeIn(type, 26, 28);
		const all = bodyParagraphs(docx.document, docx.defaults);
		const subjectAt = all.findIndex((p) => p.el === type.el) + 1;
		const subject = all[subjectAt];
		expect(subject.bold && subject.jc === 'center').toBe(true);
		sizeIn(subject, 26, 28);
		expect(isRule(all[subjectAt + 1])).toBe(true);

		const justified = body.filter((p) => p.jc === 'both');
		expect(justified.length).toBeGreaterThan(10);
		for (const p of justified) {
			sizeIn(p, 26, 28);
			within(p.firstLine, 567, 720);
			expect(p.after).toBeGreaterThanOrEqual(120);
			within(p.line, 240, 360);
			expect(p.lineRule).toBe('auto');
		}

		const closing = tables(docx.document).at(-1)!;
		const columns = cells(closing)[0];
		const signer = cellParagraphs(columns.at(-1)!, docx.defaults).filter((p) => p.text);
		const name = signer.at(-1)!;
		for (const p of signer) {
			expect(p.bold && p.jc === 'center').toBe(true);
			sizeIn(p, 26, 28);
			if (p !== name) expect(upper(p.text)).toBe(true);
		}
		const recipientParagraphs = model.kind === 'bien-ban' ? body.slice(body.findIndex((p) => p.text === 'Nơi nhận:')) : cellParagraphs(columns[0], docx.defaults);
		const [label, ...lines] = recipientParagraphs;
		expect(label.text).toBe('Nơi nhận:');
		expect(label.bold && label.italic).toBe(true);
		sizeIn(label, 24, 24);
		expect(lines.length).toBeGreaterThanOrEqual(2);
		for (const line of lines) sizeIn(line, 22, 22);
		for (const line of lines.slice(0, -1)) expect(line.text).toMatch(/^- .+;$/);
		expect(lines.at(-1)!.text).toMatch(/^- Lưu: VT(, .+)?\.$/);
	});
});

describe('[D2] Party layout (HD 36-HD/VPTW)', () => {
	it('"ĐẢNG CỘNG SẢN VIỆT NAM" with a rule, an asterisk under the body, "Số 36-TB/ĐU", T/M signer, larger sizes', async () => {
		const docx = await read(buildThongBaoKetLuan(partyMeeting()));
		const [[left, right], [numberCell]] = cells(tables(docx.document)[0]);
		const [title, rule] = cellParagraphs(right, docx.defaults);
		expect(title.text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
		sizeIn(title, 30, 30);
		expect(isRule(rule)).toBe(true);
		expect(cellParagraphs(left, docx.defaults).map((p) => p.text)).toEqual(['ĐẢNG BỘ THÀNH PHỐ HẠ LONG', 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG', '*']);
		expect(cellParagraphs(numberCell, docx.defaults)[0].text).toBe('Số 36-TB/ĐU');
		sizeIn(cellParagraphs(numberCell, docx.defaults)[0], 28, 28);
		const closing = cells(tables(docx.document).at(-1)!)[0];
		expect(cellParagraphs(closing[1], docx.defaults).map((p) => p.text)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lê Văn Bình']);
		const label = cellParagraphs(closing[0], docx.defaults)[0];
		expect(label.text).toBe('Nơi nhận:');
		sizeIn(label, 28, 28);
		expect(docx.parts['word/document.xml']).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	});
});

describe('[D4] content of the documents read back', () => {
	it('every opinion, answer, agency and deadline, user text as typed', async () => {
		const meeting = governmentMeeting();
		for (const model of [buildBienBan(meeting), buildThongBaoKetLuan(meeting)]) {
			const docx = await read(model);
			const all = bodyParagraphs(docx.document, docx.defaults).map((p) => p.text).join('\n') + tables(docx.document).map((t) => text(t)).join('\n');
			for (const o of meeting.opinions) {
				if (model.kind === 'bien-ban' || (o.outcome && o.outcome !== 'answered')) expect(all, o.id).toContain(o.content);
				if (o.assignment) {
					expect(all).toContain(o.assignment.leadAgency);
					expect(all).toContain(deadlineDate(o.assignment.deadline));
				}
				if (model.kind === 'bien-ban') for (const a of o.answers) expect(all).toContain(a.content);
			}
			expect(all).toContain('Lê Thị <b>Bích</b>');
			expect(docx.parts['word/document.xml']).toContain('Lê Thị &lt;b&gt;Bích&lt;/b&gt;');
		}
	});

	it('a meeting without opinions still opens and says so', async () => {
		const docx = await read(buildBienBan(emptyMeeting()));
		expect(bodyParagraphs(docx.document, docx.defaults).map((p) => p.text)).toContain('Không có ý kiến phát biểu.');
	});
});
