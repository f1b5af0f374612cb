import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { agendaItemsPayload } from '../plan/commands';
import { usualProgramme } from './usual-programme';

const vi = (key: Parameters<typeof translate>[1]) => translate('vi', key);

describe('[P6] usualProgramme (DOMAIN.md: the typical order)', () => {
	it('follows the typical order: procedure, opening, reports, dialogue, conclusion', () => {
		const items = usualProgramme({ chairs: [] }, vi);
		expect(items.map((i) => i.type)).toEqual(['procedural', 'procedural', 'report', 'answers', 'dialogue', 'dialogue', 'conclusion']);
		expect(items[4].title).toMatch(/Đối thoại/);
		expect(items.at(-1)!.title).toMatch(/Kết luận/);
		expect(items.every((i) => i.presenter === '')).toBe(true);
	});

	it('names the chair and the deputy as presenters when the plan has them', () => {
		const items = usualProgramme(
			{
				chairs: [
					{ id: 'c1', name: 'Nguyễn Văn Hùng', title: 'Bí thư Đảng ủy phường', position: 'chair' },
					{ id: 'c2', name: 'Trần Thị Mai', title: 'Phó Chủ tịch UBND phường', position: 'deputy' }
				]
			},
			vi
		);
		expect(items[1].presenter).toBe('Nguyễn Văn Hùng, Bí thư Đảng ủy phường');
		expect(items[2].presenter).toBe('Trần Thị Mai, Phó Chủ tịch UBND phường');
		expect(items.at(-1)!.presenter).toBe('Nguyễn Văn Hùng, Bí thư Đảng ủy phường');
	});

	it('is a valid agenda.setItems payload in both languages', () => {
		expect(agendaItemsPayload.safeParse({ items: usualProgramme({ chairs: [] }, vi) }).success).toBe(true);
		expect(agendaItemsPayload.safeParse({ items: usualProgramme({ chairs: [] }, (k) => translate('en', k)) }).success).toBe(true);
	});
});
