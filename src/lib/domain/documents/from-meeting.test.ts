import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';
import type { MeetingState } from '../types';
import { buildBienBan } from './bien-ban';
import { minutesInput } from './from-meeting';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import { plainText } from './model';
import { buildThongBaoKetLuan } from './thong-bao-ket-luan';

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

	it('[D13] the minutes in the documents: every outcome, answers by chair and agency, assignments with agency and deadline', () => {
		let s = run(meetingForMinutes(), command('plan.update', { chairs: [{ name: 'Nguyễn Thị Hoa', title: 'Chủ tịch UBND phường', position: 'chair' }] }), 'admin').state!;
		const [kthtdt, ca] = s.agencies;
		const chairId = s.plan.chairs[0].id;
		const ids: string[] = [];
		const kinds = [
			{ kind: 'answered' },
			{ kind: 'assigned', leadAgencyId: kthtdt.id, coAgencyIds: [ca.id], task: 'Kiểm tra, trả lời bằng văn bản' },
			{ kind: 'assigned', leadAgencyId: ca.id, task: 'Xử lý', deadline: '2026-08-31' },
			{ kind: 'reported', level: 'province' },
			{ kind: 'accepted', body: 'UBND phường' },
			{ kind: 'out_of_scope', note: 'Hướng dẫn gửi đơn' }
		];
		kinds.forEach((_, i) => {
			const r = recorded(s, `Ý kiến số ${i + 1} về ngõ 12`, { raisedBy: { kind: 'person', name: 'Ông Phạm Văn Tư', unit: 'Tổ 5' } });
			s = r.state;
			ids.push(r.id);
		});
		s = act(s, 'opinion.addAnswer', { opinionId: ids[0], by: { kind: 'chair', chairId, name: '' }, summary: 'Phường sẽ sửa trong quý III.' }).state;
		s = act(s, 'opinion.addAnswer', { opinionId: ids[1], by: { kind: 'agency', agencyId: kthtdt.id, name: 'Ông Trần Văn Bình' }, summary: 'Sẽ khảo sát.' }).state;
		kinds.forEach((outcome, i) => {
			const r = act(s, 'opinion.tag', { opinionId: ids[i], outcome });
			expect(r.error).toBeNull();
			s = r.state;
		});
		s = act(s, 'opinion.record', { origin: { kind: 'collected', collectedOpinionId: s.collectedOpinions[0].id } }).state;
		s = act(s, 'conclusion.add', { opinionIds: [ids[1]], text: 'Giao phòng Kinh tế sửa ngõ 12.' }).state;
		s = act(s, 'minutes.editOverall', { text: { text: 'Hội nghị thành công.', baseVersion: 0 } }).state;
		s = act(s, 'minutes.editItemSummary', { itemId: s.agenda[1].id, text: { text: 'Kinh tế tăng 8%.', baseVersion: 0 } }).state;

		const input = minutesInput(s);
		expect(input.opinions.map((o) => o.outcome)).toEqual(['answered', 'assigned', 'assigned', 'reported_upward', 'accepted', 'out_of_scope', null]);
		expect(input.opinions.map((o) => o.source)).toEqual(['spoken', 'spoken', 'spoken', 'spoken', 'spoken', 'spoken', 'collected']);
		expect(input.opinions[0]).toMatchObject({
			petitioner: { salutation: 'Ông', name: 'Phạm Văn Tư', unit: 'Tổ 5' },
			answers: [{ speaker: { salutation: 'Đồng chí', name: 'Nguyễn Thị Hoa', title: 'Chủ tịch UBND phường' }, content: 'Phường sẽ sửa trong quý III.' }]
		});
		// The salutation typed with the name is the person's, the agency is their unit (once): no "Đồng chí Ông …".
		expect(input.opinions[1].answers).toEqual([{ speaker: { kind: 'person', salutation: 'Ông', name: 'Trần Văn Bình', title: '', unit: kthtdt.name }, content: 'Sẽ khảo sát.' }]);
		// Mon 13/07/2026 + 10 working days = 27/07 (notice), + 15 (the plan's default period) = 17/08.
		expect(input.opinions[1].assignment).toEqual({ leadAgency: kthtdt.name, cooperating: [ca.name], deadline: '2026-08-17' });
		expect(input.opinions[2].assignment).toEqual({ leadAgency: ca.name, cooperating: [], deadline: '2026-08-31' });
		expect(input.conclusions).toEqual([{ field: 'Giao thông', text: 'Giao phòng Kinh tế sửa ngõ 12.' }]);
		expect(input).toMatchObject({ generalAssessment: 'Hội nghị thành công.' });
		expect(input.programme[1].summary).toBe('Kinh tế tăng 8%.');

		const bienBan = plainText(buildBienBan(input));
		for (let i = 1; i <= 6; i++) expect(bienBan).toContain(`Ý kiến số ${i} về ngõ 12`);
		expect(bienBan).toContain('Ông Phạm Văn Tư');
		expect(bienBan).toContain('Phường sẽ sửa trong quý III.');
		const notice = plainText(buildThongBaoKetLuan(input));
		expect(notice).toContain(kthtdt.name);
		expect(notice).toContain(ca.name);
		expect(notice).toContain('17/08/2026');
		expect(notice).toContain('31/08/2026');
		expect(notice).toContain('Giao phòng Kinh tế sửa ngõ 12.');
	});
});
