/**
 * The meeting state → what the documents need. The one place that knows how the room
 * records things; the builders only read `MinutesDocumentInput`.
 *
 * TODO(minutes): opinions, answers, outcomes, assignments, report summaries, the assessment
 * and the conclusions come from the minutes domain (`src/lib/domain/minutes/`), not on main
 * when this was written; until then they are empty and the documents say so.
 */
import { attendanceSummary } from '../checkin/attendance';
import { foldVietnamese } from '../search';
import type { MeetingState } from '../types';
import { localClock } from './dates';
import type { MinutesDocumentInput, OfficeFields, Signer } from './input';
import { layoutForHost, type Layout } from './layout';
import { t } from './parts';
import { placeName } from './place-name';

/** Categories whose checked-in members are named in the minutes (leaders, guests from above). */
const NAMED_CATEGORY = /lanh dao|khach moi|cap tren/;

export function minutesInput(state: MeetingState): MinutesDocumentInput {
	const layout = layoutForHost(state.plan.host);
	const attendance = attendanceSummary(state);
	const named = new Set(state.categories.filter((c) => NAMED_CATEGORY.test(foldVietnamese(c.name))).map((c) => c.id));
	const chairs = state.plan.chairs.filter((c) => c.position === 'chair');
	return {
		meetingId: state.id,
		layout,
		parentBody: state.plan.parentBody,
		issuingBody: state.plan.issuingBody,
		title: state.basics.title,
		date: state.basics.date,
		startTime: state.startedAt ? localClock(state.startedAt).time : state.basics.startTime,
		endTime: state.endedAt ? localClock(state.endedAt).time : null,
		ended: state.status === 'ended',
		place: state.basics.place,
		attendance: attendance.byCategory.map((c) => ({ category: c.name, present: c.present, expected: c.expected })),
		guests: state.delegates.filter((d) => named.has(d.categoryId) && state.attendance[d.id]).map((d) => ({ name: d.fullName, title: [d.title, d.unit].filter(Boolean).join(', ') })),
		chairs: chairs.map((c, i) => ({ name: c.name, title: c.title, role: i === 0 ? 'chair' : 'co_chair' })),
		secretaries: state.plan.secretaries.map((s) => ({ name: s.name, title: s.title })),
		programme: state.agenda.map((item) => ({
			title: item.title,
			presenter: item.presenter,
			startedAt: item.id in state.itemStartedAt ? localClock(state.itemStartedAt[item.id]).time : null,
			summary: ''
		})),
		opinions: [],
		generalAssessment: '',
		conclusions: [],
		complex: state.documentOffice.complex,
		calendar: state.calendar,
		office: officeFields(state, layout, chairs[0]?.name ?? '')
	};
}

/** The office's fields, with the layout's usual values where the office left a field empty. */
function officeFields(state: MeetingState, layout: Layout, chairName: string): OfficeFields {
	const o = state.documentOffice;
	const party = layout === 'party';
	const signer: Signer = o.noticeSigner ?? {
		// HD 36 "T/M" for the Party committee's standing board; Decree 30 "TM." for the People's Committee.
		authority: party ? 'T/M' : 'TM.',
		body: party ? 'Ban Thường vụ' : 'Ủy ban nhân dân',
		position: party ? 'Bí thư' : 'Chủ tịch',
		name: chairName
	};
	return {
		bienBanNumber: o.bienBanNumber,
		bienBanSymbol: o.bienBanSymbol || t(party ? 'bienBan.symbolParty' : 'bienBan.symbolGovernment'),
		noticeNumber: o.noticeNumber,
		noticeSymbol: o.noticeSymbol || t(party ? 'notice.symbolParty' : 'notice.symbolGovernment'),
		placeName: o.placeName || placeName(state.plan.issuingBody),
		noticeSigner: signer,
		extraRecipients: o.extraRecipients
	};
}
