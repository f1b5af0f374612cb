import { describe, expect, it } from 'vitest';
import type { CollectedOpinion, PlannedHandling } from '../types';
import { fieldTotal, summarizeOpinions } from './summary';

let n = 0;
const opinion = (field: string, plannedHandling: PlannedHandling): CollectedOpinion => ({
	id: `o${++n}`,
	raisedBy: `Ông A${n}`,
	raisedByKind: 'person',
	unit: 'Tổ dân phố 1',
	source: 'survey',
	field,
	content: `Nội dung ${n}`,
	agencyId: null,
	preparedAnswer: '',
	plannedHandling
});

describe('summary of collected opinions (báo cáo tổng hợp)', () => {
	const opinions = [
		opinion('Môi trường', 'answer_later'),
		opinion('Giao thông', 'answer_at_meeting'),
		opinion('Văn hóa', 'answer_at_meeting'),
		opinion('', 'report_upward'),
		opinion('giao thong', 'report_upward'),
		opinion('Đất đai', 'answer_at_meeting'),
		opinion('GIAO THÔNG', 'answer_at_meeting')
	];
	const summary = summarizeOpinions(opinions);

	it('[O4] groups by planned handling in the dossier order, each by field, keeping the list order inside', () => {
		expect(summary.byHandling.map((g) => [g.handling, g.count])).toEqual([
			['answer_at_meeting', 4],
			['answer_later', 1],
			['report_upward', 2]
		]);
		const atMeeting = summary.byHandling[0].fields;
		expect(atMeeting.map((g) => g.field)).toEqual(['Đất đai', 'Giao thông', 'Văn hóa']);
		expect(atMeeting[1].opinions.map((o) => o.field)).toEqual(['Giao thông', 'GIAO THÔNG']);
	});

	it('[O4] treats fields that differ only in tones or case as one, common fields first, no field last', () => {
		expect(summary.fields).toEqual(['Đất đai', 'Giao thông', 'Môi trường', 'Văn hóa', '']);
		expect(summary.counts['Giao thông']).toEqual({ answer_at_meeting: 2, answer_later: 0, report_upward: 1 });
		expect(fieldTotal(summary, 'Giao thông')).toBe(3);
	});

	it('[O4] the counts add up to the total', () => {
		expect(summary.total).toBe(7);
		expect(summary.fields.reduce((sum, f) => sum + fieldTotal(summary, f), 0)).toBe(7);
		expect(summary.byHandling.reduce((sum, g) => sum + g.count, 0)).toBe(7);
	});

	it('[O4] an empty list still lists every handling with 0', () => {
		const empty = summarizeOpinions([]);
		expect(empty.byHandling.map((g) => g.count)).toEqual([0, 0, 0]);
		expect(empty.fields).toEqual([]);
		expect(empty.total).toBe(0);
	});
});
