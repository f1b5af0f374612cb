import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import type { MeetingState } from '../types';
import { plainText } from '../documents/model';
import { followUpStatusTable, reminderTable, remindersByAgency } from './follow-up-table';
import { buildFrontReport } from './front-report-doc';

const must = (result: { state: MeetingState; error: { message: string } | null }) => {
	if (result.error) throw new Error(result.error.message);
	return result.state;
};
const agencyId = (state: MeetingState, short: string) => state.agencies.find((a) => a.shortName === short)!.id;

/** Mon 13/07/2026; three assignments: KTHTĐT due 20/07 (Mon) and 31/07 (Fri), CA due 16/07 (Thu). */
function meeting(): MeetingState {
	let state = meetingForMinutes('2026-07-13');
	const assign = (content: string, short: string, deadline: string) => {
		const r = recorded(state, content, { raisedBy: { kind: 'person', name: 'Ông Nguyễn Văn An', unit: 'Tổ dân phố 3', delegateId: null } });
		state = must(act(r.state, 'opinion.tag', { opinionId: r.id, outcome: { kind: 'assigned', leadAgencyId: agencyId(r.state, short), coAgencyIds: [], task: `Trả lời: ${content}`, deadline } }));
		return r.id;
	};
	assign('Đường ngõ 12 ngập', 'KTHTĐT', '2026-07-20');
	const later = assign('Cấp giấy chứng nhận', 'KTHTĐT', '2026-07-31');
	assign('Trộm cắp ban đêm', 'CA', '2026-07-16');
	state = must(act(state, 'followUp.recordAnswer', { opinionId: later, answeredOn: '2026-07-15', documentNumber: '125/UBND-KT', summary: 'Đã cấp giấy' }, 'admin', { now: Date.parse('2026-07-15T03:00:00Z') }));
	return state;
}

describe('follow-up lists: reminders per agency and the report to the Front', () => {
	it('[T50] lists per lead agency what is overdue or due within 3 working days, overdue first; answered and far-off ones are left out', () => {
		// Fri 17/07: CA's 16/07 is overdue by 1 working day; KTHTĐT's Mon 20/07 is 1 working day away.
		const lists = remindersByAgency(meeting(), '2026-07-17');
		expect(lists.map((l) => [l.agencyName, l.rows.map((r) => [r.assignment.content, r.status])])).toEqual([
			['Công an phường', [['Trộm cắp ban đêm', 'overdue']]],
			['Phòng Kinh tế, Hạ tầng và Đô thị', [['Đường ngõ 12 ngập', 'due_soon']]]
		]);
		const ca = lists[0];
		expect(reminderTable(ca, 'vi').rows[0]).toEqual(['1', 'Ông Nguyễn Văn An, Tổ dân phố 3', 'Trộm cắp ban đêm', 'Trả lời: Trộm cắp ban đêm', 'Thứ Năm, 16/07/2026', 'Quá hạn 1 ngày làm việc']);
		// One agency only; and on Mon 13/07 only CA's 16/07 is within 3 working days (KTHTĐT's 20/07 is 5 away).
		const state = meeting();
		expect(remindersByAgency(state, '2026-07-17', agencyId(state, 'CA')).map((l) => l.agencyName)).toEqual(['Công an phường']);
		expect(remindersByAgency(state, '2026-07-13').flatMap((l) => l.rows.map((r) => [r.assignment.content, r.status]))).toEqual([['Trộm cắp ban đêm', 'due_soon']]);
	});

	it('[T51] the report to the Front lists every assignment with its status and the agency’s written answer', () => {
		const table = followUpStatusTable(meeting(), '2026-07-17', 'vi');
		expect(table.rows).toHaveLength(3);
		expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
		const answered = table.rows.find((r) => r[3] === 'Cấp giấy chứng nhận')!;
		expect(answered.slice(8, 12)).toEqual(['Đã trả lời', '15/07/2026', '125/UBND-KT', 'Đã cấp giấy']);
		expect(table.rows.find((r) => r[3] === 'Trộm cắp ban đêm')![8]).toBe('Quá hạn');

		// The same as a document (print view and .docx): the counts, then each assignment's result.
		const text = plainText(buildFrontReport(meeting(), '2026-07-17'));
		expect(text).toContain('kết quả giải quyết 3 ý kiến, kiến nghị được giao (tính đến ngày 17/07/2026): đã trả lời 1, trong đó quá hạn 0; chưa trả lời 2, trong đó quá hạn 1.');
		expect(text).toContain('Văn bản số 125/UBND-KT, ngày 15/07/2026\nĐã cấp giấy');
		expect(text).toContain('Kính gửi: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam');
	});

	it('[T51] the report to the Front is signed as the header says: for the People’s Committee “TM. Ủy ban nhân dân / Chủ tịch”, for the Party committee “T/M Ban Thường vụ / Bí thư”', () => {
		const chairs = [{ id: 'c1', name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND phường', position: 'chair' as const }];
		const base = meeting();
		const government = plainText(buildFrontReport({ ...base, plan: { ...base.plan, host: 'government', chairs } }, '2026-07-17'));
		expect(government).toContain('/BC-UBND');
		expect(government).toContain('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');
		const party = plainText(buildFrontReport({ ...base, plan: { ...base.plan, host: 'both', chairs } }, '2026-07-17'));
		expect(party).toContain('BC/ĐU');
		expect(party).toContain('T/M BAN THƯỜNG VỤ\nBÍ THƯ');
		expect(party).not.toContain('CHỦ TỊCH UBND PHƯỜNG');
		// The unit's kind is a common noun inside a sentence.
		const inWard = plainText(buildFrontReport({ ...base, plan: { ...base.plan, issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG' } }, '2026-07-17'));
		expect(inWard).toContain('Kính gửi: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bạch Đằng');
	});
});
