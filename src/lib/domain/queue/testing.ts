/** Test helpers for the queue: a running meeting with delegates checked in, and a runner. */
import type { DomainError } from '../errors';
import type { StoredEvent } from '../events';
import { command, createdMeeting, run as runCore } from '../testing';
import type { Actor, Role } from '../types';
import type { LiveMeeting } from './live';

export { command };

/** 13/07/2026 14:00 in Vietnam plus `minutes`. */
export const at = (minutes = 0, seconds = 0) => Date.UTC(2026, 6, 13, 7, 0) + minutes * 60_000 + seconds * 1000;

/** Decides and folds with the registered commands and reducers, the way the server does. */
export function run(state: LiveMeeting, raw: { id: string; type: string; payload: unknown }, who: Role | Actor, now = at()): { state: LiveMeeting; events: StoredEvent[]; error: DomainError | null } {
	const result = runCore(state, raw, who, 0, now);
	return { state: result.state!, events: result.events, error: result.error };
}

/** Runs and insists it worked. */
export function ok(state: LiveMeeting, type: string, payload: unknown, who: Role | Actor, now = at()): LiveMeeting {
	const result = run(state, command(type, payload), who, now);
	if (result.error) throw new Error(`${type}: ${result.error.code} ${result.error.message}`);
	return result.state;
}

/**
 * A running meeting in the dialogue item: two officials (ward category) and four citizens,
 * all checked in except the last citizen; one agency; one chair.
 */
export function dialogueMeeting(): LiveMeeting {
	let s = createdMeeting(['Khai mạc', 'Đối thoại', 'Kết luận'])!;
	const step = (type: string, payload: unknown, who: Role = 'admin') => {
		const r = runCore(s, command(type, payload), who);
		if (r.error) throw new Error(r.error.message);
		s = r.state!;
	};
	step('categories.set', { categories: [{ name: 'Đại biểu phường', expected: 5 }, { name: 'Đại biểu Nhân dân', expected: 30 }] });
	const [ward, citizens] = s.categories;
	step('delegates.import', {
		delegates: [
			{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'UBND phường', categoryId: ward.id },
			{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 3', categoryId: citizens.id },
			{ salutation: 'Ông', fullName: 'Lê Văn Cường', unit: 'Tổ dân phố 5', categoryId: citizens.id },
			{ salutation: 'Bà', fullName: 'Phạm Thị Dung', unit: 'Thôn Đông', categoryId: citizens.id },
			{ salutation: 'Ông', fullName: 'Hoàng Văn Em', unit: 'Công an phường', categoryId: ward.id },
			{ salutation: 'Ông', fullName: 'Vũ Văn Giang', unit: 'Tổ dân phố 1', categoryId: citizens.id }
		]
	});
	step('agencies.set', { agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT', head: 'Đỗ Văn Hùng' }] });
	step('plan.update', { chairs: [{ name: 'Ngô Thị Lan', title: 'Bí thư Đảng ủy phường' }] });
	const items = s.agenda.map((i, n) => ({ id: i.id, title: i.title, type: n === 1 ? 'dialogue' : 'procedural' }));
	step('agenda.setItems', { items });
	for (const d of s.delegates.slice(0, 5)) step('checkin.desk', { delegateId: d.id }, 'desk');
	step('meeting.start', {}, 'chair');
	step('agenda.setCurrent', { itemId: s.agenda[1].id }, 'chair');
	return s;
}

/** A delegate's phone. */
export const phone = (state: LiveMeeting, index: number): Actor => ({ role: 'delegate', delegateId: state.delegates[index].id });

export const ask = (state: LiveMeeting, index: number, now = at(), statement = 'Đường ngõ bị ngập khi mưa') =>
	ok(state, 'request.submit', { fieldId: 'field-3', statement }, phone(state, index), now);
