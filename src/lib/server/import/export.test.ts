import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx } from './export';
import { readTable } from './table';

const headers = ['Họ và tên', 'Số điện thoại', 'Ngày sinh', 'Địa chỉ', 'Ý kiến'];
const rows = [
	['Nguyễn Văn An', '0912345678', '1958-03-15', 'Tổ dân phố 3', 'Đề nghị "sớm" sửa đường, lắp đèn\nở ngõ 5'],
	['Đặng Thị Bình', '', '2023-03-15', 'Thôn Đông; xóm 2', '- Đề nghị nạo vét kênh'],
	['Trần Hồng', '+84 912 345 678', '', '', '=HYPERLINK("http://example.invalid","bấm")'],
	['Lê Cường', '12.50', '15/03/2023', '1e5', '']
];

describe('writeXlsx', () => {
	it('round-trips through readTable cell for cell, phones and dates kept as text', async () => {
		const bytes = await writeXlsx(headers, rows, 'Đại biểu');
		const table = await readTable(bytes, 'xuat.xlsx');
		expect(table.headers).toEqual(headers);
		expect(table.rows).toEqual(rows);
		expect(table.rowNumbers).toEqual([2, 3, 4, 5]);
	});

	it('turns any title into a sheet name Excel accepts', async () => {
		const sheetOf = async (title: string) =>
			(await readXlsxFile(Buffer.from(await writeXlsx(['A'], [['1']], title))))[0].sheet;
		expect(await sheetOf('Ý kiến')).toBe('Ý kiến');
		expect(await sheetOf('Hội nghị đối thoại 05/01/2026: ý kiến [đã trả lời]')).toBe(
			'Hội nghị đối thoại 05 01 2026 ý'
		);
		expect(await sheetOf(' ?*: ')).toBe('Danh sách');
	});
});

describe('writeCsv', () => {
	it('writes a BOM, commas, CRLF, and quotes only where needed', () => {
		const csv = writeCsv(['Họ và tên', 'Ý kiến'], [['Nguyễn Văn An', 'Đường "xấu", cần sửa\nngay'], ['Bình', '']]);
		expect(csv).toBe(
			'\uFEFFHọ và tên,Ý kiến\r\n' + 'Nguyễn Văn An,"Đường ""xấu"", cần sửa\nngay"\r\n' + 'Bình,\r\n'
		);
	});

	it('makes formula-like text inert for Excel but leaves signed numbers alone', () => {
		const csv = writeCsv(['a'], [['=1+1'], ['@SUM(A1)'], ['- Đề nghị'], ['-2+3+cmd'], ['+84 912 345 678'], ['-5']]);
		expect(csv.split('\r\n').slice(1, -1)).toEqual([
			"'=1+1",
			"'@SUM(A1)",
			"'- Đề nghị",
			"'-2+3+cmd",
			'+84 912 345 678',
			'-5'
		]);
	});

	it('round-trips through readTable cell for cell', async () => {
		const table = await readTable(new TextEncoder().encode(writeCsv(headers, rows)), 'xuat.csv');
		expect(table.headers).toEqual(headers);
		expect(table.rows).toEqual(rows);
		expect(table.rowNumbers).toEqual([2, 3, 4, 5]);
	});
});
