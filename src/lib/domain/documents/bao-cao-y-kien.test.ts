import { describe, expect, it } from 'vitest';
import { createdMeeting } from '../testing';
import { buildOpinionsReport } from './bao-cao-y-kien';
import { plainText } from './model';

describe('[D10] the collected-opinions report on the document model', () => {
	it('counts, sections by handling, the prepared answers, the Party header when the Party hosts', () => {
		const m = createdMeeting();
		m.collectedOpinions = [
			{ id: 'c1', raisedBy: 'Ông Trịnh Văn <i>Long</i>', raisedByKind: 'person', unit: 'Tổ 3', source: 'survey', field: 'Giao thông', content: 'Ngõ ngập.', agencyId: null, preparedAnswer: 'Đã lên kế hoạch.', plannedHandling: 'answer_later' }
		];
		const text = plainText(buildOpinionsReport(m));
		expect(text).toContain('BÁO CÁO');
		expect(text).toContain('Tổng hợp ý kiến, kiến nghị của Nhân dân và nội dung chuẩn bị trả lời');
		expect(text).toContain(`đã thu thập được ${m.collectedOpinions.length} ý kiến`);
		expect(text).toContain(m.plan.host === 'government' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(text).toContain('- Lưu: VT, Hồ sơ hội nghị.');
		expect(text).toContain('1. Ông Trịnh Văn <i>Long</i>, Tổ 3 (nguồn: ');
		expect(text).toContain('Nội dung trả lời: Đã lên kế hoạch.');
		expect(text).toContain('Những ý kiến cần kiểm tra, làm rõ, trả lời sau (1 ý kiến)');
	});
});
