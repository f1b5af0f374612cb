import { describe, expect, it } from 'vitest';
import { createsOwner, editCommand, localText, retyped, type TextTarget } from './text-targets';
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
		expect(localText(minutesOf(after), [], target)).toMatchObject({ text: 'Đường ngõ 12 bị ngập', nextBase: 4, pending: 0, last: null });
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
		expect(localText(minutesOf(state), pending, target)).toMatchObject({ text: 'Mới', nextBase: 1, pending: 1, last: pending[0], before: '' });
		const created = act(state, 'opinion.record', pending[0].payload, 'secretary', { id: 'new-opinion-1' }).state;
		const edit = editCommand(target, 'Mới hơn', 1);
		expect(minutesOf(act(created, edit.type, edit.payload).state).opinions[0].content.version).toBe(2);
	});

	it('[N9] typing offline rewrites the one queued command (same id, same base) at each keystroke: every character arrives, once', () => {
		const state = meetingForMinutes();
		const target: TextTarget = { kind: 'opinion', opinionId: 'new-opinion-2' };
		// The first letter creates the opinion; what follows is typed into the same queued command.
		let pending = [{ id: 'new-opinion-2', type: 'opinion.record', payload: { origin: { kind: 'floor' }, content: 'N' } as unknown }];
		const text = 'Nội dung dài';
		for (let i = 2; i <= text.length; i++) {
			const { last } = localText(minutesOf(state), pending, target);
			pending = [{ ...last!, payload: retyped(target, last!, text.slice(0, i)) }];
		}
		expect(localText(minutesOf(state), pending, target)).toMatchObject({ text, pending: 1 });
		const arrived = act(state, 'opinion.record', pending[0].payload, 'secretary', { id: 'new-opinion-2' }).state;
		expect(minutesOf(arrived).opinions.map((o) => o.content)).toEqual([{ text, version: 1 }]);
	});

	it('[N9] a queued edit typed further keeps its base version, so the chain after a sent edit still holds', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Ngõ');
		const target: TextTarget = { kind: 'opinion', opinionId: id };
		const sent = { id: 'e1', ...editCommand(target, 'Ngõ 12', 1) };
		const queued = { id: 'e2', ...editCommand(target, 'Ngõ 12 ng', localText(minutesOf(state), [sent], target).nextBase) };
		const local = localText(minutesOf(state), [sent, queued], target);
		expect(local).toMatchObject({ text: 'Ngõ 12 ng', nextBase: 3, last: queued, before: 'Ngõ 12' });
		const further = { ...queued, payload: retyped(target, queued, 'Ngõ 12 ngập sâu') };
		let after = state;
		for (const c of [sent, further]) after = act(after, c.type, c.payload).state;
		expect(minutesOf(after).opinions[0].content).toEqual({ text: 'Ngõ 12 ngập sâu', version: 3 });
		expect(createsOwner(queued)).toBe(false);
	});

	it('[N9] answers, conclusions and the overall text are rewritten in their own field', () => {
		const answer: TextTarget = { kind: 'answer', opinionId: 'o', answerId: 'a' };
		expect(retyped(answer, { id: 'a', type: 'opinion.addAnswer', payload: { opinionId: 'o', summary: 'S' } }, 'Sẽ')).toEqual({ opinionId: 'o', summary: 'Sẽ' });
		expect(retyped(answer, { id: 'x', ...editCommand(answer, 'Sẽ', 2) }, 'Sẽ làm')).toEqual({ opinionId: 'o', answerId: 'a', summary: { text: 'Sẽ làm', baseVersion: 2 } });
		const overall: TextTarget = { kind: 'overall' };
		expect(retyped(overall, { id: 'y', ...editCommand(overall, 'K', 0) }, 'Kết')).toEqual({ text: { text: 'Kết', baseVersion: 0 } });
		const conclusion: TextTarget = { kind: 'conclusion', conclusionId: 'c' };
		expect(retyped(conclusion, { id: 'c', type: 'conclusion.add', payload: { text: 'K', opinionIds: [] } }, 'Kết luận')).toEqual({ text: 'Kết luận', opinionIds: [] });
	});
});
