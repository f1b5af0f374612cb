import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';
import type { MeetingState } from '../types';
import { delegateForCode, deskList, looksLikeCode, presenceCounts, singleMatch } from './desk-view';

function meetingWithDelegates(): MeetingState {
	let state = createdMeeting();
	state = run(state, command('categories.set', { categories: [{ name: 'Đại biểu phường', expected: 2 }, { name: 'Đại biểu Nhân dân', expected: 3 }] }), 'admin').state!;
	const [ward, citizens] = state.categories;
	const delegates = [
		{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 3', categoryId: citizens.id },
		{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'UBND phường', categoryId: ward.id },
		// Saved in NFD, as some files are: still found and sorted as "Nguyễn Văn Cường".
		{ salutation: 'Ông', fullName: 'Nguyễn Văn Cường'.normalize('NFD'), unit: 'Tổ dân phố 12', categoryId: citizens.id },
		{ salutation: 'Ông', fullName: 'Lê Văn Anh', unit: 'Thôn Đông', categoryId: citizens.id }
	];
	return run(state, command('delegates.import', { delegates }), 'admin').state!;
}

const names = (groups: ReturnType<typeof deskList>) => groups.map((g) => [g.category.name, g.rows.map((r) => r.delegate.fullName.normalize('NFC'))]);

describe('help desk list', () => {
	it('[C4] groups by category in plan order and sorts by given name', () => {
		const state = meetingWithDelegates();
		expect(names(deskList(state, { query: '', categoryId: '', presence: 'all' }))).toEqual([
			['Đại biểu phường', ['Nguyễn Văn An']],
			['Đại biểu Nhân dân', ['Lê Văn Anh', 'Trần Thị Bình', 'Nguyễn Văn Cường']]
		]);
	});

	it('[C4] finds by name or unit without tones, and filters by category', () => {
		const state = meetingWithDelegates();
		const citizens = state.categories[1].id;
		expect(names(deskList(state, { query: 'nguyen van', categoryId: '', presence: 'all' }))).toEqual([
			['Đại biểu phường', ['Nguyễn Văn An']],
			['Đại biểu Nhân dân', ['Nguyễn Văn Cường']]
		]);
		expect(names(deskList(state, { query: 'to dan pho', categoryId: citizens, presence: 'all' }))).toEqual([['Đại biểu Nhân dân', ['Trần Thị Bình', 'Nguyễn Văn Cường']]]);
		expect(deskList(state, { query: 'thon dong', categoryId: state.categories[0].id, presence: 'all' })).toEqual([]);
	});

	it('[C7] separates who has arrived from who has not, with counts for each tab', () => {
		let state = meetingWithDelegates();
		const binh = state.delegates[0].id;
		state = run(state, command('checkin.desk', { delegateId: binh }), 'desk').state!;
		const absent = deskList(state, { query: '', categoryId: state.categories[1].id, presence: 'absent' });
		expect(names(absent)).toEqual([['Đại biểu Nhân dân', ['Lê Văn Anh', 'Nguyễn Văn Cường']]]);
		const here = deskList(state, { query: '', categoryId: '', presence: 'present' });
		expect(here[0].rows[0].checkIn?.via).toBe('desk');
		expect(presenceCounts(state, { query: '', categoryId: '' })).toEqual({ all: 4, present: 1, absent: 3 });
		expect(presenceCounts(state, { query: 'nguyen', categoryId: '' })).toEqual({ all: 2, present: 0, absent: 2 });
	});

	it('[C11] Enter on a name checks in the one person it finds in the list as shown; several or none: only a search', () => {
		const state = meetingWithDelegates();
		const all = { categoryId: '', presence: 'all' as const };
		expect(singleMatch(state, { ...all, query: 'tran thi binh' })?.fullName).toBe('Trần Thị Bình');
		expect(singleMatch(state, { ...all, query: 'thon dong' })?.fullName).toBe('Lê Văn Anh');
		expect(singleMatch(state, { ...all, query: 'nguyen van' })).toBeNull();
		expect(singleMatch(state, { ...all, query: 'nobody' })).toBeNull();
		expect(singleMatch(state, { ...all, query: '  ' })).toBeNull();
		// The tabs narrow what is shown: "Nguyễn Văn" among the ward's delegates is one person.
		expect(singleMatch(state, { query: 'nguyen van', categoryId: state.categories[0].id, presence: 'all' })?.fullName).toBe('Nguyễn Văn An');
		expect(singleMatch(state, { ...all, query: state.delegates[0].token })).toBeNull();
	});

	it('[C3] names the person a scanned link or token belongs to; a stranger code names no one', () => {
		const state = meetingWithDelegates();
		const { token, fullName } = state.delegates[3];
		expect(delegateForCode(state, `http://192.168.1.10:3000/i/${token}`)?.fullName).toBe(fullName);
		expect(delegateForCode(state, token)?.fullName).toBe(fullName);
		expect(delegateForCode(state, 'http://x/i/nobody')).toBeUndefined();
		expect(delegateForCode(state, '   ')).toBeUndefined();
	});
});

describe('looksLikeCode', () => {
	it('tells a scanned link or token from a name or unit typed in the same box', () => {
		expect(looksLikeCode('http://192.168.1.10:3000/i/AbCdEfGhIjKlMnOpQrStUv')).toBe(true);
		expect(looksLikeCode('AbCdEfGhIjKlMnOpQrStUv')).toBe(true);
		expect(looksLikeCode('http://example.com/i/not-a-real-token')).toBe(true);
		expect(looksLikeCode('nguyen van an')).toBe(false);
		expect(looksLikeCode('Phạm Thị Hương')).toBe(false);
		expect(looksLikeCode('to dan pho 3')).toBe(false);
		expect(looksLikeCode('Nguyen')).toBe(false);
	});
});
