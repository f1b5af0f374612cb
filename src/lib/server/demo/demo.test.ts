import { describe, expect, it } from 'vitest';
import { planDocument } from '../../domain/plan/document';
import { command, run } from '../../domain/testing';
import { demoCommandId, demoPlanDocument, demoStart } from './index';
import { CATEGORY, EXPECTED } from './ward';

/** 23/11/2026 16:47 in Vietnam. */
const NOW = Date.UTC(2026, 10, 23, 9, 47);

describe('demo meeting from seed 000 (Bạch Đằng)', () => {
	const input = demoPlanDocument(NOW);
	const parsed = planDocument.safeParse(input);

	it('[X1] is a valid plan document', () => {
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	it('[X1] has the seed plan: date, time, co-chairs, 182 delegates in four categories', () => {
		const doc = parsed.data!;
		expect(doc.basics).toMatchObject({ date: '2026-11-23', startTime: '17:30' });
		expect(doc.basics.bannerLines.at(-1)).toBe('Bạch Đằng, ngày 23 tháng 11 năm 2026');
		expect(doc.plan.chairs?.filter((c) => c.position === 'chair').map((c) => c.title)).toEqual([
			'Bí thư Đảng ủy, Chủ tịch HĐND phường',
			'Phó Bí thư Đảng ủy, Chủ tịch UBND phường'
		]);
		expect(doc.delegates).toHaveLength(182);
		expect(doc.categories.reduce((sum, c) => sum + c.expected, 0)).toBe(182);
		for (const key of Object.keys(CATEGORY) as (keyof typeof CATEGORY)[]) {
			const category = doc.categories.find((c) => c.name === CATEGORY[key])!;
			expect(category.expected, key).toBe(EXPECTED[key]);
			expect(doc.delegates.filter((d) => d.category === CATEGORY[key]), key).toHaveLength(EXPECTED[key]);
		}
		expect(doc.delegates.filter((d) => d.category === CATEGORY.citizens && d.unit === 'Tổ dân phố Trung Sơn')).toHaveLength(3);
	});

	it('[X2] is the same on every run, with invented names only', () => {
		expect(demoPlanDocument(NOW)).toEqual(input);
		const names = input.delegates!.map((d) => d.fullName);
		expect(new Set(names).size).toBe(names.length);
		for (const real of ['Trần Huy Kiên', 'Cao Thị Thanh Xuân', 'Nguyễn Hoàng Minh']) expect(names).not.toContain(real);
		expect(names.every((n) => n.split(' ').length === 3)).toBe(true);
		const women = input.delegates!.filter((d) => d.salutation === 'Bà').length;
		expect(women / names.length).toBeGreaterThan(0.35);
		expect(women / names.length).toBeLessThan(0.65);
	});

	it('[X4] is dated today in Vietnam and starts within the hour, on a quarter hour', () => {
		expect(demoStart(Date.UTC(2026, 10, 23, 9, 0))).toEqual({ date: '2026-11-23', startTime: '16:30' });
		expect(demoStart(Date.UTC(2026, 10, 23, 9, 1))).toEqual({ date: '2026-11-23', startTime: '16:45' });
		// 23:40 in Vietnam: the demo starts just after midnight, dated the day it starts.
		const late = demoPlanDocument(Date.UTC(2026, 11, 31, 16, 40));
		expect(late.basics).toMatchObject({ date: '2027-01-01', startTime: '00:15' });
		expect(late.basics.title).toMatch(/năm 2027$/);
		// The same quarter hour gives the same command (a double click makes one meeting); later, a new one.
		expect(demoCommandId(demoPlanDocument(NOW + 60_000))).toBe(demoCommandId(input));
		expect(demoCommandId(demoPlanDocument(NOW + 3_600_000))).not.toBe(demoCommandId(input));
	});

	it('[X3] creates a meeting: every opinion has an agency, a prepared answer and a common field', () => {
		const result = run(null, command('meeting.create', input), 'admin');
		expect(result.error).toBeNull();
		const m = result.state!;
		expect(m.collectedOpinions.length).toBeGreaterThanOrEqual(8);
		expect(m.collectedOpinions.length).toBeLessThanOrEqual(12);
		expect(m.collectedOpinions.every((o) => o.agencyId && o.preparedAnswer && o.field)).toBe(true);
		expect(new Set(m.collectedOpinions.map((o) => o.plannedHandling)).size).toBe(3);
		expect(m.agenda.map((i) => i.type)).toEqual(['procedural', 'procedural', 'report', 'answers', 'dialogue', 'conclusion']);
	});
});
