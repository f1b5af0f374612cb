import { describe, expect, it } from 'vitest';
import { guessMapping } from '../import/map-rows';
import type { Table } from '../import/table-types';
import type { DelegateCategory } from '../types';
import { DELEGATE_COLUMNS, categoryIdByName, guessSalutations, mapDelegateRows, restorePhone, salutationFromName, splitSalutation, unknownCategories } from './import-mapping';

const categories: DelegateCategory[] = [
	{ id: 'c-city', name: 'Đại biểu thành phố', expected: 12 },
	{ id: 'c-ward', name: 'Đại biểu phường', expected: 40 },
	{ id: 'c-people', name: 'Đại biểu Nhân dân', expected: 90 }
];

describe('restorePhone', () => {
	it('puts back the leading 0 Excel drops from a 9-digit number', () => {
		expect(restorePhone('912345678')).toBe('0912345678');
		expect(restorePhone('20 3382 5123')).toBe('20 3382 5123');
		expect(restorePhone('203825123')).toBe('0203825123');
	});

	it('leaves complete, foreign and malformed numbers alone', () => {
		expect(restorePhone('0912345678')).toBe('0912345678');
		expect(restorePhone('+84912345678')).toBe('+84912345678');
		expect(restorePhone('12345')).toBe('12345');
		expect(restorePhone('gọi tôi')).toBe('gọi tôi');
	});
});

describe('splitSalutation', () => {
	it('takes "Ông"/"Bà" written before the name, in any case or normalisation', () => {
		expect(splitSalutation('Ông Nguyễn Văn An')).toEqual({ salutation: 'Ông', name: 'Nguyễn Văn An' });
		expect(splitSalutation('bà  Trần Thị Bình'.normalize('NFD'))).toEqual({ salutation: 'Bà', name: 'Trần Thị Bình' });
		expect(splitSalutation('Nguyễn Văn An')).toEqual({ salutation: null, name: 'Nguyễn Văn An' });
		expect(splitSalutation('Cụ Lê Văn Cao')).toEqual({ salutation: 'Cụ', name: 'Lê Văn Cao' });
	});
});

describe('categoryIdByName', () => {
	it('ignores diacritics, case, spacing and the "Đại biểu" prefix', () => {
		expect(categoryIdByName(categories, 'dai bieu nhan dan')).toBe('c-people');
		expect(categoryIdByName(categories, 'NHÂN DÂN')).toBe('c-people');
		expect(categoryIdByName(categories, 'Đại biểu  Phường'.normalize('NFD'))).toBe('c-ward');
		expect(categoryIdByName(categories, 'Khách mời')).toBeNull();
		expect(categoryIdByName(categories, '')).toBeNull();
	});
});

const table: Table = {
	headers: ['STT', 'Họ và tên', 'Chức vụ', 'Thôn / Tổ dân phố', 'Thành phần', 'SĐT'],
	rows: [
		['1', 'Ông Nguyễn Văn An', 'Tổ trưởng', 'Tổ dân phố 3', 'Nhân dân', '912345678'],
		['2', 'Bà ' + 'Đặng Thị Ánh'.normalize('NFD'), '', 'Tổ dân phố 5', 'đại biểu phường', '0987 654 321'],
		['3', 'Lê Văn Cường', '', 'Thôn Đông', 'Khách mời', ''],
		['4', 'Ông Phạm Văn Dũng', '', '', '', 'gọi tôi']
	],
	rowNumbers: [4, 5, 6, 8]
};

describe('mapDelegateRows', () => {
	const mapping = guessMapping(table.headers, DELEGATE_COLUMNS);

	it('finds the columns of a typical list', () => {
		expect(mapping).toEqual({ fullName: 1, title: 2, unit: 3, categoryId: 4, phone: 5 });
	});

	it('maps categories by name, restores phones and gives names in NFC', () => {
		const { records } = mapDelegateRows(table, mapping, categories);
		expect(records).toEqual([
			{ row: 4, value: { salutation: 'Ông', fullName: 'Nguyễn Văn An', title: 'Tổ trưởng', unit: 'Tổ dân phố 3', categoryId: 'c-people', phone: '0912345678' } },
			{ row: 5, value: { salutation: 'Bà', fullName: 'Đặng Thị Ánh', title: '', unit: 'Tổ dân phố 5', categoryId: 'c-ward', phone: '0987654321' } }
		]);
		expect(records[1].value.fullName).toBe('Đặng Thị Ánh'.normalize('NFC'));
	});

	it('reports an unknown category, a missing salutation, a missing category and a bad phone with row numbers', () => {
		const { problems } = mapDelegateRows(table, mapping, categories);
		expect(problems.map((p) => p.message)).toEqual([
			'Dòng 6: Danh xưng: chưa rõ là Ông, Bà hay Cụ: chọn ở cột Danh xưng của dòng này trong bảng xem trước, hoặc chọn danh xưng cho các dòng còn lại',
			'Dòng 6: Thành phần: không có thành phần “Khách mời” (các thành phần: Đại biểu thành phố, Đại biểu phường, Đại biểu Nhân dân)',
			'Dòng 8: Thành phần: bắt buộc',
			'Dòng 8: SĐT: sai định dạng'
		]);
	});

	it('fills rows without a category from the chosen default, and reads a salutation column', () => {
		const single: Table = { headers: ['Danh xưng', 'Họ tên'], rows: [['Nữ', 'Trần Thị Bình'], ['ông', 'Lê Văn Cường'], ['Anh', 'Vũ Văn Em']], rowNumbers: [2, 3, 4] };
		const { records, problems } = mapDelegateRows(single, guessMapping(single.headers, DELEGATE_COLUMNS), categories, 'c-people');
		expect(records.map((r) => [r.value.salutation, r.value.categoryId])).toEqual([
			['Bà', 'c-people'],
			['Ông', 'c-people']
		]);
		expect(problems.map((p) => p.message)).toEqual([
			'Dòng 4: Danh xưng: chưa rõ là Ông, Bà hay Cụ: chọn ở cột Danh xưng của dòng này trong bảng xem trước, hoặc chọn danh xưng cho các dòng còn lại'
		]);
	});

	// Issue 8 item 1: an ordinary office list has no salutation column.
	const office: Table = {
		headers: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần'],
		rows: [
			['1', 'Nguyễn Thị Lan', '', 'Tổ dân phố 3', 'Nhân dân'],
			['2', 'Ông Trần Văn Bình', '', 'Tổ dân phố 5', 'Nhân dân'],
			['3', 'cụ Lê Văn Cao', '', 'Thôn Đông', 'Nhân dân'],
			['4', 'Phạm Minh Tuấn', '', 'Thôn Tây', 'Nhân dân'],
			['5', 'Thị Văn Mạnh', '', 'Thôn Tây', 'Nhân dân']
		],
		rowNumbers: [2, 3, 4, 5, 6]
	};
	const officeMapping = guessMapping(office.headers, DELEGATE_COLUMNS);
	const salutationsOf = (result: ReturnType<typeof mapDelegateRows>) => result.records.map((r) => [r.row, r.value.salutation, r.value.fullName]);

	it('infers Bà from a middle name "Thị" and takes a written "Ông/Bà/Cụ" off the name', () => {
		const result = mapDelegateRows(office, officeMapping, categories);
		expect(salutationsOf(result)).toEqual([
			[2, 'Bà', 'Nguyễn Thị Lan'],
			[3, 'Ông', 'Trần Văn Bình'],
			[4, 'Cụ', 'Lê Văn Cao']
		]);
		// "Thị" as a family name is not a middle name: nothing is guessed.
		expect(result.problems.map((p) => p.row)).toEqual([5, 6]);
	});

	it('fills the rest from the clerk’s default, and a per-row choice wins over everything', () => {
		const result = mapDelegateRows(office, officeMapping, categories, null, { fallback: 'Ông', byRow: { 2: 'Cụ', 6: 'Bà' } });
		expect(result.problems).toEqual([]);
		expect(salutationsOf(result)).toEqual([
			[2, 'Cụ', 'Nguyễn Thị Lan'],
			[3, 'Ông', 'Trần Văn Bình'],
			[4, 'Cụ', 'Lê Văn Cao'],
			[5, 'Ông', 'Phạm Minh Tuấn'],
			[6, 'Bà', 'Thị Văn Mạnh']
		]);
	});
});

describe('salutationFromName', () => {
	it('reads only a middle "Thị", in any normalisation', () => {
		expect(salutationFromName('Phạm Thị Thu Hương')).toBe('Bà');
		expect(salutationFromName('Đặng Thị Ánh'.normalize('NFD'))).toBe('Bà');
		expect(salutationFromName('Nguyễn Văn Thịnh')).toBeNull();
		expect(salutationFromName('Thị Mai')).toBeNull();
	});
});

describe('guessSalutations: a list without Ông/Bà', () => {
	const list: Table = {
		headers: ['Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần'],
		rows: [
			['Nguyễn Văn An', 'Tổ trưởng', 'Tổ dân phố 3', 'Nhân dân'],
			['Trần Thị Bình', '', 'Tổ dân phố 5', 'Nhân dân'],
			['Lê Minh Cường', '', 'Thôn Đông', 'Nhân dân'],
			['Hoàng Ngọc Dung', 'Chi hội trưởng chi hội Phụ nữ', 'Thôn Tây', 'Nhân dân']
		],
		rowNumbers: [2, 3, 4, 5]
	};
	const mapping = guessMapping(list.headers, DELEGATE_COLUMNS);

	it('[G5] every man’s name is a problem until confirmed; the guess (Ông, Bà for the Women’s Union) confirmed in one click clears them', () => {
		const before = mapDelegateRows(list, mapping, categories);
		expect(before.problems.map((p) => [p.row, p.field])).toEqual([
			[2, 'salutation'],
			[4, 'salutation'],
			[5, 'salutation']
		]);
		const guess = guessSalutations(list, mapping, before);
		expect(guess).toEqual({ 2: 'Ông', 4: 'Ông', 5: 'Bà' });
		// The one click: the guesses become the clerk's per-row choices.
		const after = mapDelegateRows(list, mapping, categories, null, { fallback: null, byRow: guess! });
		expect(after.problems).toEqual([]);
		expect(after.records.map((r) => r.value.salutation)).toEqual(['Ông', 'Bà', 'Ông', 'Bà']);
	});

	it('[G5] nothing is guessed for a list with other problems or an unreadable salutation cell', () => {
		const badPhone: Table = { ...list, headers: [...list.headers, 'SĐT'], rows: list.rows.map((r, i) => [...r, i === 0 ? 'gọi tôi' : '']) };
		const phoneMapping = guessMapping(badPhone.headers, DELEGATE_COLUMNS);
		expect(guessSalutations(badPhone, phoneMapping, mapDelegateRows(badPhone, phoneMapping, categories))).toBeNull();
		const written: Table = { headers: ['Danh xưng', 'Họ và tên', 'Thành phần'], rows: [['Chị', 'Lê Minh Hoa', 'Nhân dân']], rowNumbers: [2] };
		const writtenMapping = guessMapping(written.headers, DELEGATE_COLUMNS);
		expect(guessSalutations(written, writtenMapping, mapDelegateRows(written, writtenMapping, categories))).toBeNull();
		const clean = mapDelegateRows(list, mapping, categories, null, { fallback: 'Ông', byRow: {} });
		expect(guessSalutations(list, mapping, clean)).toBeNull();
	});
});

describe('unknownCategories', () => {
	it('[G6] names each category the plan lacks once, as first written, with its rows; known ones (any spelling) are not named', () => {
		const file: Table = {
			headers: ['Họ và tên', 'Thành phần'],
			rows: [
				['Ông Nguyễn Văn An', 'Khách mời'],
				['Bà Trần Thị Bình', 'KHÁCH  MỜI'],
				['Ông Lê Văn Cường', 'nhân dân'],
				['Ông Phạm Văn Dũng', 'Cựu chiến binh'],
				['Ông Vũ Văn Em', '']
			],
			rowNumbers: [2, 3, 4, 5, 6]
		};
		const mapping = guessMapping(file.headers, DELEGATE_COLUMNS);
		expect(unknownCategories(file, mapping, categories)).toEqual([
			{ name: 'Khách mời', rows: 2 },
			{ name: 'Cựu chiến binh', rows: 1 }
		]);
		const added = [...categories, { id: 'c-guest', name: 'Khách mời', expected: 0 }, { id: 'c-vet', name: 'Cựu chiến binh', expected: 0 }];
		expect(unknownCategories(file, mapping, added)).toEqual([]);
		expect(mapDelegateRows(file, mapping, added).problems.map((p) => p.row)).toEqual([6]);
	});
});
