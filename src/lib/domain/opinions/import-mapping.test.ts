import { describe, expect, it } from 'vitest';
import { guessMapping } from '../import/map-rows';
import type { Table } from '../import/table-types';
import type { Agency } from '../types';
import { OPINION_COLUMNS, mapOpinionRows } from './import-mapping';

const agencies: Agency[] = [
	{ id: 'a-land', name: 'Phòng Tài nguyên và Môi trường', shortName: 'Phòng TN&MT', head: '' },
	{ id: 'a-police', name: 'Công an phường', shortName: 'CA', head: '' }
];

const table: Table = {
	headers: ['STT', 'Người kiến nghị', 'Thôn / Tổ dân phố', 'Nguồn', 'Lĩnh vực', 'Nội dung kiến nghị', 'Cơ quan chuẩn bị trả lời', 'Hướng xử lý', 'Nội dung trả lời'],
	rows: [
		['1', 'Ông Nguyễn Văn An', 'Tổ dân phố 3', 'Phiếu lấy ý kiến', 'Đất đai', 'Đề nghị cấp giấy chứng nhận', 'phong tn&mt', 'Trả lời tại hội nghị', 'Đã rà soát'],
		['2', 'Chi hội Phụ nữ tổ 5', '', 'mttq', 'An ninh trật tự', 'Đề nghị lắp camera', 'Công an phường', 'Kiểm tra, trả lời sau', ''],
		['3', 'Bà Trần Thị Bình', '', '', '', 'Đề nghị sửa đường', '', '', ''],
		['4', '', '', 'Zalo', '', 'Xin hỗ trợ', 'Sở Xây dựng', 'Để sau', '']
	],
	rowNumbers: [3, 4, 5, 6]
};

describe('mapOpinionRows', () => {
	const mapping = guessMapping(table.headers, OPINION_COLUMNS);

	it('finds the columns of a typical summary sheet', () => {
		expect(mapping).toEqual({ raisedBy: 1, unit: 2, source: 3, field: 4, content: 5, agencyId: 6, preparedAnswer: 8, plannedHandling: 7 });
	});

	it('reads sources, handlings and agencies (by name or short name) in people’s words', () => {
		const { records } = mapOpinionRows(table, mapping, agencies);
		expect(records.map((r) => [r.row, r.value.source, r.value.agencyId, r.value.plannedHandling])).toEqual([
			[3, 'survey', 'a-land', 'answer_at_meeting'],
			[4, 'front', 'a-police', 'answer_later'],
			[5, 'survey', null, 'answer_at_meeting']
		]);
		expect(records[0].value).toMatchObject({ raisedBy: 'Ông Nguyễn Văn An', raisedByKind: 'person', preparedAnswer: 'Đã rà soát' });
	});

	it('reports every problem of a bad row with the accepted words', () => {
		const { problems } = mapOpinionRows(table, mapping, agencies);
		expect(problems.map((p) => p.message)).toEqual([
			'Dòng 6: Người kiến nghị: bắt buộc',
			'Dòng 6: Nguồn: phải là một trong: Phiếu lấy ý kiến, MTTQ, Thư, E-mail, Khác',
			'Dòng 6: Cơ quan chuẩn bị trả lời: không có cơ quan “Sở Xây dựng” trong danh sách cơ quan',
			'Dòng 6: Hướng xử lý: phải là một trong: Trả lời tại hội nghị, Kiểm tra, trả lời sau, Báo cáo cấp trên'
		]);
	});
});
