/**
 * The two official layouts as numbers both renderers read: the government one (Decree
 * 30/2020/NĐ-CP, appendix I "Thể thức, kỹ thuật trình bày văn bản hành chính", and its
 * table of sizes, mục IV) and the Party one (Hướng dẫn 36-HD/VPTW of 03/4/2018, Văn phòng
 * Trung ương Đảng, mục II and phụ lục 3, as quoted by thuvienphapluat.vn; the HD itself was
 * not at hand). Where a source gives a range we take one value inside it, said next to it.
 * TODO(follow-up): check whether a newer Party guide supersedes HD 36 and re-read the values.
 *
 * Units: sizes in points, lengths in twips (1/20 pt; 567 twips = 1 cm).
 */
import type { MeetingHost } from '../types';
import type { ParagraphRole } from './model';

export type Layout = 'government' | 'party';

/** The Party committee hosting (alone or as co-host) writes Party documents (the seeds' plans). */
export const layoutForHost = (host: MeetingHost): Layout => (host === 'government' ? 'government' : 'party');

export type Align = 'left' | 'center' | 'right' | 'both';

export interface RoleStyle {
	size: number;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	/** Written in capitals: the builder upper-cases the text (Word's caps would hide it from search). */
	caps?: boolean;
	align: Align;
	firstLine?: number;
	before?: number;
	after?: number;
	/** A rule under the line: as long as the text, or a short one (1/3 of the text, centred). */
	rule?: 'text' | 'short';
	keepNext?: boolean;
}

export interface PageRules {
	widthTwips: number;
	heightTwips: number;
	top: number;
	bottom: number;
	left: number;
	right: number;
	/** Distance from the page edge to the header (where page numbers sit). */
	header: number;
	footer: number;
	font: string;
	/** Line spacing, in 240ths of a line (240 = single). */
	line: number;
	pageNumberSize: number;
}

export interface LayoutRules {
	page: PageRules;
	roles: Record<ParagraphRole, RoleStyle>;
	/** Width of the header's left column (issuing body, number), fraction of the table. */
	headerLeft: number;
	/**
	 * How far the header table reaches into the left and right margins, in twips. Offices do
	 * this so "ỦY BAN NHÂN DÂN PHƯỜNG …" and the date line keep to one line; the forms only fix
	 * the columns' order, not their width.
	 */
	bleed: { left: number; right: number };
}

const CM = 567;

// Both sources: A4 portrait, top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (Decree 30
// appendix I mục II.4; HD 36 mục I.3). We take the smallest, so more text fits a page.
const PAGE: PageRules = {
	widthTwips: 11906,
	heightTwips: 16838,
	top: 1134,
	bottom: 1134,
	left: 1701,
	right: 850,
	header: CM,
	footer: CM,
	font: 'Times New Roman',
	// "Khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 dòng" (Decree 30 I.II.6.b).
	line: 264,
	pageNumberSize: 13
};

/** Body-like roles share everything but the size. */
function bodyRoles(size: number, recipientLabel: RoleStyle, recipient: RoleStyle): Record<ParagraphRole, RoleStyle> {
	const text: RoleStyle = { size, align: 'both', firstLine: CM, after: 120 };
	return {
		draftMark: { size: 13, bold: true, align: 'right', after: 120 },
		parentBody: { size: 13, caps: true, align: 'center' },
		issuingBody: { size: 13, bold: true, caps: true, align: 'center', rule: 'short' },
		bodyMark: { size: 13, align: 'center' },
		number: { size: 13, align: 'center', before: 120 },
		nationalTitle: { size: 12, bold: true, caps: true, align: 'center' },
		motto: { size: 13, bold: true, align: 'center', rule: 'text' },
		partyTitle: { size: 15, bold: true, caps: true, align: 'center', rule: 'text' },
		placeDate: { size: 14, italic: true, align: 'center', before: 120 },
		docType: { size: 14, bold: true, caps: true, align: 'center', before: 360, keepNext: true },
		subject: { size: 14, bold: true, align: 'center', rule: 'short', after: 240, keepNext: true },
		heading: { ...text, bold: true, keepNext: true },
		subheading: { ...text, bold: true, italic: true, keepNext: true },
		body: text,
		signatureAuthority: { size, bold: true, caps: true, align: 'center', before: 240, keepNext: true },
		signaturePosition: { size, bold: true, caps: true, align: 'center', after: 1440, keepNext: true },
		signatureName: { size, bold: true, align: 'center' },
		recipientsLabel: recipientLabel,
		recipient: recipient,
		tableHead: { size: 12, bold: true, align: 'center' },
		tableCell: { size: 12, align: 'left' },
		tableNumber: { size: 12, align: 'center' },
		caption: { size: 12, italic: true, align: 'center', before: 120, after: 120 }
	};
}

/**
 * Decree 30/2020, appendix I mục IV (sizes): quốc hiệu 12–13 bold caps; tiêu ngữ 13–14 bold,
 * rule as long as it; cơ quan chủ quản 12–13 caps; cơ quan ban hành 12–13 bold caps, rule
 * 1/3–1/2 of its length; số, ký hiệu 13; địa danh, ngày 13–14 italic; tên loại 13–14 bold caps;
 * trích yếu 13–14 bold; nội dung 13–14; quyền hạn, chức vụ người ký 13–14 bold caps; họ tên
 * 13–14 bold; "Nơi nhận:" 12 bold italic; nơi nhận 11; số trang 13–14.
 */
const GOVERNMENT: LayoutRules = {
	page: PAGE,
	headerLeft: 0.42,
	bleed: { left: 567, right: 283 },
	roles: bodyRoles(14, { size: 12, bold: true, italic: true, align: 'left', before: 240 }, { size: 11, align: 'left' })
};

/**
 * HD 36-HD/VPTW phụ lục 3: tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold caps with a rule as long
 * as it (mục II.1.1); cơ quan cấp trên 14 caps; cơ quan ban hành 14 bold caps with an asterisk
 * under it (mục II.1.2); số, ký hiệu 14 ("Số 127-QĐ/TW", no colon); địa danh, ngày 14 italic;
 * tên loại 15–16 bold caps; trích yếu 14–15 bold; nội dung 14–15; quyền hạn ("T/M"), chức vụ
 * 14 bold caps; họ tên 14 bold; "Nơi nhận:" 14 underlined; nơi nhận 12; số trang 14.
 */
const PARTY: LayoutRules = {
	page: { ...PAGE, pageNumberSize: 14 },
	headerLeft: 0.45,
	bleed: { left: 567, right: 283 },
	roles: (() => {
		const roles = bodyRoles(14, { size: 14, underline: true, align: 'left', before: 240 }, { size: 12, align: 'left' });
		roles.parentBody = { ...roles.parentBody, size: 14 };
		roles.issuingBody = { ...roles.issuingBody, size: 14, rule: undefined };
		roles.bodyMark = { ...roles.bodyMark, size: 14 };
		roles.number = { ...roles.number, size: 14 };
		roles.docType = { ...roles.docType, size: 16 };
		roles.subject = { ...roles.subject, size: 15 };
		return roles;
	})()
};

export const LAYOUTS: Record<Layout, LayoutRules> = { government: GOVERNMENT, party: PARTY };

/** Text width of the page body, in twips. */
export const textWidth = (rules: LayoutRules) => rules.page.widthTwips - rules.page.left - rules.page.right;
