/*
 * TEMPORARY adapter until the `record` branch (CONTRACTS.md A) is merged: the assignments as
 * `meetingRecord(state).assignments` will give them. After the merge this file only re-exports
 * the record's names, and nothing else in follow-up changes.
 */
import { addWorkingDays } from '../workdays/calendar';
import { answerDeadline } from '../minutes/deadline';
import { deadlineBasis, minutesOf } from '../minutes/read';
import type { OpinionOutcome } from '../minutes/types';
import type { MeetingState } from '../types';

export interface PersonRef {
	kind: 'person' | 'organisation';
	salutation: string;
	name: string;
	title: string;
	unit: string;
	delegateId: string | null;
}

export interface RecordAssignment {
	opinionId: string;
	petitioner: PersonRef;
	field: string;
	content: string;
	leadAgencyId: string;
	leadAgencyName: string;
	coAgencyIds: string[];
	coAgencyNames: string[];
	task: string;
	deadline: string;
}

type Assigned = Extract<OpinionOutcome, { kind: 'assigned' }>;

/** The one deadline rule (CONTRACTS.md A): the person's date, else the answer period from the notice. */
export function assignmentDeadline(state: MeetingState, outcome: Assigned): string {
	if (outcome.deadline) return outcome.deadline;
	const issuedOn = (state.documentOffice as { noticeIssuedOn?: string | null }).noticeIssuedOn;
	const basis = deadlineBasis(state);
	return issuedOn ? addWorkingDays(issuedOn, basis.answerPeriodDays, basis.calendar) : answerDeadline(outcome, basis);
}

const SALUTATION = /^(Ông|Bà|Cụ|Đồng chí|Anh|Chị)\s+/u;
const cache = new WeakMap<MeetingState, RecordAssignment[]>();

/** Every assigned opinion of the minutes, in the order recorded. */
export function recordAssignments(state: MeetingState): RecordAssignment[] {
	const known = cache.get(state);
	if (known) return known;
	const agencyName = (id: string) => state.agencies.find((a) => a.id === id)?.name ?? '';
	const result: RecordAssignment[] = [];
	for (const o of minutesOf(state).opinions) {
		if (o.outcome?.kind !== 'assigned') continue;
		const salutation = o.raisedBy.kind === 'person' ? (SALUTATION.exec(o.raisedBy.name)?.[1] ?? '') : '';
		result.push({
			opinionId: o.id,
			petitioner: {
				kind: o.raisedBy.kind,
				salutation,
				name: salutation ? o.raisedBy.name.slice(salutation.length).trim() : o.raisedBy.name,
				title: '',
				unit: o.raisedBy.unit,
				delegateId: o.raisedBy.delegateId
			},
			field: o.field,
			content: o.content.text,
			leadAgencyId: o.outcome.leadAgencyId,
			leadAgencyName: agencyName(o.outcome.leadAgencyId),
			coAgencyIds: o.outcome.coAgencyIds,
			coAgencyNames: o.outcome.coAgencyIds.map(agencyName),
			task: o.outcome.task,
			deadline: assignmentDeadline(state, o.outcome)
		});
	}
	cache.set(state, result);
	return result;
}
