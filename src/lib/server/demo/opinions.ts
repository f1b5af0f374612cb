import type { PlanDocumentInput } from '../../domain/plan/document';
import type { DemoDelegate } from './delegates';
import { CATEGORY } from './ward';

type DemoOpinion = NonNullable<PlanDocumentInput['collectedOpinions']>[number];

/** A citizen delegate of the group, so the opinion's author is someone on the list. */
function citizenOf(delegates: DemoDelegate[], group: string, nth = 0) {
	const d = delegates.filter((x) => x.category === CATEGORY.citizens && x.unit === `Tổ dân phố ${group}`)[nth];
	return { raisedBy: `${d.salutation} ${d.fullName}`, raisedByKind: 'person' as const, unit: d.unit };
}

const organisation = (raisedBy: string, unit = '') => ({ raisedBy, raisedByKind: 'organisation' as const, unit });

/**
 * Ten petitions of the kinds the seed plans list, in the common fields, each assigned to
 * the agency that would answer it and with the answer it prepared.
 */
export function demoOpinions(delegates: DemoDelegate[]): DemoOpinion[] {
	return [
		{
			...citizenOf(delegates, 'Cầu Mới'),
			source: 'survey',
			field: 'Giao thông',
			content: 'Tuyến đường ngõ vào Tổ dân phố Cầu Mới xuống cấp, nhiều ổ gà, mùa mưa ngập úng; đề nghị phường sớm sửa chữa.',
			agency: 'KT-HT-ĐT',
			preparedAnswer: 'Tuyến ngõ đã có trong danh mục duy tu năm 2026; dự kiến thi công trong quý III/2026, hoàn thành trước ngày 30/9/2026.',
			plannedHandling: 'answer_at_meeting'
		},
		{
			...organisation('Ban Công tác Mặt trận Tổ dân phố Đông Hải', 'Tổ dân phố Đông Hải'),
			source: 'front',
			field: 'Môi trường',
			content: 'Rác thải tập kết tại đầu ngõ không đúng giờ, thu gom chậm gây mùi hôi; đề nghị tăng số lần thu gom trong ngày.',
			agency: 'KT-HT-ĐT',
			preparedAnswer: 'Phường đã làm việc với đơn vị thu gom, điều chỉnh giờ thu gom từ 18 giờ đến 20 giờ hằng ngày; giao tổ dân phố giám sát.',
			plannedHandling: 'answer_at_meeting'
		},
		{
			...citizenOf(delegates, 'Tây Sơn'),
			source: 'letter',
			field: 'Đất đai',
			content: 'Hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất của gia đình nộp từ tháng 10/2025 đến nay chưa được giải quyết.',
			agency: 'KT-HT-ĐT',
			preparedAnswer: 'Hồ sơ còn vướng xác định nguồn gốc sử dụng đất; phòng chuyên môn sẽ kiểm tra thực địa và trả lời bằng văn bản cho công dân.',
			plannedHandling: 'answer_later'
		},
		{
			...citizenOf(delegates, 'Bến Tàu'),
			source: 'survey',
			field: 'An ninh trật tự',
			content: 'Tình trạng thanh thiếu niên tụ tập, chạy xe máy tốc độ cao vào ban đêm trên tuyến đường ven biển gây mất an toàn.',
			agency: 'CA',
			preparedAnswer: 'Công an phường đã tăng cường tuần tra từ 22 giờ đến 2 giờ sáng, phối hợp các tổ dân phố nắm danh sách, nhắc nhở gia đình.',
			plannedHandling: 'answer_at_meeting'
		},
		{
			...citizenOf(delegates, 'Hòa Bình'),
			source: 'front',
			field: 'An sinh xã hội, chính sách',
			content: 'Đề nghị xem xét hỗ trợ cho hộ cận nghèo có người khuyết tật nặng trong tổ dân phố.',
			agency: 'VH-XH',
			preparedAnswer: 'Phòng Văn hóa - Xã hội sẽ rà soát hồ sơ; nếu đủ điều kiện sẽ đề xuất hưởng trợ cấp xã hội hằng tháng theo quy định.',
			plannedHandling: 'answer_later'
		},
		{
			...organisation('Hội Người cao tuổi phường'),
			source: 'survey',
			field: 'Y tế',
			content: 'Đề nghị tổ chức khám sức khỏe định kỳ cho người cao tuổi ngay tại Trạm Y tế phường.',
			agency: 'TYT',
			preparedAnswer: 'Trạm Y tế sẽ tổ chức khám sàng lọc miễn phí cho người từ 60 tuổi trở lên trong tháng 9/2026, thông báo lịch qua tổ dân phố.',
			plannedHandling: 'answer_at_meeting'
		},
		{
			...citizenOf(delegates, 'Minh Khai'),
			source: 'email',
			field: 'Giáo dục',
			content: 'Trường Tiểu học Bạch Đằng quá tải, nhiều lớp trên 45 học sinh; đề nghị đầu tư xây thêm phòng học.',
			agency: 'VH-XH',
			preparedAnswer: 'Việc xây thêm khối phòng học vượt thẩm quyền của phường; phường đã đề nghị thành phố bố trí vốn trong kế hoạch đầu tư công trung hạn.',
			plannedHandling: 'report_upward'
		},
		{
			...citizenOf(delegates, 'Sơn Thủy'),
			source: 'survey',
			field: 'Xây dựng',
			content: 'Công trình xây dựng nhà ở trên đường Vạn Kiếp để vật liệu lấn chiếm vỉa hè, gây bụi và cản trở người đi bộ.',
			agency: 'KT-HT-ĐT',
			preparedAnswer: 'Phòng sẽ kiểm tra hiện trạng, lập biên bản và xử lý vi phạm nếu có; báo cáo kết quả trước ngày 31/7/2026.',
			plannedHandling: 'answer_later'
		},
		{
			...citizenOf(delegates, 'Thống Nhất'),
			source: 'survey',
			field: 'Cán bộ, thủ tục hành chính',
			content: 'Sáng thứ Hai người dân chờ lâu khi làm thủ tục chứng thực tại Trung tâm Phục vụ hành chính công.',
			agency: 'TTPVHCC',
			preparedAnswer: 'Trung tâm đã bổ sung một quầy chứng thực và cho lấy số thứ tự trực tuyến từ tháng 6/2026.',
			plannedHandling: 'answer_at_meeting'
		},
		{
			...organisation('Chi bộ Tổ dân phố Quyết Thắng', 'Tổ dân phố Quyết Thắng'),
			source: 'front',
			field: 'Giao thông',
			content: 'Đề nghị lắp đèn tín hiệu giao thông tại nút giao giữa đường tỉnh và đường vào khu dân cư Quyết Thắng.',
			agency: 'KT-HT-ĐT',
			preparedAnswer: 'Tuyến đường do cấp trên quản lý; phường ghi nhận và có văn bản đề nghị cơ quan quản lý đường bộ khảo sát, lắp đặt.',
			plannedHandling: 'report_upward'
		}
	];
}
