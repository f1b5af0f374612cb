import { describe, expect, it } from 'vitest';
import { at, command, dialogueMeeting, ok, run } from './testing';

describe('a paper slip for someone not checked in', () => {
	it('[C12] is taken; the secretary (like the desk) can then check them in with one command', () => {
		let s = dialogueMeeting();
		const late = s.delegates[5];
		expect(s.attendance[late.id]).toBeUndefined();
		s = ok(s, 'request.submit', { fieldId: 'field-3', statement: 'Ngõ 12 chưa có đèn', who: { kind: 'delegate', delegateId: late.id }, via: 'slip', slipNumber: '7' }, 'secretary', at(1));
		expect(s.queue.requests.at(-1)).toMatchObject({ who: { kind: 'delegate', delegateId: late.id }, status: 'waiting' });
		s = ok(s, 'opinion.submitWritten', { fieldId: 'field-3', content: 'Xin lắp đèn', who: { kind: 'delegate', delegateId: late.id } }, 'desk', at(2));
		s = ok(s, 'checkin.desk', { delegateId: late.id }, 'secretary', at(3));
		expect(s.attendance[late.id]).toBeDefined();
		expect(run(s, command('checkin.desk', { delegateId: late.id }), 'desk').error?.code).toBe('already_checked_in');
	});
});
