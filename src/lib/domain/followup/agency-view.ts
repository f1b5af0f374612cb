import type { MeetingState } from '../types';
import { maskPhones } from './public-view';
import { followUpRows } from './status';
import type { AssignmentStatus } from './types';

/*
 * What an agency's follow-up page (/m/<id>/agency) shows: only the assignments that name its
 * agency, from an allow-list of fields. The petitioner's name and unit are there (the agency
 * answers that person in writing); phone numbers, tokens and delegate ids never are.
 */

export interface AgencyAssignment {
	opinionId: string;
	/** true: this agency leads and records the answer; false: it co-operates (read only). */
	leads: boolean;
	field: string;
	content: string;
	petitioner: string;
	unit: string;
	leadAgencyName: string;
	coAgencyNames: string[];
	task: string;
	deadline: string;
	status: AssignmentStatus;
	workingDaysLeft: number;
	answer: { answeredOn: string; documentNumber: string; summary: string; enteredByAgency: boolean; recordedAt: number; attachment: { id: string; name: string; size: number } | null } | null;
}

export interface AgencyView {
	meeting: { id: string; title: string; date: string; place: string };
	agency: { id: string; name: string };
	assignments: AgencyAssignment[];
}

/** [T7] An agency's page, or null for an agency the meeting does not have. */
export function agencyView(state: MeetingState, agencyId: string, today: string): AgencyView | null {
	const agency = state.agencies.find((a) => a.id === agencyId);
	if (!agency) return null;
	const assignments = followUpRows(state, today)
		.filter(({ assignment: a }) => a.leadAgencyId === agencyId || a.coAgencyIds.includes(agencyId))
		.map(({ assignment: a, followUp, status, workingDaysLeft }) => ({
			opinionId: a.opinionId,
			leads: a.leadAgencyId === agencyId,
			field: a.field,
			content: maskPhones(a.content),
			petitioner: maskPhones([a.petitioner.salutation, a.petitioner.name].filter(Boolean).join(' ')),
			unit: maskPhones(a.petitioner.unit),
			leadAgencyName: a.leadAgencyName,
			coAgencyNames: a.coAgencyNames,
			task: maskPhones(a.task),
			deadline: a.deadline,
			status,
			workingDaysLeft,
			answer: followUp.answer
				? {
						answeredOn: followUp.answer.answeredOn,
						documentNumber: maskPhones(followUp.answer.documentNumber),
						summary: maskPhones(followUp.answer.summary),
						enteredByAgency: followUp.answer.recordedBy.role === 'agency',
						recordedAt: followUp.answer.recordedAt,
						// Its own assignments only ([T61]): the file's name and size, for the download link.
						attachment: a.leadAgencyId === agencyId && followUp.answer.attachment ? { id: followUp.answer.attachment.id, name: followUp.answer.attachment.name, size: followUp.answer.attachment.size } : null
					}
				: null
		}));
	// What it must answer first, then what it helps with (each in the order recorded).
	assignments.sort((x, y) => Number(y.leads) - Number(x.leads));
	return { meeting: { id: state.id, title: state.basics.title, date: state.basics.date, place: state.basics.place }, agency: { id: agency.id, name: agency.name }, assignments };
}
