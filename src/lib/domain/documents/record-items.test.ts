/**
 * Issue 18, items 11–17 and 8: what the documents print from the meeting record, built from a
 * real meeting state (commands folded by the registered reducers), through `minutesInput`.
 */
import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes } from '../minutes/testing';
import { command, run } from '../testing';
import type { MeetingState } from '../types';
import { buildBienBan } from './bien-ban';
import { minutesInput } from './from-meeting';
import { invitationHeader } from './invitation-header';
import { plainText, type DocumentModel, type Table } from './model';
import { buildThongBaoKetLuan } from './thong-bao-ket-luan';

const must = (r: { state: MeetingState; error: unknown }) => {
	if (r.error) throw new Error(JSON.stringify(r.error));
	return r.state;
};
let n = 0;
function opinion(s: MeetingState, payload: Record<string, unknown>): { state: MeetingState; id: string } {
	const id = `opinion-${++n}-xxxxxxxx`;
	return { state: must(act(s, 'opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', content: 'Nội dung', ...payload }, 'secretary', { id })), id };
}
const tag = (s: MeetingState, opinionId: string, outcome: unknown) => must(act(s, 'opinion.tag', { opinionId, outcome }));
const docs = (s: MeetingState) => {
	const input = minutesInput(s);
	return { bienBan: plainText(buildBienBan(input)), notice: plainText(buildThongBaoKetLuan(input)), models: [buildBienBan(input), buildThongBaoKetLuan(input)] };
};
const headerOf = (m: DocumentModel) => m.blocks.find((b): b is Table => b.kind === 'table')!;

describe('documents from the meeting record', () => {
	it('[D14] an answer names its speaker once, with the agency once: "Đồng chí <name>, <title>" or "Bà <name>, <unit>"; an empty answer is not printed', () => {
		let s = meetingForMinutes();
		const [kt, , vhxh] = s.agencies;
		let o = opinion(s, { content: 'Ngõ 12 ngập.', raisedBy: { kind: 'person', salutation: 'Cụ', name: 'Lê Văn Tám', unit: 'Tổ 5', delegateId: null } });
		s = o.state;
		// As the queue records an agency's turn: the representative's name, the agency as title.
		s = must(act(s, 'opinion.addAnswer', { opinionId: o.id, by: { kind: 'agency', agencyId: kt.id, name: 'Đỗ Văn Hùng', salutation: '', title: kt.name }, summary: 'Sẽ khảo sát.' }));
		// No name typed: the agency's head as the plan lists her, "Bà Phạm Thị Dung".
		s = must(act(s, 'opinion.addAnswer', { opinionId: o.id, by: { kind: 'agency', agencyId: vhxh.id, name: '' }, summary: 'Hỗ trợ hộ nghèo.' }));
		// An answer stored before the parts were kept apart: "name, agency" in one string.
		s = must(act(s, 'opinion.addAnswer', { opinionId: o.id, by: { kind: 'agency', agencyId: kt.id, name: `Trần Văn Bình, ${kt.name}` }, summary: 'Bổ sung.' }));
		// A stray Alt+R.
		s = must(act(s, 'opinion.addAnswer', { opinionId: o.id, by: { kind: 'agency', agencyId: kt.id, name: '' }, summary: '' }));
		s = tag(s, o.id, { kind: 'answered' });
		o = { state: s, id: o.id };
		const { bienBan } = docs(s);
		expect(bienBan).toContain('1. Cụ Lê Văn Tám, Tổ 5: Ngõ 12 ngập.');
		expect(bienBan).toContain(`Đồng chí Đỗ Văn Hùng, ${kt.name} trả lời: Sẽ khảo sát.`);
		expect(bienBan).toContain(`Bà Phạm Thị Dung, ${vhxh.name} trả lời: Hỗ trợ hộ nghèo.`);
		expect(bienBan).toContain(`Đồng chí Trần Văn Bình, ${kt.name} trả lời: Bổ sung.`);
		expect(bienBan).not.toMatch(/Đồng chí (Ông|Bà|Cụ) /);
		expect(bienBan).not.toContain(`${kt.name}, ${kt.name}`);
		expect(bienBan).not.toMatch(/trả lời: $/m);
		expect(bienBan.match(/trả lời: /g)).toHaveLength(3);
	});

	it('[D15] an opinion with no named speaker: the unit alone, else "Một đại biểu (không nêu tên)", never "5. : …"', () => {
		let s = meetingForMinutes();
		let o = opinion(s, { content: 'Đèn đường hỏng.', raisedBy: { kind: 'person', name: '', unit: '', delegateId: null } });
		s = tag(o.state, o.id, { kind: 'reported', level: 'province' });
		o = opinion(s, { content: 'Thiếu nhà văn hóa.', raisedBy: { kind: 'person', name: '', unit: 'Thôn Đông', delegateId: null } });
		s = tag(o.state, o.id, { kind: 'reported', level: 'central' });
		const { bienBan, notice } = docs(s);
		expect(bienBan).toContain('1. Một đại biểu (không nêu tên): Đèn đường hỏng.');
		expect(bienBan).toContain('2. Thôn Đông: Thiếu nhà văn hóa.');
		expect(notice).toContain('1. Ý kiến của một đại biểu (không nêu tên): Đèn đường hỏng.');
		expect(notice).toContain('2. Ý kiến của Thôn Đông: Thiếu nhà văn hóa.');
		expect(`${bienBan}\n${notice}`).not.toMatch(/\d\. : |của : /);
	});

	it('[D16] the report level is named in both documents (cấp tỉnh …, trung ương; cấp huyện for meetings before 1 July 2025)', () => {
		let s = meetingForMinutes();
		let o = opinion(s, { content: 'Mở rộng quốc lộ 18.' });
		s = tag(o.state, o.id, { kind: 'reported', level: 'province' });
		o = opinion(s, { content: 'Sửa luật đất đai.' });
		s = tag(o.state, o.id, { kind: 'reported', level: 'central' });
		const { bienBan, notice } = docs(s);
		for (const text of [bienBan, notice]) {
			expect(text).toContain('Ghi nhận, báo cáo cấp tỉnh, thành phố trực thuộc trung ương xem xét, giải quyết.');
			expect(text).toContain('Ghi nhận, báo cáo trung ương xem xét, giải quyết.');
		}
		expect(bienBan).not.toContain('Kết quả: Báo cáo cấp trên.');
		let old = meetingForMinutes('2025-03-10');
		o = opinion(old, { content: 'Đường liên xã.' });
		old = tag(o.state, o.id, { kind: 'reported', level: 'district' });
		expect(docs(old).bienBan).toContain('Kết quả: Ghi nhận, báo cáo cấp huyện xem xét, giải quyết.');
	});

	it('[D17] the out-of-scope note is printed; the generic sentence only when there is none', () => {
		let s = meetingForMinutes();
		const o = opinion(s, { content: 'Khiếu nại quyết định thu hồi đất năm 2019.' });
		s = tag(o.state, o.id, { kind: 'out_of_scope', note: 'hướng dẫn gửi đơn đến Thanh tra thành phố' });
		const { bienBan, notice } = docs(s);
		for (const text of [bienBan, notice]) {
			expect(text).toContain('Không thuộc phạm vi đối thoại; hướng dẫn gửi đơn đến Thanh tra thành phố.');
			expect(text).not.toContain('hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền');
		}
		// The generic sentence when the note is empty (the fixture path: an opinion without a note).
		const input = minutesInput(s);
		input.opinions[0] = { ...input.opinions[0], note: '' };
		expect(plainText(buildBienBan(input))).toContain('hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền');
	});

	it('[D18] each opinion sits under its own outcome whatever its origin: a written opinion assigned is an assignment, not "tiếp thu"', () => {
		let s = meetingForMinutes();
		const kt = s.agencies[0];
		const written = must(act(s, 'opinion.record', { origin: { kind: 'written', writtenOpinionId: 'written-0001' }, field: 'Môi trường', content: 'Rác tập kết ven sông.', raisedBy: { kind: 'person', salutation: 'Bà', name: 'Ngô Thị Hạnh', unit: 'Tổ 3', delegateId: null } }, 'secretary', { id: 'opinion-written-1' }));
		s = tag(written, 'opinion-written-1', { kind: 'assigned', leadAgencyId: kt.id, task: 'Di dời điểm tập kết' });
		const { bienBan, notice } = docs(s);
		expect(bienBan).not.toMatch(/được tiếp thu/);
		expect(bienBan).toContain('Ý kiến gửi bằng văn bản và ý kiến thu thập trước hội nghị');
		expect(bienBan).toMatch(/1\. Bà Ngô Thị Hạnh, Tổ 3: Rác tập kết ven sông\.\nKết quả: Giao Phòng Kinh tế/);
		const assigned = notice.slice(notice.indexOf('III. GIAO NHIỆM VỤ'), notice.indexOf('IV. '));
		const accepted = notice.slice(notice.indexOf('V. CÁC Ý KIẾN TIẾP THU'), notice.indexOf('VI. '));
		expect(assigned).toContain('Ý kiến của bà Ngô Thị Hạnh, Tổ 3: Rác tập kết ven sông.');
		expect(accepted).not.toContain('Rác tập kết');
	});

	it('[D19] biên bản: date line as the layout requires, "Nơi nhận" with the bodies the plan names, one word "chủ tọa" in the text and the signature', () => {
		let s = meetingForMinutes();
		s = must(act(s, 'plan.update', { host: 'government', issuingBody: 'Ủy ban nhân dân phường Bạch Đằng', chairs: [{ name: 'Nguyễn Thị Hoa', title: 'Chủ tịch UBND phường', position: 'chair' }] }, 'admin'));
		const gov = docs(s);
		expect(headerOf(gov.models[0]).rows[1][1].paragraphs).toEqual([]);
		expect(gov.bienBan).toContain('Chủ tọa: đồng chí Nguyễn Thị Hoa, Chủ tịch UBND phường.');
		expect(gov.bienBan).toContain('CHỦ TỌA');
		expect(gov.bienBan).not.toMatch(/chủ trì:/i);
		const recipients = gov.bienBan.slice(gov.bienBan.indexOf('Nơi nhận:'));
		expect(recipients).toBe('Nơi nhận:\n- Lãnh đạo HĐND, UBND phường Bạch Đằng;\n- Ủy ban MTTQ Việt Nam phường Bạch Đằng;\n- Lưu: VT, Hồ sơ.');
		s = must(act(s, 'plan.update', { host: 'party', issuingBody: 'Đảng ủy phường Bạch Đằng' }, 'admin'));
		const party = docs(s);
		expect(headerOf(party.models[0]).rows[1][1].paragraphs.map((p) => p.runs[0].text)).toEqual(['Phường Bạch Đằng, ngày 13 tháng 7 năm 2026']);
		expect(party.bienBan).toContain('- Thường trực Đảng ủy phường Bạch Đằng;');
	});

	it('[D20] every document of a meeting uses its host\'s layout: the invitation of a Party-hosted (or co-hosted) meeting has the Party header, "Số" and the place and date line', () => {
		let s = meetingForMinutes();
		s = run(s, command('plan.update', { host: 'both', parentBody: 'Đảng bộ thành phố Hạ Long', issuingBody: 'Đảng ủy phường Bạch Đằng' }), 'admin').state!;
		const { models } = docs(s);
		expect(models.map((m) => m.layout)).toEqual(['party', 'party']);
		const h = invitationHeader(s.plan, s.basics, s.documentOffice);
		expect(h).toEqual({
			layout: 'party',
			parentBody: 'ĐẢNG BỘ THÀNH PHỐ HẠ LONG',
			issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG',
			number: 'Số       -GM/ĐU',
			placeDate: 'Phường Bạch Đằng, ngày     tháng     năm 2026',
			authority: 'T/M ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG'
		});
		s = run(s, command('plan.update', { host: 'government', issuingBody: 'Ủy ban nhân dân phường Bạch Đằng' }), 'admin').state!;
		expect(invitationHeader(s.plan, s.basics, s.documentOffice)).toMatchObject({ layout: 'government', number: 'Số:       /GM-UBND', authority: 'TM. ỦY BAN NHÂN DÂN PHƯỜNG BẠCH ĐẰNG' });
		expect(docs(s).models.map((m) => m.layout)).toEqual(['government', 'government']);
	});
});
