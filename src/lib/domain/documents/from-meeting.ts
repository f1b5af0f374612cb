/**
 * The meeting state → what the documents need. The one place that knows how the room
 * records things; the builders only read `MinutesDocumentInput`.
 * Opinions, answers, outcomes and assignments come from the meeting record (`record/`: people
 * structured, deadlines from the one rule); item summaries, the assessment and the
 * conclusions from the minutes (`minutes/`).
 */
import { attendanceSummary } from '../checkin/attendance';
import { minutesOf } from '../minutes/read';
import type { OpinionOrigin, OutcomeKind } from '../minutes/types';
import { meetingRecord } from '../record/record';
import type { PersonRef, RecordOpinion } from '../record/types';
import { foldVietnamese } from '../search';
import type { MeetingState } from '../types';
import { localClock } from './dates';
import type { Conclusion, DocumentOpinion, DocumentOutcome, DocumentPerson, MinutesDocumentInput, OfficeFields, Signer } from './input';
import { layoutForHost, type Layout } from './layout';
import { t } from './parts';
import { bodyInSentence, placeInSentence, placeName } from './place-name';

/** Categories whose checked-in members are named in the minutes (leaders, guests from above). */
const NAMED_CATEGORY = /lanh dao|khach moi|cap tren/;

export function minutesInput(state: MeetingState): MinutesDocumentInput {
	const layout = layoutForHost(state.plan.host);
	const attendance = attendanceSummary(state);
	const named = new Set(state.categories.filter((c) => NAMED_CATEGORY.test(foldVietnamese(c.name))).map((c) => c.id));
	const chairs = state.plan.chairs.filter((c) => c.position === 'chair');
	const minutes = minutesOf(state);
	const office = officeFields(state, layout, chairs[0]?.name ?? '');
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
		opinions: meetingRecord(state).opinions.map(documentOpinion),
		generalAssessment: minutes.overall.text,
		conclusions: conclusionsOf(state),
		complex: state.documentOffice.complex,
		calendar: state.calendar,
		office,
		planRecipients: planRecipients(state, office.placeName)
	};
}

/** Who signs for the body when the office chose nobody else (the notice, the report to the Front). */
export function usualSigner(layout: Layout, chairName: string): Signer {
	const party = layout === 'party';
	return {
		// HD 36 "T/M" for the Party committee's standing board; Decree 30 "TM." for the People's Committee.
		authority: party ? 'T/M' : 'TM.',
		body: party ? 'Ban Thường vụ' : 'Ủy ban nhân dân',
		position: party ? 'Bí thư' : 'Chủ tịch',
		name: chairName
	};
}

/** The office's fields, with the layout's usual values where the office left a field empty. */
function officeFields(state: MeetingState, layout: Layout, chairName: string): OfficeFields {
	const o = state.documentOffice;
	const party = layout === 'party';
	const signer: Signer = o.noticeSigner ?? usualSigner(layout, chairName);
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

const documentPerson = ({ delegateId: _unused, ...p }: PersonRef): DocumentPerson => p;

/** One opinion of the meeting record in the documents' words: people structured, deadlines from the one rule (B2, B3). */
function documentOpinion(o: RecordOpinion): DocumentOpinion {
	const outcome = o.outcome;
	return {
		id: o.id,
		petitioner: documentPerson(o.petitioner),
		field: o.field,
		content: o.content,
		source: SOURCE[o.origin.kind],
		answers: o.answers.map((a) => ({ speaker: documentPerson(a.speaker), content: a.summary })),
		outcome: outcome ? OUTCOME[outcome.kind] : null,
		assignment: o.assignment ? { leadAgency: o.assignment.leadAgencyName, cooperating: o.assignment.coAgencyNames, deadline: o.assignment.deadline } : null,
		reportLevel: outcome?.kind === 'reported' ? outcome.level : null,
		note: outcome?.kind === 'out_of_scope' ? outcome.note : outcome?.kind === 'accepted' ? outcome.body : ''
	};
}

/**
 * [D19] The bodies the plan names, for "Nơi nhận": the host's standing bodies (the Party
 * committee, the People's Committee, or both) and the Fatherland Front, which supervises.
 */
function planRecipients(state: MeetingState, place: string): string[] {
	const where = placeInSentence(place);
	const host = state.plan.host;
	return [
		...(host !== 'government' ? [where ? t('doc.recipientPartyStanding', { place: where }) : bodyInSentence(state.plan.issuingBody)] : []),
		...(host !== 'party' ? [where ? t('doc.recipientGovernmentLeaders', { place: where }) : bodyInSentence(state.plan.issuingBody)] : []),
		t('doc.recipientFront', { place: where }).trim()
	].filter((line, i, all) => line && all.indexOf(line) === i);
}

/** Each conclusion under the field of its first opinion; "" when it names none. */
function conclusionsOf(state: MeetingState): Conclusion[] {
	const minutes = minutesOf(state);
	return minutes.conclusions
		.filter((c) => c.text.text.trim())
		.map((c) => ({ field: minutes.opinions.find((o) => o.id === c.opinionIds[0])?.field ?? '', text: c.text.text }));
}
