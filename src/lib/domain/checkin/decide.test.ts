import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';
import type { MeetingState } from '../types';
import { attendanceSummary } from './attendance';
import { tokenFromCode } from './decide';

const VN = (h: number, m = 0) => Date.UTC(2026, 6, 13, h - 7, m); // 13/07/2026 hh:mm in Vietnam

function meetingWithDelegates(): MeetingState {
	let state = createdMeeting();
	state = run(state, command('categories.set', { categories: [{ name: 'Đại biểu phường', expected: 2 }, { name: 'Đại biểu Nhân dân', expected: 3 }] }), 'admin').state!;
	const [ward, citizens] = state.categories;
	const delegates = [
		{ salutation: 'Ông', fullName: 'Nguyễn Văn An', categoryId: ward.id },
		{ salutation: 'Bà', fullName: 'Trần Thị Bình', categoryId: citizens.id },
		{ salutation: 'Ông', fullName: 'Lê Văn Cường', categoryId: citizens.id }
	];
	return run(state, command('delegates.import', { delegates }), 'admin').state!;
}

describe('check-in', () => {
	it('[C1] a delegate checks in from their own phone once; a repeat says when', () => {
		const state = meetingWithDelegates();
		const me = { role: 'delegate' as const, delegateId: state.delegates[1].id };
		const first = run(state, command('checkin.self'), me, 0, VN(14, 3));
		expect(first.state!.attendance[me.delegateId]).toEqual({ at: VN(14, 3), via: 'self' });
		const again = run(first.state, command('checkin.self'), me, 0, VN(14, 20));
		expect(again.error?.code).toBe('already_checked_in');
		expect(again.error?.message).toBe('Đã điểm danh lúc 14:03 ngày 13/07/2026.');
		expect(again.state).toBe(first.state);
	});

	it('[C2] self check-in opens N minutes before the start and closes when the meeting ends', () => {
		const state = meetingWithDelegates();
		const me = { role: 'delegate' as const, delegateId: state.delegates[0].id };
		const early = run(state, command('checkin.self'), me, 0, VN(12, 59));
		expect(early.error?.code).toBe('checkin_not_open');
		expect(early.error?.message).toContain('13:00 ngày 13/07/2026');
		expect(run(state, command('checkin.self'), me, 0, VN(13, 0)).error).toBeNull();
		const ended = run(run(state, command('meeting.start'), 'chair').state, command('meeting.end'), 'chair').state!;
		expect(run(ended, command('checkin.self'), me, 0, VN(15)).error?.code).toBe('meeting_ended');
	});

	it('[C3] the door scanner accepts the personal link or the bare token', () => {
		const state = meetingWithDelegates();
		const { token, id } = state.delegates[2];
		expect(tokenFromCode(`http://192.168.1.10:3000/i/${token}`)).toBe(token);
		const scanned = run(state, command('checkin.scan', { code: `http://192.168.1.10:3000/i/${token}` }), 'desk', 0, VN(13, 50));
		expect(scanned.state!.attendance[id].via).toBe('scan');
		expect(run(scanned.state, command('checkin.scan', { code: token }), 'desk').error?.code).toBe('already_checked_in');
		const bad = run(state, command('checkin.scan', { code: 'http://x/i/not-a-token' }), 'desk');
		expect(bad.error?.code).toBe('unknown_token');
		expect(bad.error?.message).toContain('tổ giúp việc');
	});

	it('[C4] the desk checks in by search and may undo a mistake; both stay in the log', () => {
		const state = meetingWithDelegates();
		const id = state.delegates[0].id;
		const inside = run(state, command('checkin.desk', { delegateId: id }), 'desk', 0, VN(12));
		expect(inside.error).toBeNull(); // the desk is not bound by the self check-in window
		const undone = run(inside.state, command('checkin.undo', { delegateId: id }), 'desk');
		expect(undone.events.map((e) => e.type)).toEqual(['checkin.undone']);
		expect(undone.state!.attendance[id]).toBeUndefined();
		expect(run(undone.state, command('checkin.undo', { delegateId: id }), 'desk').error?.code).toBe('not_checked_in');
		expect(run(state, command('checkin.desk', { delegateId: 'nobody' }), 'desk').error?.code).toBe('delegate_not_found');
	});

	it('[C5] a walk-in is added to "Nhân dân", checked in, and recognised by the command that registered them', () => {
		const state = meetingWithDelegates();
		const raw = command('walkin.register', { salutation: 'Bà', fullName: 'Phạm Thị Dung', unit: 'Tổ dân phố 9', phone: '0987 654 321' });
		const result = run(state, raw, 'guest', 0, VN(13, 30));
		const added = result.state!.delegates.at(-1)!;
		expect(added).toMatchObject({ fullName: 'Phạm Thị Dung', source: 'walk_in', categoryId: state.categories[1].id, phone: '0987654321', walkInCommandId: raw.id });
		expect(result.state!.attendance[added.id].via).toBe('walk_in');
		expect(run(state, raw, 'guest', 0, VN(12)).error?.code).toBe('checkin_not_open');
		expect(run(createdMeeting(), command('walkin.register', { salutation: 'Ông', fullName: 'X', unit: 'Tổ 1' }), 'guest').error?.code).toBe('no_walk_in_category');
	});

	it('[C10] a walk-in without a unit is refused: someone not on the list is known by where they come from', () => {
		const state = meetingWithDelegates();
		for (const unit of ['', '   ']) {
			const refused = run(state, command('walkin.register', { salutation: 'Ông', fullName: 'Đỗ Văn Em', unit }), 'desk');
			expect(refused.error?.code).toBe('invalid_command');
			expect(refused.state).toBe(state);
		}
		expect(run(state, command('walkin.register', { salutation: 'Ông', fullName: 'Đỗ Văn Em', unit: 'Thôn Đông' }), 'desk').error).toBeNull();
	});

	it('[C6] only the desk scans, searches and undoes; a guest can only register', () => {
		const state = meetingWithDelegates();
		for (const [type, payload] of [
			['checkin.scan', { code: state.delegates[0].token }],
			['checkin.desk', { delegateId: state.delegates[0].id }],
			['checkin.undo', { delegateId: state.delegates[0].id }]
		] as const) {
			for (const role of ['guest', 'delegate', 'projector', 'chair'] as const) {
				expect(run(state, command(type, payload), role).error?.code, `${role} ${type}`).toBe('forbidden');
			}
		}
	});

	it('[C7] attendance counts present / expected per category', () => {
		let state = meetingWithDelegates();
		state = run(state, command('checkin.desk', { delegateId: state.delegates[1].id }), 'desk').state!;
		state = run(state, command('walkin.register', { salutation: 'Ông', fullName: 'Đỗ Văn Em', unit: 'Thôn Đông' }), 'guest').state!;
		const summary = attendanceSummary(state);
		expect(summary).toMatchObject({ present: 2, expected: 5, onList: 4 });
		expect(summary.byCategory.map((c) => [c.name, c.present, c.expected])).toEqual([
			['Đại biểu phường', 0, 2],
			['Đại biểu Nhân dân', 2, 3]
		]);
	});

	it('[C9] an invited person is not registered again as a walk-in; namesakes elsewhere are', () => {
		let state = meetingWithDelegates();
		state = run(state, command('delegate.update', { id: state.delegates[1].id, unit: 'Tổ dân phố 3' }), 'admin').state!;
		const invited = state.delegates[1];
		const same = { salutation: 'Bà', fullName: 'tran thi  BINH', unit: 'to dan pho 3' };
		// The phone: refused, and the answer names nobody.
		const phone = run(state, command('walkin.register', same), 'guest', 0, VN(13, 30));
		expect(phone.error?.code).toBe('on_invitation_list');
		expect(phone.error?.message).toContain('danh sách khách mời');
		expect(JSON.stringify(phone.error)).not.toContain(invited.id);
		expect(run(state, command('walkin.register', { ...same, differentPerson: true }), 'guest', 0, VN(13, 30)).error?.code).toBe('on_invitation_list');
		// The desk: told who, so it can check that person in instead.
		const desk = run(state, command('walkin.register', same), 'desk');
		expect(desk.error).toMatchObject({ code: 'invited_namesake', params: { delegateId: invited.id } });
		// The desk may still register a different person with the same name and unit.
		const other = run(state, command('walkin.register', { ...same, differentPerson: true }), 'desk');
		expect(other.state!.delegates).toHaveLength(4);
		// Another unit, or the invited person already here: a walk-in as usual.
		expect(run(state, command('walkin.register', { ...same, unit: 'Tổ dân phố 5' }), 'guest', 0, VN(13, 30)).error).toBeNull();
		const arrived = run(state, command('checkin.desk', { delegateId: invited.id }), 'desk').state!;
		expect(run(arrived, command('walkin.register', same), 'guest', 0, VN(13, 30)).error).toBeNull();
	});
});
