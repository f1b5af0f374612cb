import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ReportTable } from '$lib/domain/reports/tables';
import { reportCsv, reportXlsx } from './export';

const tables: ReportTable[] = [
	{ id: 'fields', form: 'mau1', title: 'II. Ý kiến theo lĩnh vực', headers: ['TT', 'Lĩnh vực', 'Tổng'], rows: [[1, 'Giao thông', 3], [2, 'Đất đai', 2]], total: ['', 'Tổng cộng', 5] },
	{ id: 'meetings', form: 'mau2', title: 'Danh sách', headers: ['TT', 'Hội nghị'], rows: [[1, '=HYPERLINK("x")']], total: null }
];
const heading = ['BÁO CÁO — QUÝ III NĂM 2026', 'Từ ngày 01/07/2026 đến ngày 30/09/2026'];

describe('report exports', () => {
	it('[Y5] the .xlsx holds mẫu 1 and mẫu 2 on two sheets, counts as numbers; the CSV has a BOM and the same rows', async () => {
		const bytes = await reportXlsx(heading, tables, 'vi');
		const form1 = await readSheet(Buffer.from(bytes), 'Mẫu 1 - Tổng hợp');
		expect(form1[0][0]).toBe('BÁO CÁO — QUÝ III NĂM 2026');
		const row = form1.find((r) => r[1] === 'Giao thông')!;
		expect(row).toEqual([1, 'Giao thông', 3]);
		expect(form1.find((r) => r[1] === 'Tổng cộng')).toEqual([null, 'Tổng cộng', 5]);
		const form2 = await readSheet(Buffer.from(bytes), 'Mẫu 2 - Danh sách');
		expect(form2.some((r) => r[0] === 'Danh sách')).toBe(true);

		const csv = reportCsv(heading, tables);
		expect(csv.startsWith('\uFEFFBÁO CÁO — QUÝ III NĂM 2026\r\n')).toBe(true);
		expect(csv).toContain('1,Giao thông,3\r\n');
		expect(csv).toContain(',Tổng cộng,5\r\n');
		// A citizen's text that looks like a formula stays text.
		expect(csv).toContain(`1,"'=HYPERLINK(""x"")"`);
	});
});
