import { describe, expect, it } from 'vitest';
import { decide } from '$lib/domain/decide';
import { isDomainError } from '$lib/domain/errors';
import { planDocument } from '$lib/domain/plan/document';
import { context, sampleBasics } from '$lib/domain/testing';
import { referenceProblems, schemaProblems } from './problems';

const doc = (extra: object) => planDocument.parse({ basics: sampleBasics, agenda: [], categories: [{ name: 'Nhân dân', expected: 10 }], ...extra });

describe('the plan-document API and meeting.create agree', () => {
	it('[P9] both refuse the same unknown names, the walk-in category included', () => {
		const bad = doc({ plan: { walkInCategory: 'Khách mời' }, delegates: [{ salutation: 'Ông', fullName: 'Trần Văn Bình', category: 'Cử tri' }] });
		expect(referenceProblems(bad).map((p) => p.path)).toEqual(['delegates.0.category', 'plan.walkInCategory']);
		const refused = decide(null, { id: 'create-unknown-names', type: 'meeting.create', payload: bad }, context('admin'));
		expect(isDomainError(refused) && refused.message).toContain('plan.walkInCategory');
		expect(referenceProblems(doc({ plan: { walkInCategory: 'nhan dan' } }))).toEqual([]);
	});

	it('[S5] one translator: a command and the API say the same about the same field', () => {
		const body = { basics: { ...sampleBasics, title: 'x'.repeat(301), date: '13/07/2026' }, agenda: [] };
		const api = schemaProblems(planDocument.safeParse(body).error!, body);
		expect(api.map((p) => `${p.path}: ${p.message}`)).toEqual(['basics.title: dài quá 300 ký tự', 'basics.date: ngày phải có dạng YYYY-MM-DD']);
		const refused = decide(null, { id: 'create-bad-fields', type: 'meeting.create', payload: body }, context('admin'));
		expect(isDomainError(refused) && refused.message).toContain('basics.title: dài quá 300 ký tự; basics.date: ngày phải có dạng YYYY-MM-DD');
	});
});
