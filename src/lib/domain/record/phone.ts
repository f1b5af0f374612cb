/**
 * [B3] The delegate's phone: the opinions they raised, as the record reads them (same
 * answers, outcome and deadline as `meetingRecord` and the documents), without building the
 * whole record. This file is in the phone's JavaScript, which every delegate downloads before
 * the page works (docs/performance.md): it reads only what the phone shows — no petitioner
 * (it is the phone's owner), no notice dates. `views.test.ts` checks it against the record.
 */
import { minutesOf } from '../minutes/read';
import type { Opinion } from '../minutes/types';
import type { MeetingState } from '../types';
import { assignmentDeadline } from './deadline';
import { calledName, personOfAnswer, position } from './names';
import type { AssignmentLine, OpinionLine } from './views';

/** What the phone shows of one of its owner's opinions: the record's line without the petitioner. */
export type PhoneOpinionLine = Omit<OpinionLine, 'who' | 'unit' | 'field'>;

const agencyName = (state: MeetingState, id: string) => state.agencies.find((a) => a.id === id)?.name ?? '';

function phoneLine(state: MeetingState, o: Opinion, n: number): PhoneOpinionLine {
	const outcome = o.outcome;
	const assignment: AssignmentLine | null =
		outcome?.kind === 'assigned'
			? {
					leadAgencyName: agencyName(state, outcome.leadAgencyId),
					coAgencyNames: outcome.coAgencyIds.map((id) => agencyName(state, id)),
					deadline: assignmentDeadline(state, outcome),
					deadlineSet: outcome.deadline !== null
				}
			: null;
	// An answer with nothing said is left out, as in the record (`answerSaid`).
	const answers = o.answers
		.filter((a) => a.summary.text.trim() !== '')
		.map((a) => {
			const speaker = personOfAnswer(state, a.by);
			return { id: a.id, speaker: calledName(speaker), position: position(speaker), summary: a.summary.text.trim() };
		});
	return { id: o.id, n, content: o.content.text, answers, outcome: outcome?.kind ?? null, assignment };
}

/** [B3] The delegate's phone: the opinions they raised, as recorded, with answers, outcome and deadline. */
export function phoneOpinions(state: MeetingState, delegateId: string): PhoneOpinionLine[] {
	return minutesOf(state).opinions.flatMap((o, i) => (o.raisedBy.delegateId === delegateId ? [phoneLine(state, o, i + 1)] : []));
}
