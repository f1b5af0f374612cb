import { describe, expect, it } from 'vitest';
import { ask, at, command, dialogueMeeting, ok, phone, run } from './testing';
import { currentTurn, estimatedWaitMs, positionOf, speakingTotals, totalsFor } from './stats';
import { remainingMs } from './timer';
import { undoActionName } from './undo';
import { isMessageKey } from '../../i18n/translate';

describe('fair order', () => {
	it('[Q7] people who have not spoken first, citizens before officials, then the time of request', () => {
		let s = dialogueMeeting();
		// Bình (citizen) speaks first; then she asks again.
		s = ok(ok(ask(s, 1, at(1)), 'floor.give', {}, 'chair', at(2)), 'turn.end', {}, 'chair', at(5));
		s = ask(s, 0, at(6)); // An: official
		s = ask(s, 1, at(7)); // Bình: has spoken
		s = ask(s, 4, at(8)); // Em: official
		s = ask(s, 2, at(9)); // Cường: citizen
		const id = (i: number) => s.queue.requests.find((r) => r.who.kind === 'delegate' && r.who.delegateId === s.delegates[i].id && r.status === 'waiting')!.id;
		const result = run(s, command('queue.setFairOrder', { on: true }), 'chair');
		expect(result.state.queue.order).toEqual([id(2), id(0), id(4), id(1)]);
		s = result.state;
		// With fair order on, a new citizen goes before the officials; a slip person is a citizen.
		s = ask(s, 3, at(10));
		expect(s.queue.order.indexOf(id(3))).toBe(1);
		s = ok(s, 'request.submit', { fieldId: 'field-1', statement: 'x', who: { kind: 'person', name: 'Đinh Văn Khoa', unit: 'Tổ 7' } }, 'desk', at(11));
		expect(s.queue.order.indexOf(s.queue.requests.at(-1)!.id)).toBe(2);
		// The chair still moves anyone; switching off keeps the order as it is.
		s = ok(s, 'request.move', { requestId: id(1), toIndex: 0 }, 'chair');
		expect(s.queue.order[0]).toBe(id(1));
		const off = ok(s, 'queue.setFairOrder', { on: false }, 'chair');
		expect(off.queue.order).toEqual(s.queue.order);
		expect(off.queue.fairOrder).toBe(false);
	});
});

describe('undo', () => {
	it('[Q13] a mistaken "Kết thúc" is undone: the same turn runs on with its time', () => {
		let s = ok(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 'floor.give', {}, 'chair', at(10));
		s = ok(s, 'turn.extend', {}, 'chair', at(11));
		const running = currentTurn(s)!;
		s = ok(s, 'turn.end', {}, 'chair', at(12));
		expect(s.queue.undo?.action).toBe('turn.ended');
		s = ok(s, 'queue.undo', {}, 'chair', at(12, 5));
		expect(currentTurn(s)).toEqual(running);
		expect(s.queue.requests[0].status).toBe('speaking');
		expect(remainingMs(currentTurn(s)!, at(13))).toBe(3 * 60_000);
		expect(run(s, command('queue.undo', {}), 'chair').error?.code).toBe('nothing_to_undo');
	});

	it('[Q13] undoing "Mời phát biểu" resumes the previous speaker and puts the request back on top', () => {
		let s = ok(ask(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 3, at(3)), 'floor.give', {}, 'chair', at(10));
		const before = s;
		s = ok(s, 'floor.give', {}, 'chair', at(14));
		expect(s.queue.undo?.action).toBe('turn.started'); // one action: the button says "Mời phát biểu", not "Kết thúc"
		s = ask(s, 4, at(14, 30)); // a phone asks in between: kept
		s = ok(s, 'queue.undo', {}, 'chair', at(15));
		expect(s.queue.turns).toEqual(before.queue.turns);
		expect(s.queue.order).toEqual([...before.queue.order, s.queue.requests.at(-1)!.id]);
	});

	it('[Q13] the undo button names what was given: "mời trả lời", "cho trao đổi thêm", not "mời phát biểu"', () => {
		let s = ok(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 'floor.give', {}, 'chair', at(10));
		const name = () => undoActionName(s.queue.undo!, s.queue.turns);
		expect(name()).toBe('turn.started');
		s = ok(s, 'floor.answer', { by: { kind: 'agency', agencyId: s.agencies[0].id } }, 'chair', at(14));
		expect(name()).toBe('turn.started.answer');
		s = ok(s, 'floor.followUp', {}, 'chair', at(17));
		expect(name()).toBe('turn.started.followup');
		s = ok(s, 'floor.answer', { by: { kind: 'chair', chairId: s.plan.chairs[0].id } }, 'chair', at(19));
		expect(name()).toBe('turn.started.answer');
		s = ok(s, 'floor.chairRemark', { chairId: s.plan.chairs[0].id }, 'chair', at(21));
		expect(name()).toBe('turn.started.chair');
		s = ok(s, 'turn.end', {}, 'chair', at(22));
		expect(name()).toBe('turn.ended');
		// Every name has its words in the catalog.
		for (const action of ['turn.started', 'turn.started.answer', 'turn.started.followup', 'turn.started.chair']) expect(isMessageKey(`queue.action.${action}`)).toBe(true);
	});

	it('[Q13] a mistaken "Vắng mặt" is undone with the turn it dropped; moves, locks and fair order too', () => {
		let s = ok(ask(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 3, at(3)), 'floor.give', {}, 'chair', at(10));
		const given = s;
		s = ok(s, 'request.absent', { requestId: s.queue.requests[0].id }, 'chair', at(10, 30));
		s = ok(s, 'queue.undo', {}, 'chair', at(11));
		expect(s.queue.turns).toEqual(given.queue.turns);
		expect(s.queue.order).toEqual(given.queue.order);
		expect(s.queue.requests).toEqual(given.queue.requests);
		const order = s.queue.order;
		s = ok(ok(s, 'request.move', { requestId: order[1], toIndex: 0 }, 'chair'), 'queue.undo', {}, 'chair');
		expect(s.queue.order).toEqual(order);
		s = ok(ok(s, 'queue.lock', {}, 'chair'), 'queue.undo', {}, 'chair');
		expect(s.queue.locked).toBe(false);
	});

	it('[Q13] a request withdrawn after the chair touched it is not brought back', () => {
		let s = ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2));
		const [a] = s.queue.order;
		s = ok(s, 'request.move', { requestId: a, toIndex: 1 }, 'chair');
		s = ok(s, 'request.withdraw', { requestId: a }, phone(s, 1));
		expect(run(s, command('queue.undo', {}), 'chair').error?.code).toBe('nothing_to_undo');
	});
});

describe('what each screen reads', () => {
	it('[Q14] position and estimated wait from the average round so far', () => {
		let s = ask(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 3, at(3));
		const [, b, c] = s.queue.order;
		expect(positionOf(s, c)).toBe(3);
		// Before anyone spoke: the plan's speaking and answer times (5 + 3 minutes) per person ahead.
		expect(estimatedWaitMs(s, c, at(4))).toBe(2 * 8 * 60_000);
		s = ok(s, 'floor.give', {}, 'chair', at(10));
		s = ok(s, 'floor.answer', { by: { kind: 'agency', agencyId: s.agencies[0].id } }, 'chair', at(14));
		s = ok(s, 'turn.end', {}, 'chair', at(16)); // one round: 6 minutes
		expect(positionOf(s, b)).toBe(1);
		expect(estimatedWaitMs(s, c, at(16))).toBe(6 * 60_000);
		s = ok(s, 'floor.give', {}, 'chair', at(16));
		expect(estimatedWaitMs(s, c, at(17))).toBe(4 * 60_000); // what is left of the running turn
		expect(positionOf(s, b)).toBeNull();
	});

	it('[Q15] each person\'s number of turns and total time at the floor', () => {
		let s = ok(ask(dialogueMeeting(), 1, at(1)), 'floor.give', {}, 'chair', at(10));
		s = ok(s, 'floor.answer', { by: { kind: 'agency', agencyId: s.agencies[0].id } }, 'chair', at(13));
		s = ok(s, 'floor.followUp', {}, 'chair', at(15));
		s = ok(s, 'turn.end', {}, 'chair', at(16));
		expect(totalsFor(s, s.queue.requests[0].who, at(20))).toEqual({ turns: 2, totalMs: 4 * 60_000 });
		expect(speakingTotals(s, at(20)).map((t) => [t.speaker.kind, t.turns, t.totalMs])).toEqual([
			['delegate', 2, 4 * 60_000],
			['agency', 1, 2 * 60_000]
		]);
	});
});

describe('written opinions, fields, the screen', () => {
	it('[Q16] a phone sends a written opinion for its owner; the desk types one from a slip', () => {
		let s = dialogueMeeting();
		s = ok(s, 'opinion.submitWritten', { fieldId: 'field-4', content: 'Rác thải ở chợ' }, phone(s, 2), at(30));
		expect(s.queue.writtenOpinions[0]).toMatchObject({ author: { kind: 'delegate', delegateId: s.delegates[2].id }, fieldId: 'field-4', via: 'phone', submittedAt: at(30) });
		s = ok(s, 'queue.lock', {}, 'chair'); // a locked list still takes written opinions
		s = ok(s, 'opinion.submitWritten', { fieldId: 'field-4', content: 'x', who: { kind: 'person', name: 'Bà Tư', unit: '' }, slipNumber: '8' }, 'secretary');
		expect(s.queue.writtenOpinions[1]).toMatchObject({ via: 'slip', slipNumber: '8' });
		expect(run(s, command('opinion.submitWritten', { fieldId: 'field-4', content: 'x' }), phone(s, 5)).error?.code).toBe('checkin_required');
	});

	it('[Q17] the plan\'s fields start as the common ones; one a request names cannot be removed', () => {
		let s = ask(dialogueMeeting(), 1); // field-3: Giao thông
		expect(s.fields.map((f) => f.name)).toContain('Đất đai');
		const renamed = s.fields.map((f) => ({ id: f.id, name: f.id === 'field-3' ? 'Giao thông, đô thị' : f.name }));
		s = ok(s, 'fields.set', { fields: [...renamed, { name: 'Văn hóa', id: 'forged' }] }, 'admin');
		expect(s.fields.find((f) => f.id === 'field-3')?.name).toBe('Giao thông, đô thị');
		expect(s.fields.at(-1)).toMatchObject({ name: 'Văn hóa' });
		expect(s.fields.at(-1)?.id).not.toBe('forged');
		const refused = run(s, command('fields.set', { fields: [{ name: 'Khác' }] }), 'admin').error;
		expect(refused?.code).toBe('field_in_use');
		expect(refused?.message).toContain('"Giao thông, đô thị"');
	});

	it('[Q18] the chair shows and clears a full-screen message on the projector', () => {
		let s = ok(dialogueMeeting(), 'screen.showMessage', { text: 'Tạm nghỉ 10 phút' }, 'chair');
		expect(s.queue.screenMessage).toBe('Tạm nghỉ 10 phút');
		s = ok(s, 'screen.clearMessage', {}, 'chair');
		expect(s.queue.screenMessage).toBeNull();
		expect(run(s, command('screen.clearMessage', {}), 'chair').events).toEqual([]);
	});
});
