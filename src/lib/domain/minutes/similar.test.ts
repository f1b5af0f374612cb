import { describe, expect, it } from 'vitest';
import type { CollectedOpinion } from '../types';
import { distinctPetitions, filterOpinions, NO_FILTER, outcomeCounts } from './list';
import { suggestCollected } from './similar';
import { act, meetingForMinutes, minutesOf, recorded } from './testing';

const collected = (id: string, field: string, content: string): CollectedOpinion => ({
	id, field, content, raisedBy: 'X', raisedByKind: 'person', unit: '', source: 'survey', agencyId: null, preparedAnswer: '', plannedHandling: 'answer_at_meeting'
});

describe('minutes: suggestions and counts', () => {
	const list = [
		collected('c1', 'Giao thông', 'Đường ngõ 12 tổ dân phố 5 xuống cấp, mưa bị ngập sâu, đề nghị sửa chữa'),
		collected('c2', 'Môi trường', 'Đường ngõ 12 có rác thải, ngập mùi hôi'),
		collected('c3', 'Giao thông', 'Thiếu đèn chiếu sáng đường Trần Phú')
	];

	it('[N8] suggests the collected opinion a spoken one repeats: same field, similar words, typed without tones', () => {
		const found = suggestCollected(list, { field: 'giao thong', content: 'duong ngo 12 bi ngap khi mua, de nghi sua' });
		expect(found.map((m) => m.opinion.id)).toEqual(['c1']);
		expect(suggestCollected(list, { field: 'Giao thông', content: 'Đèn đường Trần Phú hỏng' }).map((m) => m.opinion.id)).toEqual(['c3']);
		expect(suggestCollected(list, { field: 'Giao thông', content: 'Học phí trường mầm non' })).toEqual([]);
		// Too little typed yet: no guess.
		expect(suggestCollected(list, { field: '', content: 'ngõ' })).toEqual([]);
	});

	it('[N14] counts per outcome with "chưa phân loại", filters, and a linked opinion counted once', () => {
		const made = recorded(meetingForMinutes(), 'Ngõ 12 ngập');
		const id = made.id;
		let state = made.state;
		const second = recorded(state, 'Đèn đường', { field: 'Giao thông' });
		state = act(second.state, 'opinion.tag', { opinionId: id, outcome: { kind: 'assigned', leadAgencyId: state.agencies[0].id, task: 'Kiểm tra' } }).state;
		state = act(state, 'opinion.link', { opinionId: id, collectedOpinionId: state.collectedOpinions[0].id }).state;
		state = act(state, 'opinion.record', { origin: { kind: 'collected', collectedOpinionId: state.collectedOpinions[0].id } }).state;
		const opinions = minutesOf(state).opinions;
		expect(outcomeCounts(opinions)).toMatchObject({ total: 3, untagged: 2, assigned: 1 });
		expect(filterOpinions(opinions, { ...NO_FILTER, outcome: 'untagged' }).map((o) => o.id)).not.toContain(id);
		expect(filterOpinions(opinions, { ...NO_FILTER, agencyId: state.agencies[0].id }).map((o) => o.id)).toEqual([id]);
		expect(distinctPetitions(opinions)).toBe(2);
	});
});
