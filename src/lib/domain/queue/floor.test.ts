import { describe, expect, it } from 'vitest';
import { ask, at, command, dialogueMeeting, ok, phone, run } from './testing';
import { currentTurn } from './stats';
import { elapsedMs, formatTimer, isPaused, remainingMs, timerPhase } from './timer';

const threeWaiting = () => ask(ask(ask(dialogueMeeting(), 1, at(1)), 2, at(2)), 3, at(3));

describe('the floor', () => {
	it('[Q8] "Mời phát biểu" gives the top request a citizen turn with the plan\'s time; the next one ends it', () => {
		let s = threeWaiting();
		const [a, b] = s.queue.order;
		const first = run(s, command('floor.give', {}), 'chair', at(10));
		expect(first.events.map((e) => e.type)).toEqual(['turn.started']);
		s = first.state;
		const turn = currentTurn(s)!;
		expect(turn).toMatchObject({ kind: 'citizen', requestId: a, answersTurnId: null, startedAt: at(10), allowedMs: 5 * 60_000, endedAt: null });
		expect(turn.speaker).toEqual(s.queue.requests[0].who);
		expect(s.queue.requests[0].status).toBe('speaking');
		expect(s.queue.order).not.toContain(a);
		const second = run(s, command('floor.give', { requestId: b }), 'chair', at(14));
		expect(second.events.map((e) => e.type)).toEqual(['turn.ended', 'turn.started']);
		s = second.state;
		expect(s.queue.turns[0].endedAt).toBe(at(14));
		expect(s.queue.requests[0].status).toBe('done');
		expect(run(s, command('floor.give', { requestId: a }), 'chair').error?.code).toBe('request_not_waiting');
		s = ok(ok(s, 'turn.end', {}, 'chair'), 'floor.give', {}, 'chair');
		expect(run(s, command('floor.give', {}), 'chair').error?.code).toBe('queue_empty');
	});

	it('[Q9] "Vắng mặt" sends a waiting person to the end once, then off; a turn just given is dropped', () => {
		let s = threeWaiting();
		const [a, b, c] = s.queue.order;
		s = ok(s, 'request.absent', { requestId: a }, 'chair');
		expect(s.queue.order).toEqual([b, c, a]);
		s = ok(s, 'floor.give', { requestId: a }, 'chair', at(20));
		const dropped = run(s, command('request.absent', { requestId: a }), 'chair', at(20, 15));
		expect(dropped.events[0].data).toMatchObject({ requeued: false, cancelledTurnId: s.queue.turns[0].id });
		s = dropped.state;
		expect(s.queue.turns).toEqual([]);
		expect(s.queue.order).toEqual([b, c]);
		expect(s.queue.requests.find((r) => r.id === a)?.status).toBe('absent');
		const strict = { ...s, plan: { ...s.plan, queue: { ...s.plan.queue, absentRequeues: false } } };
		expect(ok(strict, 'request.absent', { requestId: b }, 'chair').queue.order).toEqual([c]);
	});

	it('[Q10] "Mời lại" puts the last speaker (or the last absent person) back at the top', () => {
		let s = threeWaiting();
		const [a, b, c] = s.queue.order;
		s = ok(ok(s, 'floor.give', {}, 'chair', at(10)), 'turn.end', {}, 'chair', at(13));
		s = ok(s, 'request.recall', {}, 'chair');
		expect(s.queue.order).toEqual([a, b, c]);
		expect(s.queue.requests[0].status).toBe('waiting');
		expect(run(s, command('request.recall', { requestId: a }), 'chair').error?.code).toBe('already_waiting');
		expect(run(dialogueMeeting(), command('request.recall', {}), 'chair').error?.code).toBe('nothing_to_recall');
	});

	it('[Q11] an agency or a chair answers a citizen turn; one follow-up of the same citizen, linked the same way', () => {
		let s = ok(threeWaiting(), 'floor.give', {}, 'chair', at(10));
		const citizen = currentTurn(s)!;
		const agency = s.agencies[0];
		s = ok(s, 'floor.answer', { by: { kind: 'agency', agencyId: agency.id } }, 'chair', at(14));
		const answer = currentTurn(s)!;
		expect(answer).toMatchObject({ kind: 'answer', answersTurnId: citizen.id, requestId: citizen.requestId, allowedMs: 3 * 60_000 });
		expect(answer.speaker).toEqual({ kind: 'agency', agencyId: agency.id, name: 'Đỗ Văn Hùng', title: agency.name });
		expect(s.queue.turns[0].endedAt).toBe(at(14));
		s = ok(s, 'floor.followUp', {}, 'chair', at(17));
		expect(currentTurn(s)).toMatchObject({ kind: 'followup', answersTurnId: citizen.id, speaker: citizen.speaker, allowedMs: 2 * 60_000 });
		expect(run(s, command('floor.followUp', {}), 'chair').error?.code).toBe('followup_used');
		const chair = s.plan.chairs[0];
		s = ok(s, 'floor.answer', { by: { kind: 'chair', chairId: chair.id } }, 'chair', at(19));
		expect(currentTurn(s)).toMatchObject({ kind: 'answer', answersTurnId: citizen.id, speaker: { kind: 'chair', name: 'Ngô Thị Lan' } });
		s = ok(s, 'floor.chairRemark', { chairId: chair.id }, 'chair', at(21));
		expect(currentTurn(s)).toMatchObject({ kind: 'chair', answersTurnId: citizen.id });
		// The citizen's request is done once their own turn ended; answers do not reopen it.
		expect(s.queue.requests[0].status).toBe('done');
		expect(run(dialogueMeeting(), command('floor.answer', { by: { kind: 'agency', agencyId: agency.id } }), 'chair').error?.code).toBe('no_citizen_turn');
		expect(run(s, command('floor.answer', { by: { kind: 'chair', chairId: 'x' } }), 'chair').error?.code).toBe('chair_not_found');
	});

	it('[Q12] the timer comes from server times: pauses keep the used time, +1 phút adds, the queue never touches it', () => {
		let s = ok(threeWaiting(), 'floor.give', {}, 'chair', at(10));
		expect(remainingMs(currentTurn(s)!, at(11))).toBe(4 * 60_000);
		s = ok(s, 'turn.pause', {}, 'chair', at(11));
		expect(isPaused(currentTurn(s)!)).toBe(true);
		expect(elapsedMs(currentTurn(s)!, at(13))).toBe(60_000); // paused for two minutes: still one used
		expect(run(s, command('turn.pause', {}), 'chair').error?.code).toBe('turn_paused');
		s = ok(s, 'turn.resume', {}, 'chair', at(13));
		expect(run(s, command('turn.resume', {}), 'chair').error?.code).toBe('turn_not_paused');
		s = ok(s, 'turn.extend', {}, 'chair', at(14));
		const before = currentTurn(s)!;
		// Reordering, withdrawing and new requests leave the running turn as it was.
		s = ok(s, 'request.move', { requestId: s.queue.order[1], toIndex: 0 }, 'chair', at(14, 10));
		s = ok(s, 'request.withdraw', { requestId: s.queue.order[0] }, 'desk', at(14, 20));
		s = ask(s, 4, at(14, 30));
		expect(currentTurn(s)).toBe(before);
		expect(remainingMs(before, at(15))).toBe(6 * 60_000 - 3 * 60_000); // 5 + 1 allowed, 3 used
		s = ok(s, 'turn.pause', {}, 'chair', at(16));
		s = ok(s, 'turn.end', {}, 'chair', at(17)); // ending while paused closes the pause
		expect(elapsedMs(s.queue.turns[0], at(30))).toBe(4 * 60_000);
		expect(s.queue.turns[0].pauses).toEqual([{ from: at(11), to: at(13) }, { from: at(16), to: at(17) }]);
		expect(run(s, command('turn.end', {}), 'chair').error?.code).toBe('no_current_turn');
	});

	it('[Q12] the countdown shows amber in the last 30 s and counts overtime after zero', () => {
		expect(formatTimer(125_000)).toBe('2:05');
		expect(formatTimer(400)).toBe('0:01');
		expect(formatTimer(0)).toBe('0:00');
		expect(formatTimer(-72_000)).toBe('+1:12');
		expect([timerPhase(31_000), timerPhase(30_000), timerPhase(0)]).toEqual(['normal', 'warning', 'over']);
	});

	it('[Q8] the floor is given only while the meeting runs', () => {
		const s = threeWaiting();
		expect(run({ ...s, status: 'planned' }, command('floor.give', {}), 'chair').error?.code).toBe('not_started');
		expect(run({ ...s, status: 'ended' }, command('floor.give', {}), 'chair').error?.code).toBe('meeting_ended');
		expect(run(s, command('floor.give', {}), phone(s, 1)).error?.code).toBe('forbidden');
	});
});

describe('a double tap on a chair button', () => {
	/** Runs the same command twice (a second tap from the same screen, a new command id): the second must change nothing. */
	function twice(s: ReturnType<typeof threeWaiting>, type: string, payload: unknown) {
		const first = run(s, command(type, payload), 'chair', at(10));
		expect(first.error).toBeNull();
		const second = run(first.state, command(type, payload), 'chair', at(10, 1));
		expect(second.events).toEqual([]);
		expect(second.state).toBe(first.state);
		return second.error?.code;
	}

	it('[Q20] "Mời người tiếp theo" names the request it shows: the second tap is refused, the first speaker keeps the floor', () => {
		const s = threeWaiting();
		const [a] = s.queue.order;
		expect(twice(s, 'floor.give', { requestId: a })).toBe('request_not_waiting');
		expect(twice(s, 'floor.give', { requestId: a, fromTurnId: null })).toBe('floor_changed');
		// Without naming it, the second tap would have ended the turn and invited the next person: the bug.
		const unnamed = ok(ok(s, 'floor.give', {}, 'chair', at(10)), 'floor.give', {}, 'chair', at(10, 1));
		expect(unnamed.queue.requests.find((r) => r.id === a)?.status).toBe('done');
	});

	it('[Q20] answer, chair answer and follow-up name the turn at the floor they saw: a stale tap is `floor_changed`', () => {
		const waitingThree = threeWaiting();
		let s = ok(waitingThree, 'floor.give', { requestId: waitingThree.queue.order[0] }, 'chair', at(5));
		const citizen = currentTurn(s)!;
		const agency = { kind: 'agency', agencyId: s.agencies[0].id };
		expect(twice(s, 'floor.answer', { by: agency, turnId: citizen.id, fromTurnId: citizen.id })).toBe('floor_changed');
		const chair = { kind: 'chair', chairId: s.plan.chairs[0].id };
		expect(twice(s, 'floor.answer', { by: chair, turnId: citizen.id, fromTurnId: citizen.id })).toBe('floor_changed');
		s = ok(s, 'floor.answer', { by: agency, turnId: citizen.id, fromTurnId: citizen.id }, 'chair', at(8));
		const answer = currentTurn(s)!;
		expect(twice(s, 'floor.followUp', { turnId: citizen.id, fromTurnId: answer.id })).toBe('floor_changed');
		expect(twice(s, 'floor.chairRemark', { chairId: chair.chairId, fromTurnId: answer.id })).toBe('floor_changed');
		// Nobody at the floor is a view too: a hand-over seen with nobody there is refused once someone speaks.
		s = ok(s, 'turn.end', { turnId: answer.id }, 'chair', at(9));
		expect(twice(s, 'floor.answer', { by: agency, turnId: citizen.id, fromTurnId: null })).toBe('floor_changed');
	});

	it('[Q20] end, pause and resume name the turn: a tap for a turn that is over is `turn_not_current`', () => {
		const s = ok(threeWaiting(), 'floor.give', {}, 'chair', at(5));
		const turn = currentTurn(s)!;
		expect(twice(s, 'turn.end', { turnId: turn.id })).toBe('turn_not_current');
		expect(twice(s, 'turn.pause', { turnId: turn.id })).toBe('turn_paused');
		const paused = ok(s, 'turn.pause', { turnId: turn.id }, 'chair', at(6));
		expect(twice(paused, 'turn.resume', { turnId: turn.id })).toBe('turn_not_paused');
		const next = ok(s, 'floor.give', {}, 'chair', at(7));
		for (const type of ['turn.pause', 'turn.extend', 'turn.end']) expect(run(next, command(type, { turnId: turn.id }), 'chair').error?.code).toBe('turn_not_current');
	});

	it('[Q20] "Vắng mặt" names how many times the screen saw them absent: the second tap neither removes them nor moves the next person', () => {
		const s = threeWaiting();
		const [a, b, c] = s.queue.order;
		const result = twice(s, 'request.absent', { requestId: a, absentCount: 0 });
		expect(result).toBe('already_marked_absent');
		const once = ok(s, 'request.absent', { requestId: a, absentCount: 0 }, 'chair');
		expect(once.queue.order).toEqual([b, c, a]);
		// The row's next tap (the person called again later) names the count it shows, and goes through.
		expect(ok(once, 'request.absent', { requestId: a, absentCount: 1 }, 'chair').queue.order).toEqual([b, c]);
	});
});
