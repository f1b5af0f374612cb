import { describe, expect, it } from 'vitest';
import type { Delegate } from '../types';
import { alreadyListed, countByCategory, filterDelegates, unitNames, titleAndUnit } from './list';

const delegate = (fullName: string, unit: string, categoryId: string, title = ''): Delegate => ({
	id: fullName,
	salutation: 'Ông',
	fullName,
	title,
	unit,
	categoryId,
	phone: null,
	token: 't',
	source: 'list'
});

const list = [
	delegate('Nguyễn Văn An', 'Tổ dân phố 3', 'people', 'Tổ trưởng'),
	delegate('Nguyễn Văn Bình'.normalize('NFD'), 'tổ dân phố 3', 'people'),
	delegate('Trần Thị Nguyên', 'Thôn Đông', 'ward'),
	delegate('Lê Văn Cường', 'Công an phường', 'ward', 'Trưởng Công an phường')
];

describe('filterDelegates', () => {
	it('ignores tones, case and NFD in the search', () => {
		const names = (query: string) => filterDelegates(list, { query, categoryId: '', unit: '' }).map((d) => d.fullName.normalize('NFC'));
		expect(names('nguyen van')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình']);
		expect(names('NGUYÊN')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Trần Thị Nguyên']);
		expect(names('cong an')).toEqual(['Lê Văn Cường']);
		expect(names('')).toHaveLength(4);
	});

	it('filters by category and by unit, tones and case ignored', () => {
		expect(filterDelegates(list, { query: '', categoryId: 'ward', unit: '' })).toHaveLength(2);
		expect(filterDelegates(list, { query: 'binh', categoryId: '', unit: 'TỔ DÂN PHỐ 3' })).toHaveLength(1);
		expect(filterDelegates(list, { query: '', categoryId: 'ward', unit: 'Tổ dân phố 3' })).toHaveLength(0);
	});
});

describe('countByCategory and unitNames', () => {
	it('counts per category against the expected numbers', () => {
		expect(countByCategory(list, [{ id: 'people', name: 'Nhân dân', expected: 3 }, { id: 'city', name: 'Thành phố', expected: 2 }])).toEqual([
			{ id: 'people', name: 'Nhân dân', expected: 3, count: 2 },
			{ id: 'city', name: 'Thành phố', expected: 2, count: 0 }
		]);
	});

	it('lists each unit once, the plan’s spelling first, in natural order', () => {
		const units = unitNames([...list, delegate('X', 'Tổ dân phố 10', 'people')], [{ id: 'u', name: 'Tổ dân phố 3', kind: 'residential_group' }]);
		expect(units).toEqual(['Công an phường', 'Thôn Đông', 'Tổ dân phố 3', 'Tổ dân phố 10']);
	});
});

describe('alreadyListed', () => {
	it('counts import rows with the name and unit of someone on the list, tones and case ignored', () => {
		const rows = [
			{ fullName: 'NGUYEN VAN AN', unit: 'to dan pho 3' },
			{ fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 4' },
			{ fullName: 'Trần Thị Nguyên', unit: 'Thôn Đông' }
		];
		expect(alreadyListed(rows, list)).toBe(2);
	});
});

describe('titleAndUnit', () => {
	it('does not repeat a unit the title already names', () => {
		expect(titleAndUnit('Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy')).toBe('Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy');
		expect(titleAndUnit('Bí thư chi bộ', 'Tổ dân phố 3')).toBe('Bí thư chi bộ, Tổ dân phố 3');
		expect(titleAndUnit('', 'Tổ dân phố 3')).toBe('Tổ dân phố 3');
		expect(titleAndUnit('Chủ tịch UBND PHƯỜNG', 'UBND phường', ' · ')).toBe('Chủ tịch UBND PHƯỜNG');
		expect(titleAndUnit(undefined, null)).toBe('');
	});
});
