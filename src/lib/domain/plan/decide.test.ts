import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../workdays/holidays';
import { command, createdMeeting, run, runningMeeting } from '../testing';

const agendaInput = (titles: string[]) => titles.map((title) => ({ title, presenter: '', plannedMinutes: 10, type: 'report' }));

describe('plan.update', () => {
	it('[P1] changes only the fields sent; new people get ids, known ids are kept', () => {
		const state = createdMeeting();
		const first = run(state, command('plan.update', { kind: 'thematic', chairs: [{ name: 'Nguyễn Văn Hải', title: 'Bí thư Đảng ủy phường', position: 'chair' }] }), 'admin').state!;
		expect(first.plan.kind).toBe('thematic');
		expect(first.plan.host).toBe('both');
		const chairId = first.plan.chairs[0].id;
		const second = run(first, command('plan.update', { chairs: [{ id: chairId, name: 'Nguyễn Văn Hải', title: 'Bí thư' }, { id: 'forged', name: 'Trần Thị Lan', title: 'Chủ tịch UBND' }] }), 'admin').state!;
		expect(second.plan.chairs[0].id).toBe(chairId);
		expect(second.plan.chairs[1].id).not.toBe('forged');
		expect(second.plan.chairs[1].position).toBe('chair');
	});

	it('[P1] a field not sent keeps its value, even one with a default (header bodies, rules)', () => {
		const state = run(createdMeeting(), command('plan.update', { issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG', rules: 'Nội quy' }), 'admin').state!;
		const next = run(state, command('plan.update', { defaultSpeakingMinutes: 4 }), 'admin').state!;
		expect(next.plan).toMatchObject({ issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG', rules: 'Nội quy', defaultSpeakingMinutes: 4 });
	});

	it('[P1] refuses bad values and unknown fields, state unchanged', () => {
		const state = createdMeeting();
		for (const payload of [{ kind: 'yearly' }, { defaultSpeakingMinutes: 0 }, { chairs: [{ name: '' }] }, { colour: 'red' }]) {
			const result = run(state, command('plan.update', payload), 'admin');
			expect(result.error?.code, JSON.stringify(payload)).toBe('invalid_command');
			expect(result.state).toBe(state);
		}
	});

	it('[P2] the plan is editable while the meeting runs but not after it ends', () => {
		expect(run(runningMeeting(), command('plan.update', { rules: 'Nội quy mới' }), 'admin').error).toBeNull();
		const ended = run(runningMeeting(), command('meeting.end'), 'chair').state!;
		expect(run(ended, command('plan.update', { rules: 'x' }), 'admin').error?.code).toBe('meeting_ended');
	});
});

describe('agenda.setItems', () => {
	it('[P3] adds, removes and reorders, keeping the ids of kept items', () => {
		const state = createdMeeting(['A', 'B', 'C']);
		const [a, b, c] = state.agenda;
		const items = [{ ...c }, { id: a.id, title: 'A đã sửa', presenter: 'Chủ trì', plannedMinutes: 15, type: 'procedural' }, { title: 'D', plannedMinutes: 20, type: 'dialogue' }];
		const next = run(state, command('agenda.setItems', { items }), 'admin').state!;
		expect(next.agenda.map((i) => i.title)).toEqual(['C', 'A đã sửa', 'D']);
		expect(next.agenda[0].id).toBe(c.id);
		expect(next.agenda[1].id).toBe(a.id);
		expect(next.agenda.some((i) => i.id === b.id)).toBe(false);
		expect(next.agenda[2]).toMatchObject({ presenter: '', type: 'dialogue' });
	});

	it('[P3] the item being run cannot be removed', () => {
		const state = runningMeeting();
		const rest = state.agenda.slice(1);
		const result = run(state, command('agenda.setItems', { items: rest }), 'admin');
		expect(result.error?.code).toBe('agenda_item_in_use');
		expect(result.state).toBe(state);
	});

	it('[P3] refuses negative minutes and unknown types', () => {
		const state = createdMeeting();
		expect(run(state, command('agenda.setItems', { items: [{ title: 'X', plannedMinutes: -5 }] }), 'admin').error?.code).toBe('invalid_command');
		expect(run(state, command('agenda.setItems', { items: [{ title: 'X', type: 'party' }] }), 'admin').error?.code).toBe('invalid_command');
		expect(run(state, command('agenda.setItems', { items: agendaInput(['ok']) }), 'admin').error).toBeNull();
	});
});

describe('lists: agencies, categories, units', () => {
	it('[P4] a category that still has delegates cannot be removed', () => {
		let state = run(createdMeeting(), command('categories.set', { categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }, { name: 'Đại biểu phường', expected: 20 }] }), 'admin').state!;
		const [citizens, ward] = state.categories;
		state = run(state, command('delegate.add', { salutation: 'Ông', fullName: 'Lê Văn Cường', categoryId: citizens.id }), 'admin').state!;
		const result = run(state, command('categories.set', { categories: [{ id: ward.id, name: ward.name, expected: 20 }] }), 'admin');
		expect(result.error?.code).toBe('category_in_use');
		expect(result.error?.message).toContain('Đại biểu Nhân dân');
		expect(run(state, command('categories.set', { categories: [{ id: citizens.id, name: 'Nhân dân', expected: 33 }] }), 'admin').state!.categories).toEqual([
			{ id: citizens.id, name: 'Nhân dân', expected: 33 }
		]);
	});

	it('[P4] an agency assigned to a collected opinion cannot be removed', () => {
		let state = run(createdMeeting(), command('agencies.set', { agencies: [{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT', head: 'Trưởng phòng' }] }), 'admin').state!;
		const agencyId = state.agencies[0].id;
		state = run(state, command('opinion.addCollected', { raisedBy: 'Bà Phạm Thị Dung', content: 'Cống thoát nước tổ 7 bị tắc', agencyId }), 'admin').state!;
		expect(run(state, command('agencies.set', { agencies: [] }), 'admin').error?.code).toBe('agency_in_use');
	});

	it('[P4] an agency that answered or was assigned in the minutes cannot be removed either', async () => {
		const { act, meetingForMinutes, recorded } = await import('../minutes/testing');
		const { state: withOpinion, id } = recorded(meetingForMinutes(), 'Ngập ngõ 12');
		const [ktht, ca, vhxh] = withOpinion.agencies;
		const assigned = act(withOpinion, 'opinion.tag', { opinionId: id, outcome: { kind: 'assigned', leadAgencyId: ktht.id, coAgencyIds: [ca.id], task: 'Kiểm tra' } }).state;
		const keep = (...kept: typeof ktht[]) => kept.map((a) => ({ id: a.id, name: a.name, shortName: a.shortName, head: a.head }));
		const removeCa = run(assigned, command('agencies.set', { agencies: keep(ktht, vhxh) }), 'admin');
		expect(removeCa.error?.code).toBe('agency_in_use');
		expect(removeCa.error?.message).toContain('Công an phường');
		expect(removeCa.state!.agencies).toHaveLength(3);
		// The one nobody refers to goes.
		expect(run(assigned, command('agencies.set', { agencies: keep(ktht, ca) }), 'admin').state!.agencies.map((a) => a.id)).toEqual([ktht.id, ca.id]);
	});

	it('[P4] units are replaced as a whole', () => {
		const state = run(createdMeeting(), command('units.set', { units: [{ name: 'Tổ dân phố 1' }, { name: 'Thôn Đông', kind: 'village' }] }), 'admin').state!;
		expect(state.units.map((u) => [u.name, u.kind])).toEqual([
			['Tổ dân phố 1', 'residential_group'],
			['Thôn Đông', 'village']
		]);
	});
});

describe('calendar.set', () => {
	it('[P5] a new meeting starts with the built-in holiday table', () => {
		expect(createdMeeting().calendar).toEqual(builtInCalendar());
	});

	it('[P5] stores sorted unique dates; a date cannot be both off and a make-up workday', () => {
		const state = run(createdMeeting(), command('calendar.set', { daysOff: ['2027-02-08', '2027-02-05', '2027-02-05'], extraWorkdays: ['2027-02-05', '2027-02-13'] }), 'admin').state!;
		expect(state.calendar).toEqual({ daysOff: ['2027-02-05', '2027-02-08'], extraWorkdays: ['2027-02-13'] });
	});

	it('[P5] refuses malformed dates', () => {
		expect(run(createdMeeting(), command('calendar.set', { daysOff: ['30/4/2027'], extraWorkdays: [] }), 'admin').error?.code).toBe('invalid_command');
	});
});
