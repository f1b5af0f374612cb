import { describe, expect, it } from 'vitest';
import type { Agency, CollectedOpinion } from '$lib/domain/types';
import { NO_AGENCY, NO_FILTER, fieldSuggestions, filterOpinions } from './filter';

const agencies: Agency[] = [{ id: 'a1', name: 'Công an phường', shortName: 'CA', head: '' }];
const base: Omit<CollectedOpinion, 'id' | 'field' | 'content'> = {
	raisedBy: 'Ông Nguyễn Văn An',
	raisedByKind: 'person',
	unit: 'Tổ dân phố Cầu Mới',
	source: 'survey',
	agencyId: null,
	preparedAnswer: '',
	plannedHandling: 'answer_at_meeting'
};
const opinions: CollectedOpinion[] = [
	{ ...base, id: '1', field: 'Giao thông', content: 'Đường ngõ xuống cấp' },
	{ ...base, id: '2', field: 'An ninh trật tự', content: 'Đua xe ban đêm', agencyId: 'a1', plannedHandling: 'answer_later', raisedBy: 'Bà Lê Thị Hoa' },
	{ ...base, id: '3', field: 'Văn hóa', content: 'Nhà văn hóa cần sửa' }
];
const ids = (list: CollectedOpinion[]) => list.map((o) => o.id);

describe('filtering the collected opinions', () => {
	it('[O5] searches every text without tones or case, agency names included', () => {
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, query: 'duong ngo' }, agencies))).toEqual(['1']);
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, query: 'le thi hoa' }, agencies))).toEqual(['2']);
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, query: 'cong an' }, agencies))).toEqual(['2']);
		expect(ids(filterOpinions(opinions, NO_FILTER, agencies))).toEqual(['1', '2', '3']);
	});

	it('[O5] filters by field (tones ignored), handling and agency, "not assigned" included', () => {
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, field: 'giao thong' }, agencies))).toEqual(['1']);
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, handling: 'answer_later' }, agencies))).toEqual(['2']);
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, agencyId: 'a1' }, agencies))).toEqual(['2']);
		expect(ids(filterOpinions(opinions, { ...NO_FILTER, agencyId: NO_AGENCY }, agencies))).toEqual(['1', '3']);
		expect(ids(filterOpinions(opinions, { query: 'xe', field: 'An ninh trật tự', handling: 'answer_at_meeting', agencyId: '' }, agencies))).toEqual([]);
	});

	it('[O5] suggests the common fields, then the others in use', () => {
		const suggestions = fieldSuggestions(opinions);
		expect(suggestions[0]).toBe('Đất đai');
		expect(suggestions.at(-1)).toBe('Văn hóa');
		expect(suggestions.filter((s) => s === 'Giao thông')).toHaveLength(1);
	});
});
