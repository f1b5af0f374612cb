import { describe, expect, it } from 'vitest';
import { emptyMeeting, governmentMeeting, partyMeeting } from './fixtures';
import type { DocumentModel, Paragraph, Table } from './model';
import { opinionStatistics } from './statistics';
import { buildThongBaoKetLuan } from './thong-bao-ket-luan';

const paragraphs = (m: DocumentModel): Paragraph[] =>
	m.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)) : []));
const texts = (m: DocumentModel) => paragraphs(m).map((p) => p.runs.map((r) => r.text).join(''));
const section = (lines: string[], from: string, to: string) => lines.slice(lines.indexOf(from) + 1, lines.indexOf(to));

describe('[D7] thông báo kết luận builder', () => {
	it('draft with its due date, header with the place line, subject naming the chair, opening paragraph with counts', () => {
		const model = buildThongBaoKetLuan(governmentMeeting());
		const lines = texts(model);
		expect(model.draft).toBe(true);
		expect(lines[0]).toBe('DỰ THẢO');
		expect(lines[1]).toBe('Dự thảo — ban hành chậm nhất ngày 28/11/2025 (10 ngày làm việc sau hội nghị).');
		expect(lines).toContain('Phường Bạch Đằng, ngày     tháng     năm 2025');
		expect(lines).toContain('Số:       /TB-UBND');
		expect(lines).toContain(
			'Kết luận của đồng chí Nguyễn Thị Hoa, Chủ tịch UBND phường tại hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025'
		);
		const opening = paragraphs(model).find((p) => p.testId === 'notice-opening')!.runs[0].text;
		expect(opening).toContain('Vào 14 giờ 00 phút, ngày 14 tháng 11 năm 2025, tại Hội trường Ủy ban nhân dân phường, Ủy ban nhân dân phường Bạch Đằng tổ chức');
		expect(opening).toContain('Đồng chí Nguyễn Thị Hoa, Chủ tịch UBND phường chủ trì hội nghị; đồng chủ trì: đồng chí Lê Văn Bình');
		expect(opening).toContain('Dự hội nghị có 97 đại biểu (Đại biểu khách mời 5, Nhân dân 92)');
		expect(opening).toContain('có 9 ý kiến của 9 người được nêu, trong đó có 2 ý kiến bằng văn bản hoặc thu thập trước hội nghị');
		expect(model.fileName).toBe('Thong-bao-ket-luan-hoi-nghi-doi-thoai-2025-11-14.docx');
	});

	it('conclusions grouped by field', () => {
		const lines = texts(buildThongBaoKetLuan(governmentMeeting()));
		expect(section(lines, 'II. KẾT LUẬN THEO TỪNG LĨNH VỰC', 'III. GIAO NHIỆM VỤ')).toEqual([
			'1. Đất đai',
			'Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ 5.',
			'2. Môi trường',
			'Nạo vét cống thoát nước trước mùa mưa.'
		]);
	});

	it('assignments per agency: one leading two and co-operating on a third, with names, units and dates', () => {
		const lines = texts(buildThongBaoKetLuan(governmentMeeting()));
		expect(section(lines, 'III. GIAO NHIỆM VỤ', 'IV. CÁC NỘI DUNG BÁO CÁO CẤP TRÊN')).toEqual([
			'1. Phòng Kinh tế',
			'1) Ý kiến của bà Lê Thị <b>Bích</b>, Tổ 7: Cống thoát nước ngập khi mưa lớn.',
			'Giao Phòng Kinh tế chủ trì, phối hợp Ban Quản lý dự án kiểm tra, xem xét, giải quyết; trả lời bằng văn bản cho công dân trước ngày 12/12/2025.',
			'2) Ý kiến của ông Trần Văn Cường, Tổ 2: Đường tổ 2 xuống cấp.',
			'Giao Phòng Kinh tế chủ trì kiểm tra, xem xét, giải quyết; trả lời bằng văn bản cho công dân trước ngày 15/12/2025.',
			'Phối hợp với Phòng Văn hóa - Xã hội giải quyết ý kiến của ông Hoàng Văn Dũng, Tổ 9 (mục 3).',
			'2. Ban Quản lý dự án',
			'Phối hợp với Phòng Kinh tế giải quyết ý kiến của bà Lê Thị <b>Bích</b>, Tổ 7 (mục 1).',
			'3. Phòng Văn hóa - Xã hội',
			'3) Ý kiến của ông Hoàng Văn Dũng, Tổ 9: Chế độ cho người có công chậm.',
			'Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp Phòng Kinh tế kiểm tra, xem xét, giải quyết; trả lời bằng văn bản cho công dân trước ngày 12/12/2025.'
		]);
	});

	it('reported upward, taken on, out of scope; recipients from agencies, Front, Party Building Board, petitioners', () => {
		const lines = texts(buildThongBaoKetLuan(governmentMeeting()));
		expect(section(lines, 'IV. CÁC NỘI DUNG BÁO CÁO CẤP TRÊN', 'V. CÁC Ý KIẾN TIẾP THU')[0]).toBe('1. Ý kiến của bà Vũ Thị Em, Tổ 5: Đề nghị mở rộng quốc lộ 18.');
		expect(section(lines, 'V. CÁC Ý KIẾN TIẾP THU', 'VI. CÁC Ý KIẾN KHÔNG THUỘC PHẠM VI ĐỐI THOẠI')).toEqual([
			'1. Ý kiến của ông Đặng Văn Phúc, Tổ 5: Trạm y tế nên mở cửa thứ Bảy.',
			'2. Ý kiến của Tổ dân phố 3: Thu gom rác muộn.'
		]);
		expect(section(lines, 'VI. CÁC Ý KIẾN KHÔNG THUỘC PHẠM VI ĐỐI THOẠI', 'VII. THỐNG KÊ Ý KIẾN')[0]).toBe('1. Ý kiến của ông Bùi Văn Giang, Tổ 5: Khiếu nại quyết định thu hồi đất năm 2019.');
		expect(lines.slice(lines.indexOf('Nơi nhận:'), lines.indexOf('Nơi nhận:') + 9)).toEqual([
			'Nơi nhận:',
			'- Phòng Kinh tế;',
			'- Ban Quản lý dự án;',
			'- Phòng Văn hóa - Xã hội;',
			'- Ủy ban MTTQ Việt Nam phường Bạch Đằng;',
			'- Ban Xây dựng Đảng;',
			'- Các công dân có ý kiến;',
			'- Thường trực HĐND phường;',
			'- Lưu: VT.'
		]);
		expect(lines.slice(-3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Thị Hoa']);
	});

	it('Party host: Party header, "Số 36-TB/ĐU", T/M signer', () => {
		const model = buildThongBaoKetLuan(partyMeeting());
		const lines = texts(model);
		expect(lines).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(lines).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(lines).toContain('Số 36-TB/ĐU');
		expect(lines.slice(-3)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lê Văn Bình']);
	});

	it('a complex content across Tết: 15 working days', () => {
		const m = { ...governmentMeeting(), date: '2026-02-06', complex: true };
		expect(texts(buildThongBaoKetLuan(m))[1]).toBe('Dự thảo — ban hành chậm nhất ngày 06/03/2026 (15 ngày làm việc sau hội nghị).');
	});

	it('no opinions: every section says "Không có.", no petitioners among the recipients', () => {
		const lines = texts(buildThongBaoKetLuan(emptyMeeting()));
		expect(section(lines, 'III. GIAO NHIỆM VỤ', 'IV. CÁC NỘI DUNG BÁO CÁO CẤP TRÊN')).toEqual(['Không có.']);
		expect(lines).not.toContain('- Các công dân có ý kiến;');
	});
});

describe('[D8] statistics by field and outcome', () => {
	it('counts every opinion once; usual fields first; untagged get their own column', () => {
		const stats = opinionStatistics(governmentMeeting().opinions);
		expect(stats.total).toBe(9);
		expect(stats.fields).toEqual(['Đất đai', 'Giao thông', 'Môi trường', 'An sinh xã hội, chính sách', 'Y tế', 'Giáo dục', '']);
		expect(stats.counts['Giao thông']).toMatchObject({ assigned: 1, reported_upward: 1 });
		expect(stats.counts['Môi trường']).toMatchObject({ assigned: 1, accepted: 1 });
		expect(stats.byOutcome).toEqual({ answered: 1, assigned: 3, reported_upward: 1, accepted: 2, out_of_scope: 1, none: 1 });
		expect(stats.outcomes).toContain('none');
		const table = buildThongBaoKetLuan(governmentMeeting()).blocks.find((b): b is Table => b.kind === 'table' && b.testId === 'doc-statistics')!;
		expect(table.rows.at(-1)!.at(-1)!.paragraphs[0].runs[0].text).toBe('9');
	});

	it('a plan without the issuing body leaves a dotted blank in the sentences, not a gap', () => {
		const lines = texts(buildThongBaoKetLuan({ ...governmentMeeting(), issuingBody: '' }));
		const opening = lines.find((l) => l.startsWith('Vào '))!;
		expect(opening).toContain('Ủy ban nhân dân phường, …………… tổ chức');
		expect(lines).toContain('…………… thông báo để các cơ quan, đơn vị và cá nhân liên quan biết, thực hiện./.');
	});
});
