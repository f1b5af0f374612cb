import { describe, expect, it } from 'vitest';
import { documentTime, placeName } from './place-name';

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

	it('[O6] writes the start time the way documents do', () => {
		expect(documentTime('14:00', '{hours} giờ {minutes}')).toBe('14 giờ 00');
		expect(documentTime('07:30', '{hours} giờ {minutes}')).toBe('07 giờ 30');
	});
});
