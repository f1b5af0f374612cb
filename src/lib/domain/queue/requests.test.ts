import { describe, expect, it } from 'vitest';
import { ask, at, command, dialogueMeeting, ok, phone, run } from './testing';

const slip = { kind: 'person', salutation: 'Ông', name: 'Đinh Văn Khoa', unit: 'Tổ dân phố 7' } as const;

describe('requests to speak', () => {
	it('[Q1] a request from a phone carries the person, field, statement, agency, via and server time', () => {
		const s = dialogueMeeting();
		const agencyId = s.agencies[0].id;
		const result = run(s, command('request.submit', { fieldId: 'field-1', statement: 'Cấp sổ đỏ chậm', agencyId }), phone(s, 1), at(12));
		expect(result.error).toBeNull();
		expect(result.state.queue.requests[0]).toMatchObject({
			who: { kind: 'delegate', delegateId: s.delegates[1].id },
			fieldId: 'field-1',
			statement: 'Cấp sổ đỏ chậm',
			agencyId,
			via: 'phone',
			slipNumber: null,
			requestedAt: at(12),
			status: 'waiting'
		});
		expect(result.state.queue.order).toEqual([result.state.queue.requests[0].id]);
		expect(run(s, command('request.submit', { fieldId: 'nope', statement: 'x' }), phone(s, 1)).error?.code).toBe('field_not_found');
		expect(run(s, command('request.submit', { fieldId: 'field-1', statement: 'x', agencyId: 'nope' }), phone(s, 1)).error?.code).toBe('agency_not_found');
		expect(run(s, command('request.submit', { fieldId: 'field-1', statement: '  ' }), phone(s, 1)).error?.code).toBe('invalid_command');
	});

	it('[Q2] a phone asks only for its owner and only once checked in; the desk registers a paper slip', () => {
		const s = dialogueMeeting();
		expect(run(s, command('request.submit', { fieldId: 'field-1', statement: 'x' }), phone(s, 5)).error?.code).toBe('checkin_required');
		const forOther = run(s, command('request.submit', { fieldId: 'field-1', statement: 'x', who: { kind: 'delegate', delegateId: s.delegates[2].id } }), phone(s, 1));
		expect(forOther.error?.code).toBe('not_your_request');
		const bySlip = run(s, command('request.submit', { fieldId: 'field-2', statement: 'Xây dựng trái phép', who: slip, slipNumber: '12', showSlipNumber: true }), 'desk');
		expect(bySlip.state.queue.requests[0]).toMatchObject({ who: slip, via: 'slip', slipNumber: '12', showSlipNumber: true });
		// The desk may register someone on the list who has no phone, even before they reach the door.
		const forListed = run(s, command('request.submit', { fieldId: 'field-2', statement: 'x', who: { kind: 'delegate', delegateId: s.delegates[5].id }, via: 'hand' }), 'secretary');
		expect(forListed.state.queue.requests[0].via).toBe('hand');
		expect(run(s, command('request.submit', { fieldId: 'field-2', statement: 'x' }), 'desk').error?.code).toBe('invalid_command');
	});

	it('[Q3] one waiting request per person, slips matched by name and unit without tones', () => {
		let s = ask(dialogueMeeting(), 1);
		expect(run(s, command('request.submit', { fieldId: 'field-1', statement: 'again' }), phone(s, 1)).error?.code).toBe('already_waiting');
		s = ok(s, 'request.submit', { fieldId: 'field-1', statement: 'x', who: slip, slipNumber: '3' }, 'desk');
		const again = run(s, command('request.submit', { fieldId: 'field-1', statement: 'y', who: { ...slip, name: 'dinh van khoa' } }), 'desk');
		expect(again.error?.code).toBe('already_waiting');
		// Once withdrawn, the person may ask again.
		s = ok(s, 'request.withdraw', { requestId: s.queue.requests[0].id }, phone(s, 1));
		expect(run(s, command('request.submit', { fieldId: 'field-1', statement: 'again' }), phone(s, 1)).error).toBeNull();
	});

	it('[Q4] the chair locks and reopens the list; it closes by itself after the dialogue and at the end', () => {
		let s = ok(dialogueMeeting(), 'queue.lock', {}, 'chair');
		const late = run(s, command('request.submit', { fieldId: 'field-1', statement: 'x' }), phone(s, 1));
		expect(late.error?.code).toBe('queue_locked');
		expect(late.error?.message).toContain('khóa danh sách');
		s = ok(s, 'queue.unlock', {}, 'chair');
		expect(run(s, command('request.submit', { fieldId: 'field-1', statement: 'x' }), phone(s, 1)).error).toBeNull();
		const after = { ...s, currentItemId: s.agenda[2].id };
		expect(run(after, command('request.submit', { fieldId: 'field-1', statement: 'x' }), phone(s, 2)).error?.code).toBe('queue_closed');
		const ended = { ...s, status: 'ended' as const };
		expect(run(ended, command('request.submit', { fieldId: 'field-1', statement: 'x' }), phone(s, 2)).error?.code).toBe('queue_closed');
	});

	it('[Q5] a delegate withdraws only their own waiting request; staff any', () => {
		let s = ask(ask(dialogueMeeting(), 1), 2);
		const [mine, theirs] = s.queue.requests;
		expect(run(s, command('request.withdraw', { requestId: theirs.id }), phone(s, 1)).error?.code).toBe('not_your_request');
		s = ok(s, 'request.withdraw', { requestId: mine.id }, phone(s, 1));
		expect(s.queue.order).toEqual([theirs.id]);
		expect(s.queue.requests[0].status).toBe('withdrawn');
		expect(run(s, command('request.withdraw', { requestId: mine.id }), phone(s, 1)).error?.code).toBe('request_not_waiting');
		expect(ok(s, 'request.withdraw', { requestId: theirs.id }, 'desk').queue.order).toEqual([]);
	});

	it('[Q6] new requests go to the end; the chair moves one and the log says from where to where', () => {
		let s = ask(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 3, at(3));
		const [a, b, c] = s.queue.order;
		const result = run(s, command('request.move', { requestId: c, toIndex: 0 }), 'chair');
		expect(result.events[0]).toMatchObject({ type: 'request.moved', data: { requestId: c, fromIndex: 2, toIndex: 0 } });
		s = result.state;
		expect(s.queue.order).toEqual([c, a, b]);
		s = ok(s, 'request.move', { requestId: c, toIndex: 99 }, 'chair');
		expect(s.queue.order).toEqual([a, b, c]);
		expect(run(s, command('request.move', { requestId: a, toIndex: 1 }), phone(s, 1)).error?.code).toBe('forbidden');
	});
});
