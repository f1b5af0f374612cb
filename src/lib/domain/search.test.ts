import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from './search';

describe('foldVietnamese', () => {
	it('strips tones and marks, lowercases, collapses whitespace', () => {
		expect(foldVietnamese('  Nguyễn   Văn\tAn ')).toBe('nguyen van an');
	});

	it('folds NFC and NFD input to the same text', () => {
		const nfc = 'Trần Thị Hồng Nhung'.normalize('NFC');
		const nfd = nfc.normalize('NFD');
		expect(nfd).not.toBe(nfc);
		expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
		expect(foldVietnamese(nfd)).toBe('tran thi hong nhung');
	});

	it('maps đ and Đ to d', () => {
		expect(foldVietnamese('Đặng Đình Đức, đường')).toBe('dang dinh duc, duong');
	});
});

describe('matchesQuery', () => {
	it('finds a name typed without tones', () => {
		expect(matchesQuery('nguyen van an', 'Nguyễn Văn An')).toBe(true);
	});

	it('matches text stored in NFD form', () => {
		expect(matchesQuery('nguyễn văn', 'Nguyễn Văn An'.normalize('NFD'))).toBe(true);
		expect(matchesQuery('Nguyễn Văn'.normalize('NFD'), 'Nguyễn Văn An')).toBe(true);
	});

	it('"dang" finds "Đặng"', () => {
		expect(matchesQuery('dang', 'Đặng Thu Hà')).toBe(true);
	});

	it('"to dan pho 3" finds "Tổ dân phố 3"', () => {
		expect(matchesQuery('to dan pho 3', 'Lê Văn Bình', 'Tổ dân phố 3')).toBe(true);
	});

	it('terms may come in any order and from different fields', () => {
		expect(matchesQuery('pho 3 binh', 'Lê Văn Bình', 'Tổ dân phố 3')).toBe(true);
	});

	it('every term must be found', () => {
		expect(matchesQuery('nguyen binh', 'Nguyễn Văn An', 'Tổ dân phố 3')).toBe(false);
	});

	it('an empty or blank query matches everything', () => {
		expect(matchesQuery('', 'Nguyễn Văn An')).toBe(true);
		expect(matchesQuery('   ')).toBe(true);
	});
});
