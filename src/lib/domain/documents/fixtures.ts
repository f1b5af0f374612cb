/**
 * Fixture meetings for the documents' tests and bench: every outcome, an agency leading two
 * assignments and co-operating on a third, two answers to one opinion, written and collected
 * opinions, user text with markup characters.
 */
import { builtInCalendar } from '../workdays';
import type { DocumentAnswer, DocumentOpinion, DocumentPerson, MinutesDocumentInput } from './input';

const base = (): MinutesDocumentInput => ({
	meetingId: 'm1',
	layout: 'government',
	parentBody: 'UBND THÀNH PHỐ HẠ LONG',
	issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG BẠCH ĐẰNG',
	title: 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025',
	date: '2025-11-14',
	startTime: '14:00',
	endTime: '16:35',
	ended: true,
	place: 'Hội trường Ủy ban nhân dân phường',
	attendance: [
		{ category: 'Đại biểu khách mời', present: 5, expected: 6 },
		{ category: 'Nhân dân', present: 92, expected: 120 }
	],
	guests: [{ name: 'Trần Văn Hùng', title: 'Phó Trưởng Ban Dân vận Thành ủy' }],
	chairs: [
		{ name: 'Nguyễn Thị Hoa', title: 'Chủ tịch UBND phường', role: 'chair' },
		{ name: 'Lê Văn Bình', title: 'Bí thư Đảng ủy phường', role: 'co_chair' }
	],
	secretaries: [{ name: 'Phạm Thu Trang', title: 'Công chức Văn phòng' }],
	programme: [
		{ title: 'Tuyên bố lý do, giới thiệu đại biểu', presenter: 'Phạm Thu Trang', startedAt: '14:00', summary: '' },
		{ title: 'Báo cáo tình hình kinh tế - xã hội năm 2025', presenter: 'Nguyễn Thị Hoa', startedAt: '14:10', summary: 'Tăng trưởng đạt 8,2%; thu ngân sách vượt 12% dự toán.' },
		{ title: 'Đối thoại với Nhân dân', presenter: 'Nguyễn Thị Hoa', startedAt: '14:40', summary: '' },
		{ title: 'Kết luận hội nghị', presenter: 'Nguyễn Thị Hoa', startedAt: '16:20', summary: '' }
	],
	opinions: [],
	generalAssessment: 'Hội nghị diễn ra dân chủ, thẳng thắn; các ý kiến được trả lời rõ ràng.',
	conclusions: [
		{ field: 'Đất đai', text: 'Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ 5.' },
		{ field: 'Môi trường', text: 'Nạo vét cống thoát nước trước mùa mưa.' }
	],
	complex: false,
	calendar: builtInCalendar(),
	office: {
		bienBanNumber: '5',
		bienBanSymbol: 'BB-UBND',
		noticeNumber: '',
		noticeSymbol: 'TB-UBND',
		placeName: 'Phường Bạch Đằng',
		noticeSigner: { authority: 'TM.', body: 'Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Thị Hoa' },
		extraRecipients: { bienBan: ['Thường trực Đảng ủy phường'], notice: ['Thường trực HĐND phường'] }
	},
	planRecipients: ['Lãnh đạo HĐND, UBND phường Bạch Đằng', 'Ủy ban MTTQ Việt Nam phường Bạch Đằng']
});

type FlatOpinion = Partial<Omit<DocumentOpinion, 'petitioner'>> & Pick<DocumentOpinion, 'id' | 'content'> & { name: string; salutation?: string; unit?: string };

/** A person (the petitioner's fields given flat in the list below). */
export const person = (p: Partial<DocumentPerson> & { name: string }): DocumentPerson => ({ kind: 'person', salutation: '', title: '', unit: '', ...p });

const opinion = ({ name, salutation = 'Ông', unit = 'Tổ 5', ...o }: FlatOpinion): DocumentOpinion => ({
	petitioner: person({ salutation, name, unit }),
	field: 'Đất đai',
	source: 'spoken',
	answers: [],
	outcome: null,
	assignment: null,
	reportLevel: null,
	note: '',
	...o
});

const answer = (content: string): DocumentAnswer => ({ speaker: person({ salutation: 'Đồng chí', name: 'Đỗ Minh Tuấn', title: 'Trưởng phòng Kinh tế' }), content });

export const OPINIONS: DocumentOpinion[] = [
	opinion({
		id: 'o1',
		name: 'Nguyễn Văn An',
		content: 'Đề nghị làm rõ tiến độ cấp sổ đỏ cho 12 hộ tổ 5.',
		answers: [answer('Phường đã hoàn thiện hồ sơ.'), { speaker: person({ salutation: 'Đồng chí', name: 'Nguyễn Thị Hoa', title: 'Chủ tịch UBND phường' }), content: 'Bổ sung: trong tháng 12 sẽ trao sổ.' }],
		outcome: 'answered'
	}),
	opinion({
		id: 'o2',
		salutation: 'Bà',
		name: 'Lê Thị <b>Bích</b>',
		unit: 'Tổ 7',
		field: 'Môi trường',
		content: 'Cống thoát nước ngập khi mưa lớn.',
		answers: [answer('Sẽ kiểm tra thực địa.')],
		outcome: 'assigned',
		assignment: { leadAgency: 'Phòng Kinh tế', cooperating: ['Ban Quản lý dự án'], deadline: '2025-12-12' }
	}),
	opinion({
		id: 'o3',
		name: 'Trần Văn Cường',
		unit: 'Tổ 2',
		field: 'Giao thông',
		content: 'Đường tổ 2 xuống cấp.',
		outcome: 'assigned',
		assignment: { leadAgency: 'Phòng Kinh tế', cooperating: [], deadline: '2025-12-15' }
	}),
	opinion({
		id: 'o4',
		name: 'Hoàng Văn Dũng',
		unit: 'Tổ 9',
		field: 'An sinh xã hội, chính sách',
		content: 'Chế độ cho người có công chậm.',
		outcome: 'assigned',
		assignment: { leadAgency: 'Phòng Văn hóa - Xã hội', cooperating: ['Phòng Kinh tế'], deadline: '2025-12-12' }
	}),
	opinion({ id: 'o5', name: 'Vũ Thị Em', salutation: 'Bà', field: 'Giao thông', content: 'Đề nghị mở rộng quốc lộ 18.', outcome: 'reported_upward', reportLevel: 'province' }),
	opinion({ id: 'o6', name: 'Đặng Văn Phúc', field: 'Y tế', content: 'Trạm y tế nên mở cửa thứ Bảy.', outcome: 'accepted' }),
	opinion({ id: 'o7', name: 'Bùi Văn Giang', field: '', content: 'Khiếu nại quyết định thu hồi đất năm 2019.', outcome: 'out_of_scope' }),
	opinion({ id: 'o8', name: 'Tổ dân phố 3', salutation: '', unit: '', source: 'written', field: 'Môi trường', content: 'Thu gom rác muộn.', outcome: 'accepted' }),
	opinion({ id: 'o9', name: 'Ngô Thị Hạnh', salutation: 'Bà', source: 'collected', field: 'Giáo dục', content: 'Thiếu phòng học trường tiểu học.', outcome: null })
];

export function governmentMeeting(): MinutesDocumentInput {
	return { ...base(), opinions: OPINIONS };
}

export function partyMeeting(): MinutesDocumentInput {
	const m = governmentMeeting();
	return {
		...m,
		layout: 'party',
		parentBody: 'ĐẢNG BỘ THÀNH PHỐ HẠ LONG',
		issuingBody: 'ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG',
		office: {
			...m.office,
			bienBanSymbol: 'BB/ĐU',
			noticeNumber: '36',
			noticeSymbol: 'TB/ĐU',
			noticeSigner: { authority: 'T/M', body: 'Ban Thường vụ', position: 'Bí thư', name: 'Lê Văn Bình' }
		}
	};
}

export function emptyMeeting(): MinutesDocumentInput {
	return { ...base(), opinions: [], conclusions: [], generalAssessment: '', ended: false, endTime: null };
}

/** A meeting with `n` opinions over every outcome, for the bench. */
export function largeMeeting(n: number): MinutesDocumentInput {
	const m = governmentMeeting();
	const opinions = Array.from({ length: n }, (_, i) => {
		const o = OPINIONS[i % OPINIONS.length];
		return { ...o, id: `o${i}`, petitioner: { ...o.petitioner, name: `${o.petitioner.name} ${i}` } };
	});
	return { ...m, opinions };
}
