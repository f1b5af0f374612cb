import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';
import type { MeetingState } from '../types';

function withCategory(): MeetingState {
	return run(createdMeeting(), command('categories.set', { categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }] }), 'admin').state!;
}

describe('delegates', () => {
	it('[G1] adding a delegate gives a personal token; the phone is normalised', () => {
		const state = withCategory();
		const next = run(state, command('delegate.add', { salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 3', categoryId: state.categories[0].id, phone: '0912.345 678' }), 'admin').state!;
		expect(next.delegates[0]).toMatchObject({ fullName: 'Trần Thị Bình', phone: '0912345678', source: 'list', title: '' });
		expect(next.delegates[0].token.length).toBeGreaterThan(8);
	});

	it('[G1] refuses an unknown category, a bad phone and a missing name', () => {
		const state = withCategory();
		const categoryId = state.categories[0].id;
		expect(run(state, command('delegate.add', { salutation: 'Ông', fullName: 'A', categoryId: 'nope' }), 'admin').error?.code).toBe('category_not_found');
		expect(run(state, command('delegate.add', { salutation: 'Ông', fullName: 'A', categoryId, phone: 'gọi tôi' }), 'admin').error?.code).toBe('invalid_command');
		expect(run(state, command('delegate.add', { salutation: 'Ông', fullName: ' ', categoryId }), 'admin').error?.code).toBe('invalid_command');
		expect(run(state, command('delegate.add', { salutation: 'Anh', fullName: 'A', categoryId }), 'admin').error?.code).toBe('invalid_command');
	});

	it('[G2] import is all or nothing', () => {
		const state = withCategory();
		const categoryId = state.categories[0].id;
		const good = { salutation: 'Ông', fullName: 'Nguyễn Văn An', categoryId };
		const ok = run(state, command('delegates.import', { delegates: [good, { ...good, fullName: 'Nguyễn Văn Ba' }] }), 'admin').state!;
		expect(ok.delegates).toHaveLength(2);
		expect(new Set(ok.delegates.map((d) => d.token)).size).toBe(2);
		const bad = run(state, command('delegates.import', { delegates: [good, { ...good, categoryId: 'x' }] }), 'admin');
		expect(bad.error?.code).toBe('category_not_found');
		expect(bad.state).toBe(state);
		expect(run(state, command('delegates.import', { delegates: [good, { ...good, fullName: '' }] }), 'admin').error?.code).toBe('invalid_command');
	});

	it('[G3] update and remove need a known delegate', () => {
		let state = withCategory();
		state = run(state, command('delegate.add', { salutation: 'Ông', fullName: 'Nguyễn Văn An', categoryId: state.categories[0].id }), 'admin').state!;
		const id = state.delegates[0].id;
		expect(run(state, command('delegate.update', { id, title: 'Tổ trưởng tổ dân phố 2' }), 'admin').state!.delegates[0].title).toBe('Tổ trưởng tổ dân phố 2');
		expect(run(state, command('delegate.update', { id: 'zzz', title: 'x' }), 'admin').error?.code).toBe('delegate_not_found');
		expect(run(state, command('delegate.update', { id, token: 'mine' }), 'admin').error?.code).toBe('invalid_command');
		expect(run(state, command('delegate.remove', { id }), 'admin').state!.delegates).toEqual([]);
	});

	it('[G4] re-issuing one invitation changes only that token', () => {
		let state = withCategory();
		const categoryId = state.categories[0].id;
		state = run(state, command('delegates.import', { delegates: [{ salutation: 'Ông', fullName: 'A', categoryId }, { salutation: 'Bà', fullName: 'B', categoryId }] }), 'admin').state!;
		const [a, b] = state.delegates;
		const next = run(state, command('invitation.reissue', { delegateId: a.id }), 'desk').state!;
		expect(next.delegates[0].token).not.toBe(a.token);
		expect(next.delegates[1].token).toBe(b.token);
		expect(run(state, command('invitation.reissue', { delegateId: a.id }), 'chair').error?.code).toBe('forbidden');
	});
});
