/**
 * Delegate lists as a commune office sends them: a title row over the header, phones typed
 * as numbers (Excel drops their leading 0), some names saved in NFD (macOS, some keyboards).
 */
import writeXlsxFile from 'write-excel-file/node';

export const CATEGORIES = [
	{ name: 'Đại biểu thành phố', expected: 12 },
	{ name: 'Đại biểu phường', expected: 40 },
	{ name: 'Đại biểu cơ sở', expected: 40 },
	{ name: 'Đại biểu Nhân dân', expected: 90 }
];
/** How the list writes each category: the office's own spelling, not always ours. */
const CATEGORY_CELLS = ['Đại biểu thành phố', 'ĐẠI BIỂU PHƯỜNG', 'dai bieu co so', 'Nhân dân'];
const TITLES = ['Phó Chủ tịch UBND thành phố', 'Trưởng Công an phường', 'Bí thư chi bộ', ''];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MEN = { middle: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'], given: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Long', 'Nam', 'Sơn', 'Tuấn', 'Việt'] };
const WOMEN = { middle: ['Thị', 'Thu', 'Ngọc'], given: ['Hoa', 'Lan', 'Mai', 'Hương', 'Hằng', 'Thảo', 'Yến', 'Nga', 'Liên'] };

/** Saved in NFD on purpose: search and the list must still show it as "Nguyễn Văn Thưởng". */
export const NFD_NAME = 'Nguyễn Văn Thưởng';

export interface FixtureDelegate {
	salutation: 'Ông' | 'Bà';
	fullName: string;
	title: string;
	unit: string;
	category: string;
	/** A number cell when typed as a number in Excel. */
	phone: string | number | null;
}

/** 182 delegates in the four categories (12 + 40 + 40 + 90), deterministic. */
export function delegateList(): FixtureDelegate[] {
	const list: FixtureDelegate[] = [];
	CATEGORIES.forEach((category, c) => {
		for (let k = 0; k < category.expected; k++) {
			const i = list.length;
			const woman = i % 3 === 1;
			const names = woman ? WOMEN : MEN;
			let fullName = `${FAMILY[i % FAMILY.length]} ${names.middle[i % names.middle.length]} ${names.given[(i * 7) % names.given.length]}`;
			if (i === 0) fullName = NFD_NAME.normalize('NFD');
			else if (i % 10 === 0) fullName = fullName.normalize('NFD');
			const phone = i % 4 === 0 ? null : i % 4 === 1 ? 912000000 + i : `09${String(87000000 + i).padStart(8, '0')}`;
			list.push({
				salutation: woman ? 'Bà' : 'Ông',
				fullName,
				title: c === 3 ? '' : TITLES[c],
				unit: c === 0 ? 'UBND thành phố Hạ Long' : `Tổ dân phố ${(i % 30) + 1}`,
				category: CATEGORY_CELLS[c],
				phone
			});
		}
	});
	return list;
}

const HEADER = ['STT', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Thôn / Tổ dân phố', 'Thành phần', 'Số điện thoại'];

export async function writeDelegateXlsx(path: string, delegates: FixtureDelegate[]): Promise<void> {
	const text = (value: string) => (value ? { value, type: String } : null);
	const rows = delegates.map((d, i) => [
		{ value: i + 1, type: Number },
		text(d.salutation),
		text(d.fullName),
		text(d.title),
		text(d.unit),
		text(d.category),
		d.phone === null ? null : typeof d.phone === 'number' ? { value: d.phone, type: Number } : text(d.phone)
	]);
	await writeXlsxFile(
		[[{ value: 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐỐI THOẠI NĂM 2026', type: String, fontWeight: 'bold' }], [], HEADER.map((h) => text(h)), ...rows],
		{ sheet: 'Đại biểu' }
	).toFile(path);
}
