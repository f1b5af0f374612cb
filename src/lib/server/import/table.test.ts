import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { ImportFileError, readTable } from './table';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failureCode(bytes: Uint8Array, fileName: string): Promise<string> {
	const error = await readTable(bytes, fileName).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ImportFileError);
	return (error as ImportFileError).code;
}

describe('readTable — CSV', () => {
	it('reads Excel-style CSV: BOM, semicolons, CRLF, quoted delimiters, quotes and newlines', async () => {
		const csv =
			'\uFEFFHọ và tên;Địa chỉ;Ý kiến\r\n' +
			'Nguyễn Văn An;"Tổ dân phố 3; phường Hòa Bình";"Đề nghị ""sớm"" sửa đường,\r\nlắp đèn"\r\n' +
			'Đặng Thị Bình;Thôn Đông;\r\n';
		const table = await readTable(utf8(csv), 'dai-bieu.csv');
		expect(table.headers).toEqual(['Họ và tên', 'Địa chỉ', 'Ý kiến']);
		expect(table.rows).toEqual([
			['Nguyễn Văn An', 'Tổ dân phố 3; phường Hòa Bình', 'Đề nghị "sớm" sửa đường,\r\nlắp đèn'],
			['Đặng Thị Bình', 'Thôn Đông', '']
		]);
		expect(table.rowNumbers).toEqual([2, 3]);
	});

	it('detects commas, skips empty lines but keeps row numbers, trims, pads and NFC-normalises', async () => {
		const nfd = 'Trần Thị Hồng'.normalize('NFD');
		const csv = `Họ và tên,Số điện thoại,Ghi chú\n\n"Lê Văn Cường\nông",0912345678\n  ${nfd}  , 0987654321 ,"a, b"\n,,\n`;
		const table = await readTable(utf8(csv), 'DS.CSV');
		expect(table.rows).toEqual([
			['Lê Văn Cường\nông', '0912345678', ''],
			['Trần Thị Hồng', '0987654321', 'a, b']
		]);
		expect(table.rows[1][0]).toBe('Trần Thị Hồng'.normalize('NFC'));
		// One row per record, as Excel shows it: the quoted newline does not add a row.
		expect(table.rowNumbers).toEqual([3, 4]);
	});

	it('detects tab-delimited text, also in UTF-16 as Excel saves "Unicode Text"', async () => {
		const text = '\uFEFFHọ tên\tThôn\r\nPhạm Văn Dũng\tThôn Tây, xóm 2\r\n';
		const table = await readTable(new Uint8Array(Buffer.from(text, 'utf16le')), 'ds.txt');
		expect(table.headers).toEqual(['Họ tên', 'Thôn']);
		expect(table.rows).toEqual([['Phạm Văn Dũng', 'Thôn Tây, xóm 2']]);
	});

	it('skips a title row above the header, as office lists usually have', async () => {
		const csv = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ;;\r\n;;\r\nHọ và tên;Thôn;Ghi chú\r\nVũ Văn Em;Thôn Bắc;"a; b"\r\n';
		const table = await readTable(utf8(csv), 'ds.csv');
		expect(table.headers).toEqual(['Họ và tên', 'Thôn', 'Ghi chú']);
		expect(table.rows).toEqual([['Vũ Văn Em', 'Thôn Bắc', 'a; b']]);
		expect(table.rowNumbers).toEqual([4]);
		const unpadded = await readTable(utf8('"DANH SÁCH ĐẠI BIỂU, KHÁCH MỜI"\nHọ và tên;Thôn\nVũ Văn Em;Thôn Bắc\n'), 'ds.csv');
		expect(unpadded.headers).toEqual(['Họ và tên', 'Thôn']);
	});

	it('reads a one-column list', async () => {
		const table = await readTable(utf8('Họ và tên\nVũ Văn Em\nĐỗ Thị Gấm\n'), 'ds.csv');
		expect(table).toEqual({ headers: ['Họ và tên'], rows: [['Vũ Văn Em'], ['Đỗ Thị Gấm']], rowNumbers: [2, 3] });
	});

	it('refuses a CSV that is not UTF-8 and one with an unclosed quote', async () => {
		const windows1258 = new Uint8Array([0x54, 0xea, 0x6e, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e]);
		expect(await failureCode(windows1258, 'ds.csv')).toBe('not_utf8');
		expect(await failureCode(utf8('Tên,Ý kiến\nAn,"chưa đóng\n'), 'ds.csv')).toBe('unreadable_file');
	});
});

describe('readTable — file errors', () => {
	it('refuses unknown extensions and legacy .xls', async () => {
		expect(await failureCode(utf8('a,b'), 'ds.pdf')).toBe('unsupported_file');
		expect(await failureCode(utf8('a,b'), 'ds')).toBe('unsupported_file');
		expect(await failureCode(utf8('a,b'), 'ds.xls')).toBe('unsupported_file');
		const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
		expect(await failureCode(ole2, 'renamed.xlsx')).toBe('unsupported_file');
	});

	it('reports empty files and files with only a header', async () => {
		expect(await failureCode(new Uint8Array(), 'ds.xlsx')).toBe('empty_file');
		expect(await failureCode(utf8('\uFEFF\r\n;;\r\n'), 'ds.csv')).toBe('empty_file');
		expect(await failureCode(utf8('Họ và tên;Địa chỉ\r\n'), 'ds.csv')).toBe('empty_file');
	});

	it('reports a broken .xlsx as unreadable', async () => {
		expect(await failureCode(utf8('Họ và tên,Địa chỉ\n'), 'ds.xlsx')).toBe('unreadable_file');
		expect(await failureCode(utf8('PK\u0003\u0004 not a zip'), 'ds.xlsx')).toBe('unreadable_file');
	});
});

describe('readTable — .xlsx', () => {
	const zoneBefore = process.env.TZ;
	afterEach(() => {
		if (zoneBefore === undefined) delete process.env.TZ;
		else process.env.TZ = zoneBefore;
	});

	async function delegateList(): Promise<Uint8Array> {
		const sheet = [
			['Họ và tên', 'Ngày sinh', 'Số điện thoại', 'Số người', 'Địa chỉ'],
			['Nguyễn Văn An', new Date(Date.UTC(1958, 2, 15)), { value: '0912345678', type: String }, 3, 'Tổ dân phố 3'],
			[null, null, null, null, null],
			['Trần Thị Hồng'.normalize('NFD'), { value: 45000, format: 'dd/mm/yyyy' }, 912345678, 12.5, 'Thôn Đông'],
			['Đặng Văn Bình', null, null, 0.1 + 0.2, null],
			['Lê Thị Cúc', null, null, 1.5e-7, 1e21]
		];
		return await writeXlsxFile(sheet, { sheet: 'Đại biểu', dateFormat: 'dd/mm/yyyy' }).toBuffer();
	}

	it('reads text, dates, numbers and phones of the first sheet as Excel shows them', async () => {
		const table = await readTable(await delegateList(), 'Danh sách đại biểu.xlsx');
		expect(table.headers).toEqual(['Họ và tên', 'Ngày sinh', 'Số điện thoại', 'Số người', 'Địa chỉ']);
		expect(table.rows).toEqual([
			['Nguyễn Văn An', '1958-03-15', '0912345678', '3', 'Tổ dân phố 3'],
			// A phone typed as a number has lost its leading 0 inside the file already.
			['Trần Thị Hồng', '2023-03-15', '912345678', '12.5', 'Thôn Đông'],
			['Đặng Văn Bình', '', '', '0.3', ''],
			['Lê Thị Cúc', '', '', '0.00000015', '1000000000000000000000']
		]);
		expect(table.rows[1][0]).toBe('Trần Thị Hồng'.normalize('NFC'));
		expect(table.rowNumbers).toEqual([2, 4, 5, 6]);
	});

	it.each([
		['UTC', 0],
		['Asia/Ho_Chi_Minh', -420],
		['America/Los_Angeles', 480]
	])('dates do not shift a day under TZ=%s', async (zone, offsetMinutes) => {
		process.env.TZ = zone;
		expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(offsetMinutes);
		const table = await readTable(await delegateList(), 'ds.xlsx');
		expect(table.rows.map((row) => row[1])).toEqual(['1958-03-15', '2023-03-15', '', '']);
	});

	it('reads rich text, cached formula results, booleans, the 1904 epoch and sheets starting lower down', async () => {
		const table = await readTable(handmadeXlsx(), 'y-kien.xlsx');
		expect(table.headers).toEqual(['', 'Họ và tên', 'Ngày gửi', 'Tổng', 'Đã trả lời', 'Ghi chú']);
		expect(table.rows).toEqual([
			['', 'Lê Văn Bình', '2023-03-15', '3', 'TRUE', 'Thôn Đông'],
			['', 'Phạm Thị Cúc', '', '', 'FALSE', '']
		]);
		expect(table.rowNumbers).toEqual([5, 6]);
	});
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Features write-excel-file cannot produce, written as Excel stores them. */
function handmadeXlsx(): Uint8Array {
	return storedZip({
		'[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
		'_rels/.rels': `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><workbookPr date1904="1"/><sheets><sheet name="Ý kiến" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`,
		'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
		'xl/sharedStrings.xml': `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Họ và tên</t></si><si><r><rPr><b/></rPr><t>Lê</t></r><r><t xml:space="preserve"> Văn Bình</t></r></si></sst>`,
		'xl/worksheets/sheet1.xml':
			`<worksheet xmlns="${MAIN}"><sheetData>` +
			`<row r="3"><c r="B3" t="s"><v>0</v></c>${inline('C3', 'Ngày gửi')}${inline('D3', 'Tổng')}${inline('E3', 'Đã trả lời')}${inline('F3', 'Ghi chú')}</row>` +
			// 43538 days after 1904-01-01 is 2023-03-15 (45000 in the 1900 system).
			`<row r="5"><c r="B5" t="s"><v>1</v></c><c r="C5" s="1"><v>43538</v></c><c r="D5"><f>1+2</f><v>3</v></c><c r="E5" t="b"><v>1</v></c><c r="F5" t="str"><f>"Thôn "&amp;"Đông"</f><v>Thôn Đông</v></c></row>` +
			`<row r="6">${inline('B6', 'Phạm Thị Cúc')}<c r="E6" t="b"><v>0</v></c><c r="F6" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>` +
			`</sheetData></worksheet>`
	});
}

/** A ZIP without compression: enough for a fixture, and no extra dependency. */
function storedZip(files: Record<string, string>): Uint8Array {
	const parts: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of Object.entries(files)) {
		const fileName = Buffer.from(name);
		const data = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc32(data), 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(fileName.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		local.copy(central, 16, 14, 26); // crc and both sizes
		central.writeUInt16LE(fileName.length, 28);
		central.writeUInt32LE(offset, 42);
		parts.push(local, fileName, data);
		directory.push(central, fileName);
		offset += local.length + fileName.length + data.length;
	}
	const size = directory.reduce((sum, part) => sum + part.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(directory.length / 2, 8);
	end.writeUInt16LE(directory.length / 2, 10);
	end.writeUInt32LE(size, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}
