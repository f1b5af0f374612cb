import { readSheet } from 'read-excel-file/node';
import type { ImportFileErrorCode, Table } from '../../domain/import/table-types';

export type { ImportFileErrorCode, Table };


/** Errors are data: the caller shows `import.error.<code>`, tests assert the code. */
export class ImportFileError extends Error {
	constructor(
		readonly code: ImportFileErrorCode,
		options?: { cause?: unknown }
	) {
		super(`Import file error: ${code}`, options);
		this.name = 'ImportFileError';
	}
}

/**
 * Reads the first worksheet of an .xlsx file, or a CSV file, into text cells.
 * The header is the first non-empty row, passing over a title row above it (see
 * `headerIndex`); empty rows are skipped but keep their numbers, so a problem can be
 * reported as the row the admin sees in Excel.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
	const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
	if (extension !== 'xlsx' && extension !== 'csv' && extension !== 'tsv' && extension !== 'txt') {
		throw new ImportFileError('unsupported_file');
	}
	if (bytes.length === 0) throw new ImportFileError('empty_file');
	const grid = extension === 'xlsx' ? await readFirstSheet(bytes) : parseCsv(decodeText(bytes));
	return toTable(grid);
}

/** `grid[i]` is file row i + 1. */
function toTable(grid: string[][]): Table {
	const filled = grid
		.map((cells, index) => ({ cells: withoutTrailingEmpty(cells), row: index + 1 }))
		.filter(({ cells }) => cells.length > 0);
	const rows = filled.slice(headerIndex(filled.map(({ cells }) => cells)));
	if (rows.length < 2) throw new ImportFileError('empty_file');
	const width = Math.max(...rows.map(({ cells }) => cells.length));
	const [header, ...data] = rows.map(({ cells, row }) => ({ cells: padTo(cells, width), row }));
	return {
		headers: header.cells,
		rows: data.map(({ cells }) => cells),
		rowNumbers: data.map(({ row }) => row)
	};
}

/**
 * Office lists open with a title in one merged cell ("DANH SÁCH ĐẠI BIỂU…"); the header
 * is the first row with two or more filled cells. A one-column list has none such.
 */
function headerIndex(rows: string[][]): number {
	const index = rows.findIndex((cells) => cells.filter(Boolean).length >= 2);
	return index === -1 ? 0 : index;
}

function withoutTrailingEmpty(cells: string[]): string[] {
	let end = cells.length;
	while (end > 0 && cells[end - 1] === '') end--;
	return cells.slice(0, end);
}

function padTo(cells: string[], width: number): string[] {
	return [...cells, ...Array<string>(width - cells.length).fill('')];
}

/** Files mix NFC and NFD (macOS, some Vietnamese keyboards); the rest of the app expects NFC. */
function cleanText(text: string): string {
	return text.normalize('NFC').trim();
}

// --- .xlsx

async function readFirstSheet(bytes: Uint8Array): Promise<string[][]> {
	try {
		const rows = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
		return rows.map((cells) => cells.map(cellText));
	} catch (error) {
		const legacyXls = (error as { code?: unknown }).code === 'XLS_FILE_NOT_SUPPORTED';
		throw new ImportFileError(legacyXls ? 'unsupported_file' : 'unreadable_file', { cause: error });
	}
}

/** read-excel-file already gives cached formula results, joined rich text and UTC dates. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return cleanText(value);
	if (typeof value === 'number') return numberText(value);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	// Excel dates carry no time zone; the library maps them to UTC midnight, so read UTC.
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	return cleanText(String(value));
}

/**
 * Plain digits as Excel shows them: 912345678 not 9.12345678e8, 0.3 not
 * 0.30000000000000004 (Excel keeps 15 significant digits; the rest is float noise).
 */
function numberText(value: number): string {
	if (!Number.isFinite(value)) return '';
	const rounded = Number(value.toPrecision(15));
	if (rounded === 0) return '0';
	return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

// --- CSV

function decodeText(bytes: Uint8Array): string {
	// Excel's "Unicode Text" export is UTF-16 LE with a BOM.
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a UTF-8 BOM
	} catch (error) {
		throw new ImportFileError('not_utf8', { cause: error });
	}
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Excel writes ';' where the decimal separator is ',' (Vietnamese Windows); tabs come from
 * pasting. Counted on the header: the first line with text and a delimiter, so neither a
 * blank line of bare delimiters nor a title line above the header decides.
 */
function detectDelimiter(text: string): string {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	const total = () => [...counts.values()].reduce((sum, n) => sum + n, 0);
	let quoted = false;
	let seenText = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) {
			if (seenText && total() > 0) break;
			for (const d of DELIMITERS) counts.set(d, 0);
			seenText = false;
		} else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
		else if (char.trim() !== '') seenText = true;
	}
	return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

/** RFC 4180, leniently: a quote inside an unquoted field is kept as text. */
function parseCsv(text: string): string[][] {
	const delimiter = detectDelimiter(text);
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	let fieldWasQuoted = false;
	const endField = () => {
		record.push(field);
		field = '';
		fieldWasQuoted = false;
	};
	const endRecord = () => {
		endField();
		records.push(record);
		record = [];
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char !== '"') field += char;
			else if (text[i + 1] === '"') field += text[++i];
			else quoted = false;
		} else if (char === '"' && !fieldWasQuoted && field.trim() === '') {
			quoted = fieldWasQuoted = true;
			field = '';
		} else if (char === delimiter) endField();
		else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			endRecord();
		} else field += char;
	}
	// An unclosed quote would silently swallow the rest of the file into one cell.
	if (quoted) throw new ImportFileError('unreadable_file');
	if (field !== '' || record.length > 0) endRecord();
	return records.map((cells) => cells.map(csvCellText));
}

/** Undoes the apostrophe `writeCsv` puts before formula-like text such as '- Đề nghị…'. */
function csvCellText(cell: string): string {
	const text = cleanText(cell);
	return /^'\s*[=+\-@]/.test(text) ? text.slice(1).trim() : text;
}
