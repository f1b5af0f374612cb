import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';

describe('collected opinions', () => {
	it('[O1] fills defaults and checks the agency', () => {
		let state = createdMeeting();
		state = run(state, command('agencies.set', { agencies: [{ name: 'Công an phường', shortName: 'CA' }] }), 'admin').state!;
		const next = run(state, command('opinion.addCollected', { raisedBy: 'Ông Lê Văn Cường', unit: 'Tổ dân phố 5', field: 'giao thông', content: 'Xe tải chạy trong khu dân cư' }), 'admin').state!;
		expect(next.collectedOpinions[0]).toMatchObject({ raisedByKind: 'person', source: 'survey', plannedHandling: 'answer_at_meeting', agencyId: null });
		expect(run(state, command('opinion.addCollected', { raisedBy: 'X', content: 'Y', agencyId: 'none' }), 'admin').error?.code).toBe('agency_not_found');
		expect(run(state, command('opinion.addCollected', { raisedBy: 'X', content: 'Y', plannedHandling: 'ignore' }), 'admin').error?.code).toBe('invalid_command');
	});

	it('[O2] update, remove and an all-or-nothing import', () => {
		let state = run(createdMeeting(), command('opinion.addCollected', { raisedBy: 'MTTQ phường', raisedByKind: 'organisation', content: 'Nội dung' }), 'admin').state!;
		const id = state.collectedOpinions[0].id;
		state = run(state, command('opinion.updateCollected', { id, preparedAnswer: 'Đã có kế hoạch sửa chữa trong quý III', plannedHandling: 'answer_later' }), 'admin').state!;
		expect(state.collectedOpinions[0]).toMatchObject({ raisedByKind: 'organisation', plannedHandling: 'answer_later', preparedAnswer: 'Đã có kế hoạch sửa chữa trong quý III' });
		expect(run(state, command('opinion.removeCollected', { id: 'x' }), 'admin').error?.code).toBe('opinion_not_found');
		const imported = run(state, command('opinions.importCollected', { opinions: [{ raisedBy: 'A', content: 'B' }, { raisedBy: 'C', content: 'D' }] }), 'admin').state!;
		expect(imported.collectedOpinions).toHaveLength(3);
		const bad = run(state, command('opinions.importCollected', { opinions: [{ raisedBy: 'A', content: 'B' }, { raisedBy: 'C', content: '' }] }), 'admin');
		expect(bad.error?.code).toBe('invalid_command');
		expect(run(state, command('opinion.removeCollected', { id }), 'admin').state!.collectedOpinions).toEqual([]);
	});
});

describe('meeting.create from a plan document', () => {
	it('[O3] resolves category and agency names ignoring diacritics and case', () => {
		const doc = {
			basics: { title: 'HN', date: '2026-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] },
			categories: [{ name: 'Đại biểu Nhân dân', expected: 2 }],
			agencies: [{ name: 'Phòng Kinh tế', shortName: 'PKT' }],
			delegates: [{ salutation: 'Ông', fullName: 'Nguyễn Văn An', category: 'dai bieu nhan dan' }],
			collectedOpinions: [{ raisedBy: 'Bà B', content: 'Đường', agency: 'pkt' }]
		};
		const result = run(null, command('meeting.create', doc), 'admin');
		expect(result.error).toBeNull();
		expect(result.state!.delegates[0].categoryId).toBe(result.state!.categories[0].id);
		expect(result.state!.collectedOpinions[0].agencyId).toBe(result.state!.agencies[0].id);
	});

	it('[O3] lists every unknown name and creates nothing', () => {
		const doc = {
			basics: { title: 'HN', date: '2026-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] },
			categories: [],
			delegates: [
				{ salutation: 'Ông', fullName: 'A', category: 'Khách mời' },
				{ salutation: 'Bà', fullName: 'B', category: 'Báo chí' }
			]
		};
		const result = run(null, command('meeting.create', doc), 'admin');
		expect(result.error?.code).toBe('invalid_command');
		expect(result.error?.message).toContain('delegates.0.category');
		expect(result.error?.message).toContain('"Báo chí"');
		expect(result.state).toBeNull();
	});
});
