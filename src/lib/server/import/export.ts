import writeXlsxFile from 'write-excel-file/node';

/**
 * Writes a delegate or opinion list for Excel. Every cell is written as text so that
 * phones keep their leading 0 and dates stay as written; `readTable` reads it back unchanged.
 */
export async function writeXlsx(headers: string[], rows: string[][], sheetName: string): Promise<Uint8Array> {
	const headerRow = headers.map((value) => (value ? { value, type: String, fontWeight: 'bold' as const } : null));
	const dataRows = rows.map((row) => row.map((value) => (value ? { value, type: String } : null)));
	const buffer = await writeXlsxFile([headerRow, ...dataRows], {
		sheet: excelSheetName(sheetName),
		stickyRowsCount: 1,
		columns: columnWidths([headers, ...rows])
	}).toBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A list (export or sample) as a file to save; never cached: it is this meeting's, as of now. */
export function download(body: string | Uint8Array, fileName: string, type = XLSX_TYPE): Response {
	return new Response(body as BodyInit, {
		headers: { 'content-type': type, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' }
	});
}

/** Excel refuses names over 31 characters, empty ones, and any of []:*?/\ */
function excelSheetName(name: string): string {
	const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
	return cleaned.replace(/^'+|'+$/g, '') || 'Danh sách';
}

/** Wide enough for the longest line in each column, within reason. */
function columnWidths(table: string[][]): { width: number }[] {
	const width = Math.max(0, ...table.map((row) => row.length));
	return Array.from({ length: width }, (_, column) => {
		const longest = Math.max(0, ...table.flatMap((row) => (row[column] ?? '').split('\n').map((line) => line.length)));
		return { width: Math.min(60, Math.max(10, longest + 2)) };
	});
}

/**
 * CSV for Excel: a BOM, or Excel reads UTF-8 as the Windows code page and breaks
 * Vietnamese; CRLF and quotes per RFC 4180. Opening a CSV in Excel still turns
 * '0912345678' into a number without its 0; the .xlsx export does not.
 */
export function writeCsv(headers: string[], rows: string[][]): string {
	return '\uFEFF' + [headers, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

function csvCell(value: string): string {
	const safe = withoutFormula(value);
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Citizens' text goes into these files; Excel would run a cell such as
 * '=HYPERLINK(…)' as a formula. The apostrophe makes it text, and `readTable` removes it again.
 * Plain numbers with a sign ('+84 912 345 678', '-5') are left alone.
 */
function withoutFormula(value: string): string {
	const formulaLike = /^\s*[=@]/.test(value) || (/^\s*[+-]/.test(value) && !/^\s*[+-][\d\s.,]*$/.test(value));
	return formulaLike ? `'${value}` : value;
}
