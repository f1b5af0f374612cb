import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, minutesOf, recorded } from './testing';

describe('minutes: several secretaries at once', () => {
	it('[N9] an edit typed against the current version is accepted and raises it by one', () => {
		const made = recorded(meetingForMinutes(), 'Đường ngõ 12');
		const id = made.id;
		let state = made.state;
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Đường ngõ 12 ngập', baseVersion: 1 } }).state;
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Đường ngõ 12 ngập sâu', baseVersion: 2 } }).state;
		expect(minutesOf(state).opinions[0].content).toEqual({ text: 'Đường ngõ 12 ngập sâu', version: 3 });
	});

	it('[N9] a stale edit is refused as a conflict with the current text, and changes nothing', () => {
		const made = recorded(meetingForMinutes(), 'Đường ngõ 12');
		const id = made.id;
		let state = made.state;
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Bản của thư ký A', baseVersion: 1 } }).state;
		const second = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Bản của thư ký B', baseVersion: 1 } });
		expect(second.error?.code).toBe('conflict');
		expect(second.error?.params).toMatchObject({ current: 'Bản của thư ký A', version: 2 });
		expect(second.state).toBe(state);
		// B merges, typing against the version the conflict named: accepted.
		const merged = act(state, 'opinion.edit', { opinionId: id, content: { text: 'A + B', baseVersion: 2 } });
		expect(minutesOf(merged.state).opinions[0].content).toEqual({ text: 'A + B', version: 3 });
	});

	it('[N9] sending the text that is already there is not a conflict; other fields and the tag never conflict', () => {
		const made = recorded(meetingForMinutes(), 'Cùng một nội dung');
		const id = made.id;
		let state = made.state;
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Nội dung mới', baseVersion: 1 } }).state;
		expect(act(state, 'opinion.edit', { opinionId: id, content: { text: 'Nội dung mới', baseVersion: 1 } })).toMatchObject({ error: null, events: [] });
		const field = act(state, 'opinion.edit', { opinionId: id, field: 'Đất đai' });
		expect(minutesOf(field.state).opinions[0]).toMatchObject({ field: 'Đất đai', content: { version: 2 } });
	});

	it('[N9] answer summaries, conclusions and the overall conclusion are versioned the same way', () => {
		const made = recorded(meetingForMinutes(), 'Ngập');
		const id = made.id;
		let state = made.state;
		state = act(state, 'opinion.addAnswer', { opinionId: id, by: { kind: 'agency', agencyId: state.agencies[0].id, name: 'Ông Bình' }, summary: 'Sẽ khảo sát' }, 'secretary', { id: 'answer-1-xx' }).state;
		state = act(state, 'opinion.editAnswer', { opinionId: id, answerId: 'answer-1-xx', summary: { text: 'Sẽ khảo sát trong tháng 8', baseVersion: 1 } }).state;
		expect(act(state, 'opinion.editAnswer', { opinionId: id, answerId: 'answer-1-xx', summary: { text: 'Khác', baseVersion: 1 } }).error?.code).toBe('conflict');
		state = act(state, 'minutes.editOverall', { text: { text: 'A', baseVersion: 0 } }).state;
		expect(act(state, 'minutes.editOverall', { text: { text: 'B', baseVersion: 0 } }).error?.params?.current).toBe('A');
		state = act(state, 'conclusion.add', { text: 'K' }, 'chair', { id: 'conclusion-1' }).state;
		expect(act(state, 'conclusion.edit', { conclusionId: 'conclusion-1', text: { text: 'K2', baseVersion: 0 } }).error?.code).toBe('conflict');
	});
});
