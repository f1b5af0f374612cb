import writeXlsxFile from 'write-excel-file/node';
import type { ReportCell, ReportTable } from '$lib/domain/reports/tables';
import type { Lang } from '$lib/i18n/catalog';
import { translate } from '$lib/i18n/translate';
import { writeCsv } from '../import/export';

type Cell = { value: string | number; type: StringConstructor | NumberConstructor; fontWeight?: 'bold'; wrap?: boolean } | null;

const cell = (value: ReportCell, bold = false): Cell =>
	value === '' ? null : { value, type: typeof value === 'number' ? Number : String, ...(bold ? { fontWeight: 'bold' as const } : {}) };

/** Each table under its heading, a blank row between them (numbers stay numbers: Excel can add them). */
function sheetRows(heading: string[], tables: ReportTable[]): Cell[][] {
	const rows: Cell[][] = heading.map((line, i) => [cell(line, i === 0)]);
	for (const table of tables) {
		rows.push([], [cell(table.title, true)], table.headers.map((h) => cell(h, true)), ...table.rows.map((r) => r.map((v) => cell(v))));
		if (table.total) rows.push(table.total.map((v) => cell(v, true)));
	}
	return rows;
}

function widths(tables: ReportTable[]): { width: number }[] {
	const count = Math.max(...tables.map((t) => t.headers.length));
	return Array.from({ length: count }, (_, c) => ({ width: c === 0 ? 6 : Math.min(45, Math.max(12, ...tables.flatMap((t) => t.rows.map((r) => String(r[c] ?? '').length + 2)))) }));
}

/** Mẫu 1 (tables I–III) and mẫu 2 (the list of dialogues) on two sheets. */
export async function reportXlsx(heading: string[], tables: ReportTable[], lang: Lang): Promise<Uint8Array> {
	const form1 = tables.filter((t) => t.form === 'mau1');
	const form2 = tables.filter((t) => t.form === 'mau2');
	const buffer = await writeXlsxFile([
		{ data: sheetRows(heading, form1), sheet: translate(lang, 'reports.sheet.mau1'), columns: widths(form1) },
		{ data: sheetRows(heading, form2), sheet: translate(lang, 'reports.sheet.mau2'), columns: widths(form2) }
	] as never).toBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** One CSV (UTF-8 with BOM, so Excel reads Vietnamese): the heading, then every table under its title. */
export function reportCsv(heading: string[], tables: ReportTable[]): string {
	const rows: string[][] = heading.slice(1).map((line) => [line]);
	for (const table of tables) {
		rows.push([], [table.title], table.headers, ...table.rows.map((r) => r.map(String)));
		if (table.total) rows.push(table.total.map(String));
	}
	return writeCsv([heading[0]], rows);
}
