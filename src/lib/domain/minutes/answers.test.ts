import { describe, expect, it } from 'vitest';
import { answerHasContent, answersWithContent } from './answers';
import { act, meetingForMinutes, minutesOf, recorded } from './testing';

describe('minutes: an answer without content', () => {
	it('[N16] a stray "Thêm trả lời" leaves an empty answer that is not shown or printed; one with text is', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Đường ngõ 12 ngập');
		const by = { kind: 'chair', chairId: null, name: 'Ông Nguyễn Văn Hùng' };
		const first = act(state, 'opinion.addAnswer', { opinionId: id, by, summary: '', turnId: null }, 'secretary', { id: 'answer-empty' });
		expect(first.error).toBeNull();
		let after = first.state;
		after = act(after, 'opinion.addAnswer', { opinionId: id, by, summary: '  \n ', turnId: null }, 'secretary', { id: 'answer-blank' }).state;
		after = act(after, 'opinion.addAnswer', { opinionId: id, by, summary: 'Tháng 8 nạo vét cống.', turnId: null }, 'secretary', { id: 'answer-said' }).state;
		const opinion = minutesOf(after).opinions[0];
		expect(opinion.answers.map(answerHasContent)).toEqual([false, false, true]);
		expect(answersWithContent(opinion).map((a) => a.id)).toEqual(['answer-said']);
	});
});
