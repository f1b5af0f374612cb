import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';
import type { MeetingState } from '../types';
import { buildBienBan } from './bien-ban';
import { minutesInput } from './from-meeting';
import { plainText } from './model';

const VN = (h: number, m = 0) => Date.UTC(2026, 6, 13, h - 7, m);

function heldMeeting(): MeetingState {
	let s = createdMeeting();
	s = run(s, command('plan.update', { host: 'government', issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG BẠCH ĐẰNG', chairs: [{ name: 'Nguyễn Thị Hoa', title: 'Chủ tịch UBND phường', position: 'chair' }, { name: 'Lê Văn Bình', title: 'Bí thư Đảng ủy', position: 'chair' }, { name: 'Trần Phó', title: 'Phó Chủ tịch', position: 'deputy' }] }), 'admin').state!;
	s = run(s, command('categories.set', { categories: [{ name: 'Lãnh đạo cấp trên', expected: 2 }, { name: 'Nhân dân', expected: 3 }] }), 'admin').state!;
	const [leaders, people] = s.categories;
	s = run(s, command('delegates.import', { delegates: [
		{ salutation: 'Ông', fullName: 'Trần Văn Hùng', title: 'Phó Bí thư Thành ủy', categoryId: leaders.id },
		{ salutation: 'Bà', fullName: 'Ngô Thị Hạnh', categoryId: people.id },
		{ salutation: 'Ông', fullName: 'Vắng Mặt', categoryId: people.id }
	] }), 'admin').state!;
	s = run(s, command('meeting.start'), 'chair', 0, VN(14, 2)).state!;
	for (const d of s.delegates.slice(0, 2)) s = run(s, command('checkin.desk', { delegateId: d.id }), 'desk', 0, VN(14, 3)).state!;
	s = run(s, command('agenda.setCurrent', { itemId: s.agenda[1].id }), 'chair', 0, VN(14, 15)).state!;
	s = run(s, command('agenda.setCurrent', { itemId: s.agenda[0].id }), 'chair', 0, VN(14, 40)).state!;
	return run(s, command('meeting.end'), 'chair', 0, VN(16, 30)).state!;
}

describe('meeting state → documents', () => {
	it('[D12] times as they ran, attendance per category, leaders from above named, chairs and co-chairs, office defaults by host', () => {
		const input = minutesInput(heldMeeting());
		expect(input).toMatchObject({ layout: 'government', startTime: '14:02', endTime: '16:30', ended: true });
		expect(input.attendance).toEqual([
			{ category: 'Lãnh đạo cấp trên', present: 1, expected: 2 },
			{ category: 'Nhân dân', present: 1, expected: 3 }
		]);
		expect(input.guests).toEqual([{ name: 'Trần Văn Hùng', title: 'Phó Bí thư Thành ủy' }]);
		expect(input.chairs.map((c) => [c.name, c.role])).toEqual([['Nguyễn Thị Hoa', 'chair'], ['Lê Văn Bình', 'co_chair']]);
		// The first item began at the start and is not moved by coming back to it.
		expect(input.programme.map((p) => p.startedAt)).toEqual(['14:02', '14:15', null, null]);
		expect(input.office).toMatchObject({ bienBanSymbol: 'BB-UBND', noticeSymbol: 'TB-UBND', placeName: 'Phường Bạch Đằng' });
		expect(input.office.noticeSigner).toEqual({ authority: 'TM.', body: 'Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Thị Hoa' });
		expect(plainText(buildBienBan(input))).toContain('Hội nghị kết thúc vào hồi 16 giờ 30 phút cùng ngày.');
	});

	it('[D12] what the office set wins over the defaults', () => {
		const s = run(heldMeeting(), command('documents.update', { bienBanSymbol: 'BB-VP', placeName: 'Hạ Long', noticeSigner: { authority: 'KT.', body: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Trần Phó' } }), 'secretary').state!;
		const office = minutesInput(s).office;
		expect(office).toMatchObject({ bienBanSymbol: 'BB-VP', placeName: 'Hạ Long', noticeSigner: { authority: 'KT.', name: 'Trần Phó' } });
	});
});
