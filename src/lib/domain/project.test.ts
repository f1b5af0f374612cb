import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { project, projectEvent } from './project';
import { command, createdMeeting, run } from './testing';
import { ROLES } from './types';

function meetingWithDelegate() {
	let state = createdMeeting();
	state = run(state, command('categories.set', { categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }] }), 'admin').state!;
	const categoryId = state.categories[0].id;
	state = run(state, command('delegate.add', { salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 3', categoryId, phone: '0912 345 678' }), 'admin').state!;
	state = run(state, command('opinion.addCollected', { raisedBy: 'Ông Lê Văn Cường', content: 'Đường ngõ 5 ngập khi mưa' }), 'admin').state!;
	return state;
}

describe('project', () => {
	it('[V1] phones and tokens reach only the admin and the desk', () => {
		const state = meetingWithDelegate();
		for (const role of ROLES) {
			const d = project(state, role).delegates[0];
			const privileged = role === 'admin' || role === 'desk';
			expect(d.phone, role).toBe(privileged ? '0912345678' : null);
			expect(d.token !== '', role).toBe(privileged);
			expect(d.fullName).toBe('Trần Thị Bình');
		}
	});

	it('[V2] collected opinions are not sent to the projector or to delegates', () => {
		const state = meetingWithDelegate();
		expect(project(state, 'projector').collectedOpinions).toEqual([]);
		expect(project(state, 'delegate').collectedOpinions).toEqual([]);
		expect(project(state, 'chair').collectedOpinions).toHaveLength(1);
	});

	it('[V3] a projected event folded into a projected state equals the projection of the full result', () => {
		const state = meetingWithDelegate();
		const delegateId = state.delegates[0].id;
		for (const raw of [
			command('delegate.update', { id: delegateId, phone: '0987654321', fullName: 'Trần Thị Bính' }),
			command('invitation.reissue', { delegateId }),
			command('opinion.addCollected', { raisedBy: 'Hội Cựu chiến binh', raisedByKind: 'organisation', content: 'Đèn đường' })
		]) {
			const result = run(state, raw, 'admin', 10);
			for (const role of ROLES) {
				const folded = result.events.reduce((s, e) => apply(s, projectEvent(e, role)), project(state, role));
				expect(folded, `${raw.type} for ${role}`).toEqual(project(result.state!, role));
			}
		}
	});
});
