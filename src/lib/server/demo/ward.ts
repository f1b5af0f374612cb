/**
 * Facts of the demo ward, taken from seed plan 000 (Bạch Đằng ward, dialogue of 13/7/2026).
 * The seed gives the total (182) and "3 citizens per residential group"; the split below
 * (22 groups: 66 base-level + 66 citizens, 42 ward, 8 city) is ours and adds up to it.
 */
export const WARD = 'Bạch Đằng';

export const RESIDENTIAL_GROUPS = [
	'Trung Sơn', 'Bạch Đằng', 'Vạn Kiếp', 'Lê Lợi', 'Cầu Mới', 'Sơn Thủy', 'Đông Hải', 'Tây Sơn', 'Bến Tàu', 'Hòa Bình', 'Thống Nhất',
	'Quyết Thắng', 'Tân Lập', 'Hồng Phong', 'Minh Khai', 'Nam Sơn', 'Bắc Sơn', 'Đồi Thông', 'Phương Đông', 'Hải Hà', 'An Lạc', 'Hợp Thành'
].map((name) => `Tổ dân phố ${name}`);

export const CATEGORY = {
	city: 'Đại biểu thành phố',
	ward: 'Đại biểu phường',
	base: 'Đại biểu cơ sở',
	citizens: 'Đại biểu Nhân dân'
} as const;

/** Expected attendance per category; the seed's total is 182. */
export const EXPECTED = {
	city: 8,
	ward: 42,
	base: 3 * RESIDENTIAL_GROUPS.length,
	citizens: 3 * RESIDENTIAL_GROUPS.length
} as const;

/** [title, unit] of the city guests the seed names (BTG&DV Thành ủy, Văn phòng Thành ủy, MTTQ). */
export const CITY_SEATS: readonly (readonly [string, string])[] = [
	['Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy', 'Ban Tuyên giáo và Dân vận Thành ủy'],
	['Trưởng phòng Dân vận', 'Ban Tuyên giáo và Dân vận Thành ủy'],
	['Chuyên viên', 'Ban Tuyên giáo và Dân vận Thành ủy'],
	['Chuyên viên', 'Ban Tuyên giáo và Dân vận Thành ủy'],
	['Phó Chánh Văn phòng Thành ủy', 'Văn phòng Thành ủy'],
	['Chuyên viên', 'Văn phòng Thành ủy'],
	['Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố', 'Ủy ban MTTQ Việt Nam thành phố'],
	['Chuyên viên', 'Ủy ban MTTQ Việt Nam thành phố']
];

/** Ward seats in the seed's order: leaders, the offices, agency heads, schools, health, mass organisations. */
export const WARD_SEATS: readonly (readonly [string, string])[] = [
	['Bí thư Đảng ủy, Chủ tịch HĐND phường', 'Đảng ủy phường'],
	['Phó Bí thư Thường trực Đảng ủy', 'Đảng ủy phường'],
	['Phó Bí thư Đảng ủy, Chủ tịch UBND phường', 'UBND phường'],
	['Phó Chủ tịch HĐND phường', 'HĐND phường'],
	['Phó Chủ tịch UBND phường', 'UBND phường'],
	['Phó Chủ tịch UBND phường', 'UBND phường'],
	['Chủ tịch Ủy ban MTTQ Việt Nam phường', 'Ủy ban MTTQ Việt Nam phường'],
	['Chánh Văn phòng Đảng ủy', 'Văn phòng Đảng ủy'],
	['Trưởng Ban Xây dựng Đảng', 'Ban Xây dựng Đảng'],
	['Chánh Văn phòng HĐND và UBND phường', 'Văn phòng HĐND và UBND phường'],
	['Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
	['Trưởng phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội'],
	['Trưởng Công an phường', 'Công an phường'],
	['Chỉ huy trưởng Ban Chỉ huy Quân sự phường', 'Ban Chỉ huy Quân sự phường'],
	['Giám đốc Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công'],
	['Trạm trưởng Trạm Y tế phường', 'Trạm Y tế phường'],
	['Hiệu trưởng', 'Trường Mầm non Bạch Đằng'],
	['Hiệu trưởng', 'Trường Tiểu học Bạch Đằng'],
	['Hiệu trưởng', 'Trường THCS Bạch Đằng'],
	['Chủ tịch Hội Cựu chiến binh phường', 'Hội Cựu chiến binh phường'],
	['Chủ tịch Hội Liên hiệp Phụ nữ phường', 'Hội Liên hiệp Phụ nữ phường'],
	['Bí thư Đoàn Thanh niên phường', 'Đoàn Thanh niên phường'],
	['Phó Chánh Văn phòng Đảng ủy', 'Văn phòng Đảng ủy'],
	['Chuyên viên', 'Văn phòng Đảng ủy'],
	['Chuyên viên', 'Văn phòng Đảng ủy'],
	['Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
	['Phó Trưởng phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội'],
	['Phó Trưởng Công an phường', 'Công an phường'],
	['Công chức', 'Văn phòng HĐND và UBND phường'],
	['Công chức', 'Văn phòng HĐND và UBND phường'],
	...Array.from({ length: 12 }, () => ['Ủy viên Ban Chấp hành Đảng bộ phường', 'Đảng ủy phường'] as const)
];

/** The three base-level seats of every residential group (seed: "Đại biểu cơ sở"). */
export const BASE_TITLES = ['Bí thư Chi bộ', 'Tổ trưởng Tổ dân phố', 'Trưởng Ban Công tác Mặt trận'] as const;

/** The agencies that prepare answers, with the ward seat whose holder heads each. */
export const AGENCIES = [
	{ name: 'Văn phòng Đảng ủy', shortName: 'VPĐU', headTitle: 'Chánh Văn phòng Đảng ủy' },
	{ name: 'Văn phòng HĐND và UBND phường', shortName: 'VP HĐND-UBND', headTitle: 'Chánh Văn phòng HĐND và UBND phường' },
	{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KT-HT-ĐT', headTitle: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị' },
	{ name: 'Phòng Văn hóa - Xã hội', shortName: 'VH-XH', headTitle: 'Trưởng phòng Văn hóa - Xã hội' },
	{ name: 'Công an phường', shortName: 'CA', headTitle: 'Trưởng Công an phường' },
	{ name: 'Ban Chỉ huy Quân sự phường', shortName: 'BCHQS', headTitle: 'Chỉ huy trưởng Ban Chỉ huy Quân sự phường' },
	{ name: 'Trung tâm Phục vụ hành chính công', shortName: 'TTPVHCC', headTitle: 'Giám đốc Trung tâm Phục vụ hành chính công' },
	{ name: 'Trạm Y tế phường', shortName: 'TYT', headTitle: 'Trạm trưởng Trạm Y tế phường' },
	{ name: 'Ủy ban MTTQ Việt Nam phường', shortName: 'MTTQ', headTitle: 'Chủ tịch Ủy ban MTTQ Việt Nam phường' }
] as const;

/** The seed's "Tiến hành hội nghị" steps (III.2), as the programme. */
export const AGENDA = [
	{ title: 'Tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình, cử thư ký', presenter: 'Văn phòng Đảng ủy', plannedMinutes: 10, type: 'procedural' },
	{ title: 'Phát biểu về mục đích, yêu cầu, nội dung hội nghị đối thoại', presenter: 'Bí thư Đảng ủy', plannedMinutes: 10, type: 'procedural' },
	{
		title: 'Báo cáo tình hình phát triển kinh tế - xã hội, quốc phòng, an ninh, công tác xây dựng Đảng 6 tháng đầu năm 2026',
		presenter: 'Chủ tịch UBND phường',
		plannedMinutes: 20,
		type: 'report'
	},
	{ title: 'Báo cáo tổng hợp trả lời các ý kiến, kiến nghị của Nhân dân', presenter: 'Chủ tịch UBND phường', plannedMinutes: 20, type: 'answers' },
	{ title: 'Đối thoại: đại biểu phát biểu ý kiến theo sự điều hành của người chủ trì', presenter: '', plannedMinutes: 100, type: 'dialogue' },
	{ title: 'Tiếp thu ý kiến, kết luận và bế mạc hội nghị', presenter: 'Bí thư Đảng ủy, Chủ tịch UBND phường', plannedMinutes: 15, type: 'conclusion' }
] as const;

/**
 * The seed's basics, dated `date` (ISO) at `startTime`: the demo is dated the day it is made,
 * so the title's year and the banner's "ngày … tháng … năm …" follow the date.
 */
export function demoBasics(date: string, startTime: string) {
	const [year, month, day] = date.split('-').map(Number);
	return {
		title: `Hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm ${year}`,
		date,
		startTime,
		place: 'Hội trường Đảng ủy, HĐND, Ủy ban MTTQ Việt Nam phường (Tổ dân phố Trung Sơn, phường Bạch Đằng)',
		bannerLines: [
			'ĐẢNG ỦY - ỦY BAN NHÂN DÂN PHƯỜNG BẠCH ĐẰNG',
			'HỘI NGHỊ',
			`ĐỐI THOẠI TRỰC TIẾP GIỮA NGƯỜI ĐỨNG ĐẦU CẤP ỦY, CHÍNH QUYỀN VỚI NHÂN DÂN NĂM ${year}`,
			`Bạch Đằng, ngày ${day} tháng ${month} năm ${year}`
		]
	};
}
