/**
 * The meeting state → what the documents need. The one place that knows how the room
 * records things; the builders only read `MinutesDocumentInput`.
 * Opinions, answers, outcomes, assignments, item summaries, the assessment and the
 * conclusions come from the minutes (`src/lib/domain/minutes/`), deadlines from its own rule.
 */
import { attendanceSummary } from '../checkin/attendance';
import { answerDeadline } from '../minutes/deadline';
import { deadlineBasis, minutesOf } from '../minutes/decide';
import type { Opinion, OpinionOrigin, OutcomeKind } from '../minutes/types';
import { foldVietnamese } from '../search';
import type { MeetingState } from '../types';
import { localClock } from './dates';
import type { Conclusion, DocumentOpinion, DocumentOutcome, MinutesDocumentInput, OfficeFields, Signer } from './input';
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
	const minutes = minutesOf(state);
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
			summary: minutes.itemSummaries[item.id]?.text ?? ''
		})),
		opinions: minutes.opinions.map((o) => documentOpinion(state, o)),
		generalAssessment: minutes.overall.text,
		conclusions: conclusionsOf(state),
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

const SOURCE: Record<OpinionOrigin['kind'], DocumentOpinion['source']> = { turn: 'spoken', floor: 'spoken', written: 'written', collected: 'collected' };
const OUTCOME: Record<OutcomeKind, DocumentOutcome> = {
	answered: 'answered',
	assigned: 'assigned',
	reported: 'reported_upward',
	accepted: 'accepted',
	out_of_scope: 'out_of_scope'
};
const SALUTATION = /^(Ông|Bà)\s+/u;

function documentOpinion(state: MeetingState, o: Opinion): DocumentOpinion {
	const agencyName = (id: string) => state.agencies.find((a) => a.id === id)?.name ?? '';
	// A delegate on the list gives the salutation; a typed name may start with one ("Ông Nguyễn Văn An").
	const delegate = o.raisedBy.delegateId ? state.delegates.find((d) => d.id === o.raisedBy.delegateId) : undefined;
	const typed = o.raisedBy.name.trim().match(SALUTATION);
	const [salutation, name] =
		o.raisedBy.kind === 'organisation' ? ['', o.raisedBy.name.trim()]
		: delegate && !typed ? [delegate.salutation, o.raisedBy.name.trim() || delegate.fullName]
		: typed ? [typed[1], o.raisedBy.name.trim().slice(typed[0].length)]
		: ['', o.raisedBy.name.trim()];
	const outcome = o.outcome;
	return {
		id: o.id,
		salutation,
		name,
		unit: o.raisedBy.unit,
		field: o.field,
		content: o.content.text,
		source: SOURCE[o.origin.kind],
		answers: o.answers.map((a) => {
			if (a.by.kind === 'agency') return { name: a.by.name, title: agencyName(a.by.agencyId), content: a.summary.text };
			const by = a.by;
			const chair = state.plan.chairs.find((c) => c.id === by.chairId);
			return { name: by.name || chair?.name || '', title: chair?.title ?? '', content: a.summary.text };
		}),
		outcome: outcome ? OUTCOME[outcome.kind] : null,
		assignment:
			outcome?.kind === 'assigned'
				? { leadAgency: agencyName(outcome.leadAgencyId), cooperating: outcome.coAgencyIds.map(agencyName), deadline: answerDeadline(outcome, deadlineBasis(state)) }
				: null
	};
}

/** Each conclusion under the field of its first opinion; "" when it names none. */
function conclusionsOf(state: MeetingState): Conclusion[] {
	const minutes = minutesOf(state);
	return minutes.conclusions
		.filter((c) => c.text.text.trim())
		.map((c) => ({ field: minutes.opinions.find((o) => o.id === c.opinionIds[0])?.field ?? '', text: c.text.text }));
}
