/** A meeting held through the one command path: plan, opinions with answers and outcomes, conclusion, end. */
import type { App } from '../../src/lib/server/app';
import { createPlannedMeeting, sampleBasics } from './harness';

let counter = 0;
const id = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

async function must(app: App, meetingId: string, type: string, payload: unknown, role: 'admin' | 'chair' | 'secretary', commandId = id(type.replace('.', '-'))): Promise<string> {
	const ack = await app.execute(meetingId, { id: commandId, type, payload }, { role });
	if (!ack.ok) throw new Error(`${type}: ${ack.error.message}`);
	return commandId;
}

export interface HeldMeeting {
	meetingId: string;
	agencyIds: string[];
	opinionIds: string[];
}

/**
 * Held on `date` (ISO): two delegates, two collected opinions (one taken up in the room), three
 * opinions in the room — answered, assigned to the first agency, reported upward — and a conclusion.
 */
export async function heldMeeting(app: App, date = '2026-07-13', { end = true } = {}): Promise<HeldMeeting> {
	const meetingId = await createPlannedMeeting(app, {
		basics: { ...sampleBasics, date },
		agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }, { title: 'Kết luận' }],
		plan: { kind: 'periodic', host: 'government', chairs: [{ name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND phường' }] },
		agencies: [
			{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KTHTĐT', head: 'Ông Trần Văn Bình' },
			{ name: 'Công an phường', shortName: 'CA', head: 'Ông Lê Văn Cường' }
		],
		categories: [{ name: 'Đại biểu Nhân dân', expected: 2 }],
		delegates: [
			{ salutation: 'Ông', fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố 3', category: 'Đại biểu Nhân dân', phone: '0912345678' },
			{ salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 7', category: 'Đại biểu Nhân dân' }
		],
		collectedOpinions: [
			{ raisedBy: 'Ông Nguyễn Văn Hải', unit: 'Tổ dân phố 5', field: 'Giao thông', content: 'Đường ngõ 12 tổ dân phố 5 xuống cấp, đề nghị sửa chữa' },
			{ raisedBy: 'Chi hội Phụ nữ tổ 3', raisedByKind: 'organisation', unit: 'Tổ dân phố 3', field: 'Môi trường', content: 'Rác thải tập kết ven sông gây ô nhiễm' }
		]
	});
	const state = () => app.meeting(meetingId)!.state;
	const agencyIds = state().agencies.map((a) => a.id);
	const [an, binh] = state().delegates;
	await must(app, meetingId, 'meeting.start', {}, 'chair');
	const collected = await must(app, meetingId, 'opinion.record', { origin: { kind: 'collected', collectedOpinionId: state().collectedOpinions[0].id } }, 'secretary');
	const spoken = await must(app, meetingId, 'opinion.record', {
		origin: { kind: 'floor' },
		field: 'Đất đai',
		raisedBy: { kind: 'person', name: 'Ông Nguyễn Văn An', unit: an.unit, delegateId: an.id },
		content: 'Đề nghị giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất'
	}, 'secretary');
	const reported = await must(app, meetingId, 'opinion.record', {
		origin: { kind: 'floor' },
		field: 'An ninh trật tự',
		raisedBy: { kind: 'person', name: 'Bà Trần Thị Bình', unit: binh.unit, delegateId: binh.id },
		content: 'Đề nghị lắp camera an ninh ở ngã ba chợ'
	}, 'secretary');
	await must(app, meetingId, 'opinion.addAnswer', { opinionId: collected, by: { kind: 'agency', agencyId: agencyIds[0], name: 'đ/c Trần Văn Bình, Trưởng phòng' }, summary: 'Phường đã đưa vào kế hoạch sửa chữa quý IV.' }, 'secretary');
	await must(app, meetingId, 'opinion.tag', { opinionId: collected, outcome: { kind: 'answered' } }, 'secretary');
	await must(app, meetingId, 'opinion.tag', { opinionId: spoken, outcome: { kind: 'assigned', leadAgencyId: agencyIds[0], coAgencyIds: [agencyIds[1]], task: 'Kiểm tra hồ sơ, trả lời bằng văn bản' } }, 'secretary');
	await must(app, meetingId, 'opinion.tag', { opinionId: reported, outcome: { kind: 'reported', level: 'province' } }, 'secretary');
	await must(app, meetingId, 'conclusion.add', { opinionIds: [spoken], text: 'Giao Phòng Kinh tế kiểm tra, trả lời công dân.' }, 'secretary');
	if (end) await must(app, meetingId, 'meeting.end', {}, 'chair');
	return { meetingId, agencyIds, opinionIds: [collected, spoken, reported] };
}
