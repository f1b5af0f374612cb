import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { agendaItemsPayload } from '../plan/commands';
import { command, createdMeeting, run } from '../testing';
import type { Chair } from '../types';
import { usualPresentersFilled, usualProgramme } from './usual-programme';

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

	it('gives the opening and conclusion to the Party secretary, the report and answers to the People\'s Committee chairman, whatever their order', () => {
		const chairs: Chair[] = [
			{ id: 'c1', name: 'Trần Văn Minh', title: 'Phó Bí thư Đảng ủy, Chủ tịch UBND phường', position: 'chair' },
			{ id: 'c2', name: 'Lê Thị Hà', title: 'Bí thư Đảng ủy, Chủ tịch HĐND phường', position: 'chair' },
			{ id: 'c3', name: 'Phạm Quốc Việt', title: 'Phó Bí thư Thường trực Đảng ủy', position: 'deputy' }
		];
		const byTitle = Object.fromEntries(usualProgramme({ chairs }, vi).map((i) => [i.title, i.presenter]));
		const secretary = 'Lê Thị Hà, Bí thư Đảng ủy, Chủ tịch HĐND phường';
		const chairman = 'Trần Văn Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường';
		expect(byTitle[vi('programme.usual.opening')]).toBe(secretary);
		expect(byTitle[vi('programme.usual.report')]).toBe(chairman);
		expect(byTitle[vi('programme.usual.answers')]).toBe(chairman);
		expect(byTitle[vi('programme.usual.issueConclusions')]).toBe(secretary);
		expect(byTitle[vi('programme.usual.conclusion')]).toBe(secretary);
		expect(byTitle[vi('programme.usual.procedural')]).toBe('');
		expect(byTitle[vi('programme.usual.dialogue')]).toBe('');
	});

	it('is a valid agenda.setItems payload in both languages', () => {
		expect(agendaItemsPayload.safeParse({ items: usualProgramme({ chairs: [] }, vi) }).success).toBe(true);
		expect(agendaItemsPayload.safeParse({ items: usualProgramme({ chairs: [] }, (k) => translate('en', k)) }).success).toBe(true);
	});
});

describe('[P10] presenters filled when the chairs are saved after the usual programme', () => {
	const chairs = [
		{ name: 'Lê Thị Hà', title: 'Bí thư Đảng ủy phường', position: 'chair' },
		{ name: 'Trần Văn Minh', title: 'Chủ tịch UBND phường', position: 'chair' }
	];

	it('fills the blank presenters of the usual steps and keeps the ones typed and the other items', () => {
		const usual = usualProgramme({ chairs: [] }, vi);
		usual[6].presenter = 'Ban Thường trực';
		const items = [...usual, { title: 'Văn nghệ chào mừng', presenter: '', plannedMinutes: 5, type: 'procedural' as const }];
		let state = run(createdMeeting(), command('agenda.setItems', { items }), 'admin').state!;
		const ids = state.agenda.map((i) => i.id);
		const saved = run(state, command('plan.update', { chairs }), 'admin');
		expect(saved.error).toBeNull();
		state = saved.state!;
		const presenter = (key: Parameters<typeof vi>[0]) => state.agenda.find((i) => i.title === vi(key))!.presenter;
		expect(presenter('programme.usual.opening')).toBe('Lê Thị Hà, Bí thư Đảng ủy phường');
		expect(presenter('programme.usual.report')).toBe('Trần Văn Minh, Chủ tịch UBND phường');
		expect(presenter('programme.usual.answers')).toBe('Trần Văn Minh, Chủ tịch UBND phường');
		expect(presenter('programme.usual.conclusion')).toBe('Ban Thường trực');
		expect(presenter('programme.usual.dialogue')).toBe('');
		expect(state.agenda.at(-1)!.presenter).toBe('');
		// Ids are kept: the same items, only the presenters changed.
		expect(state.agenda.map((i) => i.id)).toEqual(ids);
	});

	it('recognises the usual titles in English too, and changes nothing when nothing is blank', () => {
		const en = usualProgramme({ chairs: [] }, (k) => translate('en', k)).map((item, i) => ({ ...item, id: `a${i}` }));
		const filled = usualPresentersFilled(en, chairs.map((c, i) => ({ ...c, id: `c${i}`, position: 'chair' as const })))!;
		expect(filled[2].presenter).toBe('Trần Văn Minh, Chủ tịch UBND phường');
		expect(usualPresentersFilled(filled, [])).toBeNull();
		expect(usualPresentersFilled(filled, chairs.map((c, i) => ({ ...c, id: `c${i}`, position: 'chair' as const })))).toBeNull();
	});
});
