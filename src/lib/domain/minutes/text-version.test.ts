import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, minutesOf, recorded } from './testing';

describe('minutes: several secretaries at once', () => {
	it('[N9] an edit typed against the current version is accepted and raises it by one', () => {
		let { state, id } = recorded(meetingForMinutes(), 'Đường ngõ 12');
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Đường ngõ 12 ngập', baseVersion: 1 } }).state;
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Đường ngõ 12 ngập sâu', baseVersion: 2 } }).state;
		expect(minutesOf(state).opinions[0].content).toEqual({ text: 'Đường ngõ 12 ngập sâu', version: 3 });
	});

	it('[N9] a stale edit is refused as a conflict with the current text, and changes nothing', () => {
		let { state, id } = recorded(meetingForMinutes(), 'Đường ngõ 12');
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
		let { state, id } = recorded(meetingForMinutes(), 'Cùng một nội dung');
		state = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Nội dung mới', baseVersion: 1 } }).state;
		expect(act(state, 'opinion.edit', { opinionId: id, content: { text: 'Nội dung mới', baseVersion: 1 } })).toMatchObject({ error: null, events: [] });
		const field = act(state, 'opinion.edit', { opinionId: id, field: 'Đất đai' });
		expect(minutesOf(field.state).opinions[0]).toMatchObject({ field: 'Đất đai', content: { version: 2 } });
	});

	it('[N9] answer summaries, conclusions and the overall conclusion are versioned the same way', () => {
		let { state, id } = recorded(meetingForMinutes(), 'Ngập');
		state = act(state, 'opinion.addAnswer', { opinionId: id, by: { kind: 'agency', agencyId: state.agencies[0].id, name: 'Ông Bình' }, summary: 'Sẽ khảo sát' }, 'secretary', { id: 'a-1' }).state;
		state = act(state, 'opinion.editAnswer', { opinionId: id, answerId: 'a-1', summary: { text: 'Sẽ khảo sát trong tháng 8', baseVersion: 1 } }).state;
		expect(act(state, 'opinion.editAnswer', { opinionId: id, answerId: 'a-1', summary: { text: 'Khác', baseVersion: 1 } }).error?.code).toBe('conflict');
		state = act(state, 'minutes.editOverall', { text: { text: 'A', baseVersion: 0 } }).state;
		expect(act(state, 'minutes.editOverall', { text: { text: 'B', baseVersion: 0 } }).error?.params?.current).toBe('A');
		state = act(state, 'conclusion.add', { text: 'K' }, 'chair', { id: 'k-1' }).state;
		expect(act(state, 'conclusion.edit', { conclusionId: 'k-1', text: { text: 'K2', baseVersion: 0 } }).error?.code).toBe('conflict');
	});
});
