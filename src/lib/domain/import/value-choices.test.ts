import { describe, expect, it } from 'vitest';
import { choice, idByName, readChoice } from './value-choices';

const words = { answer_at_meeting: ['Trả lời tại hội nghị'], answer_later: ['Kiểm tra, trả lời sau', 'Trả lời sau'] };

describe('readChoice', () => {
	it('reads people’s words without tones, case or punctuation, and our own codes', () => {
		expect(readChoice('tra loi tai hoi nghi', words)).toBe('answer_at_meeting');
		expect(readChoice('KIỂM TRA - TRẢ LỜI SAU.', words)).toBe('answer_later');
		expect(readChoice('Trả lời sau'.normalize('NFD'), words)).toBe('answer_later');
		expect(readChoice('answer_later', words)).toBe('answer_later');
		expect(readChoice('Để sau', words)).toBe('Để sau');
	});
});

describe('choice', () => {
	it('accepts the codes only and names the usual words when refusing', () => {
		expect(choice(words).parse('answer_later')).toBe('answer_later');
		const refused = choice(words).safeParse('Để sau');
		expect(refused.success).toBe(false);
		expect(refused.error?.issues[0].message).toBe('phải là một trong: Trả lời tại hội nghị, Kiểm tra, trả lời sau');
	});
});

describe('idByName', () => {
	it('finds an entity by any of its names, and nothing for an empty cell', () => {
		const agencies = [{ id: 'a1', aliases: ['Phòng Tài nguyên và Môi trường', 'Phòng TN&MT'] }];
		expect(idByName(agencies, 'phong tn & mt')).toBe('a1');
		expect(idByName(agencies, 'PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG')).toBe('a1');
		expect(idByName(agencies, '')).toBeNull();
		expect(idByName(agencies, 'Công an')).toBeNull();
	});
});
