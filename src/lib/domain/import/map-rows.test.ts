import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { guessMapping, mapRows } from './map-rows';
import type { Table } from './table-types';

const delegateSynonyms = {
	fullName: ['Họ và tên', 'Họ tên', 'Full name'],
	phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Số ĐT', 'Phone'],
	residence: ['Thôn', 'Tổ dân phố', 'Thôn / Tổ dân phố', 'Địa chỉ'],
	category: ['Thành phần', 'Loại đại biểu']
};

describe('guessMapping', () => {
	it('matches headers without regard to tones, case, spacing or punctuation', () => {
		const headers = ['STT', 'HỌ VÀ TÊN', 'Số ĐT:', 'Thôn/Tổ dân phố', 'Ghi chú'];
		expect(guessMapping(headers, delegateSynonyms)).toEqual({ fullName: 1, phone: 2, residence: 3 });
	});

	it('knows toneless, English, NFD headers and the field name itself', () => {
		expect(guessMapping(['Ho ten', 'phone'], delegateSynonyms)).toEqual({ fullName: 0, phone: 1 });
		expect(guessMapping(['Full name', 'Địa chỉ'.normalize('NFD')], delegateSynonyms)).toEqual({
			fullName: 0,
			residence: 1
		});
		expect(guessMapping(['fullname'], delegateSynonyms)).toEqual({ fullName: 0 });
	});

	it('gives a column to one field only, the first listed', () => {
		expect(guessMapping(['Địa chỉ'], { residence: ['Địa chỉ'], address: ['Địa chỉ'] })).toEqual({ residence: 0 });
	});
});

const table: Table = {
	headers: ['STT', 'Họ và tên', 'Số ĐT', 'Thôn / Tổ dân phố', 'Thành phần'],
	rows: [
		['1', 'Nguyễn Văn An', '0912345678', 'Tổ dân phố 3', 'Nhân dân'],
		['2', 'Đặng Thị Bình', '987654321', 'Thôn Đông', ''],
		['3', '', '09123', 'Thôn Tây', 'Khách mời'],
		['4', 'Lê Văn Cường', '', '', '']
	],
	rowNumbers: [2, 3, 7, 9]
};

const delegate = z.object({
	fullName: z.string().max(100),
	phone: z
		.string()
		.regex(/^0\d{9}$/)
		.optional(),
	residence: z.string().optional(),
	category: z.enum(['Nhân dân', 'Cơ sở']).default('Nhân dân')
});

/** A phone typed as a number in Excel arrives without its leading 0. */
function toDelegate(cells: Partial<Record<keyof typeof delegateSynonyms, string>>) {
	const phone = cells.phone && /^\d{9}$/.test(cells.phone) ? `0${cells.phone}` : cells.phone;
	return { ...cells, phone };
}

describe('mapRows', () => {
	const mapping = guessMapping(table.headers, delegateSynonyms);

	it('keeps valid rows with their file row numbers and reports every problem of the others', () => {
		const { records, problems } = mapRows(table, mapping, delegate, toDelegate);
		expect(records).toEqual([
			{
				row: 2,
				value: { fullName: 'Nguyễn Văn An', phone: '0912345678', residence: 'Tổ dân phố 3', category: 'Nhân dân' }
			},
			{ row: 3, value: { fullName: 'Đặng Thị Bình', phone: '0987654321', residence: 'Thôn Đông', category: 'Nhân dân' } },
			{ row: 9, value: { fullName: 'Lê Văn Cường', category: 'Nhân dân' } }
		]);
		expect(problems).toEqual([
			{ row: 7, field: 'fullName', message: 'Dòng 7: Họ và tên: bắt buộc' },
			{ row: 7, field: 'phone', message: 'Dòng 7: Số ĐT: sai định dạng' },
			{ row: 7, field: 'category', message: 'Dòng 7: Thành phần: phải là một trong: Nhân dân, Cơ sở' }
		]);
	});

	it('names lengths, numbers and unmapped fields in Vietnamese', () => {
		const schema = z.object({
			fullName: z.string().min(5),
			seats: z.coerce.number().int().max(3),
			note: z.string().max(4)
		});
		const { problems } = mapRows(
			{ headers: ['Họ và tên', 'Số ghế'], rows: [['An', 'ba']], rowNumbers: [4] },
			{ fullName: 0, seats: 1 },
			schema,
			(cells) => ({ ...cells, note: 'quá dài' })
		);
		expect(problems.map((p) => p.message)).toEqual([
			'Dòng 4: Họ và tên: cần ít nhất 5 ký tự',
			'Dòng 4: Số ghế: phải là số',
			'Dòng 4: note: dài quá 4 ký tự'
		]);
	});

	it("passes a refinement's own message through, without a field for whole-row rules", () => {
		const schema = z
			.object({ fullName: z.string().optional(), phone: z.string().optional() })
			.refine((d) => d.fullName || d.phone, 'cần họ tên hoặc số điện thoại');
		const { records } = mapRows(table, mapping, schema, (cells) => cells);
		expect(records).toHaveLength(4);
		const blank = mapRows({ ...table, rows: [['5', '', '', 'Thôn Tây', '']], rowNumbers: [12] }, mapping, schema, (c) => c);
		expect(blank.problems).toEqual([{ row: 12, field: null, message: 'Dòng 12: cần họ tên hoặc số điện thoại' }]);
	});
});
