/**
 * [B1] The meeting record: one read of what the meeting decided. Opinions with their
 * petitioner as a structured person, answers with their speaker and agency resolved (empty
 * ones left out), the one outcome, and each assignment with its agencies, task and the
 * deadline from the one rule. Pure; memoised per state object (states are immutable).
 */
import { minutesOf } from '../minutes/read';
import type { Opinion, OpinionAnswer } from '../minutes/types';
import type { MeetingState } from '../types';
import { answerPeriodFrom, assignmentDeadline, defaultAssignmentDeadline, noticeDue, noticeIssuedOn } from './deadline';
import { personOfAnswer, personOfRaisedBy } from './person';
import type { MeetingRecord, RecordAnswer, RecordAssignment, RecordOpinion } from './types';

const memo = new WeakMap<MeetingState, MeetingRecord>();

export function meetingRecord(state: MeetingState): MeetingRecord {
	const known = memo.get(state);
	if (known) return known;
	const opinions = minutesOf(state).opinions.map((o) => recordOpinion(state, o));
	const record: MeetingRecord = {
		meetingId: state.id,
		date: state.basics.date,
		opinions,
		assignments: opinions.flatMap((o) => (o.assignment ? [o.assignment] : [])),
		noticeDue: noticeDue(state),
		noticeIssuedOn: noticeIssuedOn(state),
		answerPeriodFrom: answerPeriodFrom(state),
		answerPeriodDays: state.plan.answerPeriodDays ?? 15,
		defaultDeadline: defaultAssignmentDeadline(state)
	};
	memo.set(state, record);
	return record;
}

/** One opinion of the record, by id (undefined when it is not in the minutes). */
export function recordOpinionById(state: MeetingState, opinionId: string): RecordOpinion | undefined {
	return meetingRecord(state).opinions.find((o) => o.id === opinionId);
}

const agencyName = (state: MeetingState, id: string) => state.agencies.find((a) => a.id === id)?.name ?? '';

/** An answer holds something to print: a stray Alt+R leaves one with no summary. */
export const answerSaid = (a: OpinionAnswer) => a.summary.text.trim() !== '';

function recordOpinion(state: MeetingState, o: Opinion): RecordOpinion {
	const petitioner = personOfRaisedBy(state, o.raisedBy);
	const answers: RecordAnswer[] = o.answers.filter(answerSaid).map((a) => ({
		id: a.id,
		speaker: personOfAnswer(state, a.by),
		agencyId: a.by.kind === 'agency' ? a.by.agencyId : null,
		agencyName: a.by.kind === 'agency' ? agencyName(state, a.by.agencyId) : '',
		summary: a.summary.text.trim()
	}));
	const outcome = o.outcome;
	const assignment: RecordAssignment | null =
		outcome?.kind === 'assigned'
			? {
					opinionId: o.id,
					petitioner,
					field: o.field,
					content: o.content.text,
					leadAgencyId: outcome.leadAgencyId,
					leadAgencyName: agencyName(state, outcome.leadAgencyId),
					coAgencyIds: outcome.coAgencyIds,
					coAgencyNames: outcome.coAgencyIds.map((id) => agencyName(state, id)),
					task: outcome.task,
					deadline: assignmentDeadline(state, outcome),
					deadlineSet: outcome.deadline !== null
				}
			: null;
	return { id: o.id, origin: o.origin, field: o.field, petitioner, content: o.content.text, answers, outcome, assignment, linkedCollectedId: o.linkedCollectedId };
}
