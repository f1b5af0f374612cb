import type { Salutation } from '../../domain/types';
import { SeededRandom } from './random';

/* Family names weighted roughly by how common they are in the north of Viet Nam. */
const FAMILY: readonly (readonly [string, number])[] = [
	['Nguyễn', 34], ['Trần', 11], ['Lê', 9], ['Phạm', 8], ['Hoàng', 5], ['Vũ', 5], ['Đặng', 3], ['Bùi', 3],
	['Đỗ', 3], ['Ngô', 2], ['Dương', 2], ['Đinh', 2], ['Phan', 2], ['Lương', 1], ['Đào', 1], ['Trịnh', 1],
	['Mai', 1], ['Tạ', 1], ['Lưu', 1], ['Tô', 1], ['Hà', 1], ['Cao', 1], ['Đoàn', 1], ['Lại', 1]
];
const MIDDLE = {
	Ông: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Ngọc', 'Thanh', 'Trọng', 'Công', 'Mạnh', 'Đình'],
	Bà: ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Hồng', 'Thúy', 'Kim', 'Phương', 'Minh', 'Bích']
} as const;
const GIVEN = {
	Ông: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hiếu', 'Đạt', 'Thành', 'Lâm', 'Tùng', 'Hưng', 'Tiến', 'Thịnh', 'Quý', 'Lộc', 'Chiến'],
	Bà: ['Hoa', 'Hương', 'Lan', 'Mai', 'Hà', 'Hằng', 'Nga', 'Thảo', 'Trang', 'Yến', 'Linh', 'Loan', 'Dung', 'Huyền', 'Nhung', 'Oanh', 'Phượng', 'Tâm', 'Hạnh', 'Liên', 'Thủy', 'Vân', 'Hiền', 'Lý', 'Quyên']
} as const;

/** Real people named in the seed plan: a generated name must never be one of them. */
const RESERVED = new Set(['Trần Huy Kiên', 'Cao Thị Thanh Xuân', 'Nguyễn Hoàng Minh']);

export interface PersonName {
	salutation: Salutation;
	fullName: string;
}

/** Invented, plausible Vietnamese names; no name is given twice in one list. */
export class NameGenerator {
	#random: SeededRandom;
	#used = new Set<string>(RESERVED);

	constructor(random: SeededRandom) {
		this.#random = random;
	}

	next(salutation: Exclude<Salutation, 'Cụ'> = this.#random.next() < 0.5 ? 'Ông' : 'Bà'): PersonName {
		for (;;) {
			const family = this.#random.weighted(FAMILY);
			const middle = this.#random.pick(MIDDLE[salutation]);
			const given = this.#random.pick(GIVEN[salutation]);
			// "Hà Thị Hà", "Mai Thị Mai": possible, but they read like a generator's mistake.
			if (family === given) continue;
			const fullName = `${family} ${middle} ${given}`;
			if (this.#used.has(fullName)) continue;
			this.#used.add(fullName);
			return { salutation, fullName };
		}
	}
}
