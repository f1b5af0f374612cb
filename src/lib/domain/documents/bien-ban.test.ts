import { describe, expect, it } from 'vitest';
import { buildBienBan } from './bien-ban';
import { emptyMeeting, governmentMeeting, partyMeeting } from './fixtures';
import { plainText, type DocumentModel, type Paragraph, type Table } from './model';

const paragraphs = (m: DocumentModel): Paragraph[] =>
	m.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flatMap((r) => r.flatMap((c) => c.paragraphs)) : []));
const texts = (m: DocumentModel) => paragraphs(m).map((p) => p.runs.map((r) => r.text).join(''));

describe('[D6] biên bản builder', () => {
	it('form 1.9: number without a date line, title, start, place, attendance, chairs, secretary, end, THƯ KÝ left and CHỦ TỌA right', () => {
		const model = buildBienBan(governmentMeeting());
		const lines = texts(model);
		const header = model.blocks.find((b): b is Table => b.kind === 'table')!;
		expect(header.rows[1][0].paragraphs[0].runs[0].text).toBe('Số: 05/BB-UBND');
		expect(header.rows[1][1].paragraphs).toEqual([]);
		expect(lines).toContain('BIÊN BẢN');
		expect(lines).toContain('Thời gian bắt đầu: 14 giờ 00 phút, ngày 14 tháng 11 năm 2025.');
		expect(lines).toContain('- Đồng chí Trần Văn Hùng, Phó Trưởng Ban Dân vận Thành ủy;');
		expect(lines).toContain('- Nhân dân: 92/120 người có mặt;');
		expect(lines).toContain('Tổng số có mặt: 97/126 người được mời.');
		// One word for the person presiding in the minutes, "chủ tọa" (form 1.9, DOMAIN.md): the text and the signature agree.
		expect(lines).toContain('Chủ tọa: đồng chí Nguyễn Thị Hoa, Chủ tịch UBND phường.');
		expect(lines).toContain('Đồng chủ tọa: đồng chí Lê Văn Bình, Bí thư Đảng ủy phường.');
		expect(lines.some((l) => /chủ trì:/i.test(l))).toBe(false);
		expect(lines).toContain('14 giờ 10 phút: Báo cáo tình hình kinh tế - xã hội năm 2025 (đồng chí Nguyễn Thị Hoa).');
		expect(lines).toContain('Báo cáo tình hình kinh tế - xã hội năm 2025: Tăng trưởng đạt 8,2%; thu ngân sách vượt 12% dự toán.');
		expect(lines).toContain('Hội nghị kết thúc vào hồi 16 giờ 35 phút cùng ngày.');
		const closing = model.blocks.filter((b): b is Table => b.kind === 'table').at(-1)!;
		expect(closing.rows[0].map((c) => c.paragraphs.map((p) => p.runs[0].text))).toEqual([
			['THƯ KÝ', 'Phạm Thu Trang'],
			['CHỦ TỌA', 'Nguyễn Thị Hoa']
		]);
		// The bodies the plan names, the agencies assigned, then the office's own lines.
		expect(lines.slice(lines.indexOf('Nơi nhận:'))).toEqual([
			'Nơi nhận:',
			'- Lãnh đạo HĐND, UBND phường Bạch Đằng;',
			'- Ủy ban MTTQ Việt Nam phường Bạch Đằng;',
			'- Phòng Kinh tế;',
			'- Ban Quản lý dự án;',
			'- Phòng Văn hóa - Xã hội;',
			'- Thường trực Đảng ủy phường;',
			'- Lưu: VT, Hồ sơ.'
		]);
		expect(model.draft).toBe(false);
		expect(model.fileName).toBe('Bien-ban-hoi-nghi-doi-thoai-2025-11-14.docx');
	});

	it('every opinion in order with each answer and its outcome; two answers kept in order', () => {
		const lines = texts(buildBienBan(governmentMeeting()));
		const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
		expect(at('1. Ông Nguyễn Văn An, Tổ 5: Đề nghị làm rõ')).toBeGreaterThan(0);
		expect(at('Đồng chí Đỗ Minh Tuấn, Trưởng phòng Kinh tế trả lời: Phường đã hoàn thiện hồ sơ.')).toBe(at('1. Ông Nguyễn Văn An') + 1);
		expect(at('Đồng chí Nguyễn Thị Hoa, Chủ tịch UBND phường trả lời: Bổ sung')).toBe(at('1. Ông Nguyễn Văn An') + 2);
		expect(lines).toContain('Kết quả: Trả lời tại hội nghị.');
		expect(lines).toContain(
			'Kết quả: Giao Phòng Kinh tế chủ trì, phối hợp Ban Quản lý dự án kiểm tra, xem xét, giải quyết; trả lời bằng văn bản cho công dân trước ngày 12/12/2025.'
		);
		expect(lines).toContain('Kết quả: Ghi nhận, báo cáo cấp tỉnh, thành phố trực thuộc trung ương xem xét, giải quyết.');
		expect(lines).toContain('Kết quả: Tiếp thu.');
		expect(lines.some((l) => l.startsWith('Kết quả: Nội dung khiếu nại, tố cáo không thuộc phạm vi đối thoại'))).toBe(true);
		// Written and collected opinions come after the spoken ones, numbered on.
		expect(at('8. Tổ dân phố 3: Thu gom rác muộn.')).toBeGreaterThan(at('4. Ý kiến gửi bằng văn bản'));
		expect(at('9. Bà Ngô Thị Hạnh, Tổ 5: Thiếu phòng học')).toBeGreaterThan(at('8. '));
	});

	it('the parts of the proceedings are numbered once, in order (seen in LibreOffice as "5. 5. Kết luận")', () => {
		const model = buildBienBan(governmentMeeting());
		const subheadings = model.blocks.flatMap((b) => (b.kind === 'paragraph' && b.role === 'subheading' ? [b.runs.map((r) => r.text).join('')] : []));
		expect(subheadings.map((s) => s.match(/^\d+\. /)?.[0])).toEqual(subheadings.map((_, i) => `${i + 1}. `));
		expect(subheadings.filter((s) => /^\d+\. \d+\./.test(s))).toEqual([]);
		expect(subheadings).toContain('5. Kết luận của chủ tọa');
	});

	it('user text is kept as typed, NFC-normalised', () => {
		const m = governmentMeeting();
		m.opinions = [{ ...m.opinions[0], petitioner: { ...m.opinions[0].petitioner, name: 'Nguyễn Văn An'.normalize('NFD') }, content: '<script>x</script> & "y"' }];
		const text = plainText(buildBienBan(m));
		expect(text).toContain('1. Ông Nguyễn Văn An, Tổ 5: <script>x</script> & "y"');
		expect(text.normalize('NFC')).toBe(text);
	});

	it('Party host: "ĐẢNG CỘNG SẢN VIỆT NAM", an asterisk, "Số 05-BB/ĐU"', () => {
		const model = buildBienBan(partyMeeting());
		const header = model.blocks.find((b): b is Table => b.kind === 'table')!;
		const cellText = (r: number, c: number) => header.rows[r][c].paragraphs.map((p) => p.runs[0]?.text);
		expect(model.layout).toBe('party');
		expect(cellText(0, 0)).toEqual(['ĐẢNG BỘ THÀNH PHỐ HẠ LONG', 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG', '*']);
		expect(cellText(0, 1)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
		expect(cellText(1, 0)).toEqual(['Số 05-BB/ĐU']);
		// HD 36: a Party document carries its place and date line (the meeting day).
		expect(cellText(1, 1)).toEqual(['Phường Bạch Đằng, ngày 14 tháng 11 năm 2025']);
	});

	it('no opinions, not ended: marked DỰ THẢO, says so, end time left blank, a zero statistics row', () => {
		const model = buildBienBan(emptyMeeting());
		const lines = texts(model);
		expect(model.draft).toBe(true);
		expect(lines[0]).toBe('DỰ THẢO');
		expect(lines).toContain('Không có ý kiến phát biểu.');
		expect(lines).toContain('(Chưa ghi kết luận.)');
		expect(lines).toContain('Hội nghị kết thúc vào hồi … giờ … phút cùng ngày.');
		expect(model.blocks.some((b) => b.kind === 'chart')).toBe(false);
	});
});
