import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import type { MeetingState } from '../types';
import { agencyView } from './agency-view';
import { initials, maskPhones, publicResults } from './public-view';

const LATER = Date.UTC(2026, 6, 20, 3, 0);
const PHONE = '0912345678';

/** A meeting whose list has a phone and a token, and whose texts mention a phone number. */
function meetingWithPrivateData(): { state: MeetingState; lead: string; other: string } {
	let state = act(meetingForMinutes(), 'categories.set', { categories: [{ name: 'Nhân dân', expected: 100 }] }, 'admin').state;
	state = act(state, 'delegate.add', { salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 5', categoryId: state.categories[0].id, phone: PHONE }, 'admin').state;
	const delegate = state.delegates.find((d) => d.fullName === 'Nguyễn Văn An');
	if (!delegate?.phone || !delegate.token) throw new Error('the sample delegate was not added');
	const [lead, other] = state.agencies.map((a) => a.id);
	const raisedBy = { kind: 'person', name: 'Ông Nguyễn Văn An', unit: 'Tổ dân phố 5', delegateId: delegate?.id ?? null };
	const first = recorded(state, `Đường ngõ 12 ngập sâu, liên hệ ${PHONE} hoặc 0912 345 678`, { raisedBy });
	state = act(first.state, 'opinion.tag', { opinionId: first.id, outcome: { kind: 'assigned', leadAgencyId: lead, task: 'Kiểm tra, trả lời', deadline: '2026-08-14' } }, 'chair').state;
	const second = recorded(state, 'Rác thải ven sông', { raisedBy: { kind: 'organisation', name: 'Chi hội Phụ nữ tổ 3', unit: 'Tổ dân phố 3', delegateId: null } });
	state = act(second.state, 'opinion.tag', { opinionId: second.id, outcome: { kind: 'assigned', leadAgencyId: other, task: 'Di dời' } }, 'chair').state;
	state = act(state, 'conclusion.add', { opinionIds: [first.id], text: 'Giao phòng Kinh tế sửa ngõ 12 trong quý III (ĐT 0912.345.678).' }, 'chair').state;
	state = act(state, 'followUp.recordAnswer', { opinionId: first.id, answeredOn: '2026-07-20', documentNumber: '125/UBND-KT', summary: `Đã trả lời, gọi ${PHONE}` }, 'secretary', { now: LATER }).state;
	return { state, lead, other };
}

/** Every run of digits in a text, separators between digits removed. */
const digitRuns = (text: string) => (text.replace(/(\d)[\s.-](?=\d)/g, '$1').match(/\d+/g) ?? []).filter((run) => run.length >= 9);

describe('public results page', () => {
	it('[U1] nothing until the office switches it on', () => {
		const { state } = meetingWithPrivateData();
		expect(publicResults(state, '2026-07-20')).toBeNull();
	});

	it('[U2] [U3] an allow-list: conclusions and statuses, initials, no phone, token or delegate id', () => {
		const { state } = meetingWithPrivateData();
		const on = act(state, 'followUp.setPublicResults', { enabled: true, initialsOnly: true }, 'secretary').state;
		const view = publicResults(on, '2026-07-20')!;
		expect(view.assignments.map((a) => [a.petitioner, a.status, a.answeredOn, a.documentNumber])).toEqual([
			['N.V.A.', 'answered', '2026-07-20', '125/UBND-KT'],
			['Chi hội Phụ nữ tổ 3', 'waiting', null, '']
		]);
		expect(view.conclusions[0]).toMatchObject({ field: 'Giao thông' });
		const text = JSON.stringify(view);
		expect(digitRuns(text)).toEqual([]);
		expect(text).not.toContain('Nguyễn Văn An');
		for (const d of on.delegates) {
			expect(text).not.toContain(d.token);
			expect(text).not.toContain(d.id);
		}
		// The answer's summary is the agency's letter to the person: not published.
		expect(text).not.toContain('Đã trả lời, gọi');
		const full = publicResults(act(on, 'followUp.setPublicResults', { enabled: true, initialsOnly: false }, 'secretary').state, '2026-07-20')!;
		expect(full.assignments[0].petitioner).toBe('Ông Nguyễn Văn An');
	});

	it('[U3] phone-like digit runs are masked; dates and document numbers are kept', () => {
		expect(maskPhones('Gọi 0912 345 678 hoặc +84.912.345.678')).toBe('Gọi … hoặc …');
		expect(maskPhones('Số 125/UBND-KT ngày 20-07-2026, nhà số 12')).toBe('Số 125/UBND-KT ngày 20-07-2026, nhà số 12');
		expect(initials('Nguyễn  Văn An')).toBe('N.V.A.');
		expect(initials('Đỗ Thị Ánh')).toBe('Đ.T.Á.');
	});

	it('[T7] an agency’s view lists only the assignments that name it, without phones or tokens', () => {
		const { state, lead, other } = meetingWithPrivateData();
		const view = agencyView(state, lead, '2026-07-20')!;
		expect(view.assignments.map((a) => [a.leads, a.status])).toEqual([[true, 'answered']]);
		expect(agencyView(state, other, '2026-07-20')!.assignments).toHaveLength(1);
		expect(agencyView(state, 'nope', '2026-07-20')).toBeNull();
		const text = JSON.stringify(view);
		expect(digitRuns(text.replace(/"recordedAt":\d+/, ''))).toEqual([]);
		for (const d of state.delegates) expect(text).not.toContain(d.token);
	});
});
