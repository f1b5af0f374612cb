import { describe, expect, it } from 'vitest';
import { editCommand, localText, type TextTarget } from './text-targets';
import { act, meetingForMinutes, minutesOf, recorded } from './testing';

describe('minutes: a screen chaining its own unsent edits', () => {
	it('[N9] offline autosaves typed one after another are accepted in order once they arrive', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Đường');
		const target: TextTarget = { kind: 'opinion', opinionId: id };
		const pending: { id: string; type: string; payload: unknown }[] = [];
		// Typed while offline: each autosave goes into the outbox, nothing reaches the server.
		for (const text of ['Đường ngõ', 'Đường ngõ 12', 'Đường ngõ 12 bị ngập']) {
			const { nextBase } = localText(minutesOf(state), pending, target);
			pending.push({ id: `e-${pending.length}`, ...editCommand(target, text, nextBase) });
		}
		expect(localText(minutesOf(state), pending, target)).toMatchObject({ text: 'Đường ngõ 12 bị ngập', pending: 3 });
		// Back online: the outbox is sent in order and every edit is accepted.
		let after = state;
		for (const c of pending) {
			const result = act(after, c.type, c.payload);
			expect(result.error).toBeNull();
			after = result.state;
		}
		expect(minutesOf(after).opinions[0].content).toEqual({ text: 'Đường ngõ 12 bị ngập', version: 4 });
		expect(localText(minutesOf(after), [], target)).toEqual({ text: 'Đường ngõ 12 bị ngập', nextBase: 4, pending: 0 });
	});

	it('[N9] someone else\'s edit in between makes our next one a conflict, not a silent loss', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Đường');
		const target: TextTarget = { kind: 'opinion', opinionId: id };
		const ours = editCommand(target, 'Bản A', localText(minutesOf(state), [], target).nextBase);
		const theirs = act(state, 'opinion.edit', { opinionId: id, content: { text: 'Bản B', baseVersion: 1 } }).state;
		const refused = act(theirs, ours.type, ours.payload);
		expect(refused.error?.code).toBe('conflict');
		expect(refused.error?.params?.current).toBe('Bản B');
	});

	it('[N9] a text created by a pending command (new opinion, answer, conclusion) is edited against version 1', () => {
		const state = meetingForMinutes();
		const pending = [{ id: 'new-opinion-1', type: 'opinion.record', payload: { origin: { kind: 'floor' }, content: 'Mới' } }];
		const target: TextTarget = { kind: 'opinion', opinionId: 'new-opinion-1' };
		expect(localText(minutesOf(state), pending, target)).toEqual({ text: 'Mới', nextBase: 1, pending: 1 });
		const created = act(state, 'opinion.record', pending[0].payload, 'secretary', { id: 'new-opinion-1' }).state;
		const edit = editCommand(target, 'Mới hơn', 1);
		expect(minutesOf(act(created, edit.type, edit.payload).state).opinions[0].content.version).toBe(2);
	});
});
