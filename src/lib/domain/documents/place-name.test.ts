import { describe, expect, it } from 'vitest';
import { bodyInSentence, placeName, placeInSentence } from './place-name';

describe('place and time lines of the printed report', () => {
	it('[O6] reads the ward or commune from the issuing body', () => {
		expect(placeName('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG')).toBe('Phường Bạch Đằng');
		expect(placeName('Ủy ban nhân dân xã  Tân Lập ')).toBe('Xã Tân Lập');
		expect(placeName('UBND THỊ TRẤN ĐÔNG ANH')).toBe('Thị trấn Đông Anh');
		// NFD input (copied from some PDFs) is read the same.
		expect(placeName('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG'.normalize('NFD'))).toBe('Phường Bạch Đằng');
	});

	it('[O6] leaves the place empty when the body names no commune or ward', () => {
		expect(placeName('')).toBe('');
		expect(placeName('BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY')).toBe('');
	});

	it('[D3] names the issuing body inside a sentence without losing the proper name', () => {
		expect(bodyInSentence('ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG')).toBe('Đảng ủy phường Bạch Đằng');
		expect(bodyInSentence('UBND XÃ TÂN LẬP')).toBe('Ủy ban nhân dân xã Tân Lập');
		expect(bodyInSentence('BAN TUYÊN GIÁO THÀNH ỦY')).toBe('Ban Tuyên Giáo Thành Ủy');
	});

	it('[D19] the place after a body: the unit\'s kind in lower case, a bare name kept', () => {
		expect(placeInSentence('Phường Bạch Đằng')).toBe('phường Bạch Đằng');
		expect(placeInSentence('Thị trấn Văn Quan')).toBe('thị trấn Văn Quan');
		expect(placeInSentence('Hạ Long')).toBe('Hạ Long');
		expect(placeInSentence('')).toBe('');
	});
});
