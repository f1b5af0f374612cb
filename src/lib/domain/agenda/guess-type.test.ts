import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { agendaFromForm } from '../../server/forms';
import { guessAgendaType, usualProgramme } from './usual-programme';

describe('[P11] a programme line typed at creation gets its type from its title', () => {
	it('the usual steps keep their own type, in either language', () => {
		for (const lang of ['vi', 'en'] as const) {
			for (const item of usualProgramme({ chairs: [] }, (key) => translate(lang, key))) expect(guessAgendaType(item.title)).toBe(item.type);
		}
	});

	it('a hand-typed line is typed from its words, tones and case ignored', () => {
		const lines: [string, string][] = [
			['Khai mạc hội nghị', 'procedural'],
			['Tuyên bố lý do, giới thiệu đại biểu', 'procedural'],
			['Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm', 'report'],
			['Báo cáo trả lời ý kiến cử tri', 'answers'],
			['Lãnh đạo UBND giải trình', 'answers'],
			['ĐỐI THOẠI VỚI NHÂN DÂN', 'dialogue'],
			['Đối thoại, trả lời trực tiếp ý kiến của Nhân dân', 'dialogue'],
			['Ý kiến phát biểu của đại biểu', 'dialogue'],
			['Kết luận', 'conclusion'],
			['Bế mạc', 'conclusion'],
			['Văn nghệ chào mừng', 'procedural']
		];
		expect(lines.map(([title]) => [title, guessAgendaType(title)])).toEqual(lines);
	});

	it('the creation form sends each line with its guessed type', () => {
		const form = new FormData();
		form.set('agenda', 'Khai mạc\nBáo cáo tình hình\n\nĐối thoại\nTrả lời ý kiến\nKết luận');
		expect(agendaFromForm(form).map((item) => item.type)).toEqual(['procedural', 'report', 'dialogue', 'answers', 'conclusion']);
	});
});
