import { minutesOf } from '../minutes/read';
import type { MeetingState } from '../types';
import { followUpOf } from './read';
import type { PersonRef } from './record-source';
import { followUpRows } from './status';
import type { AssignmentStatus } from './types';

/*
 * What the public results page (/m/<id>/results, "dân biết, dân kiểm tra") may show, and
 * nothing else: built field by field from an allow-list, never by copying the state and
 * deleting what is private. No phone number, no token, no delegate id; names as initials
 * when the office says so. The agency page uses the same masking (agency-view.ts).
 */

export interface PublicConclusion {
	field: string;
	text: string;
}

export interface PublicAssignment {
	number: number;
	field: string;
	content: string;
	/** "N.V.A." (initials), or "Ông Nguyễn Văn An"; an organisation by its name. */
	petitioner: string;
	unit: string;
	leadAgencyName: string;
	coAgencyNames: string[];
	task: string;
	deadline: string;
	status: AssignmentStatus;
	answeredOn: string | null;
	documentNumber: string;
}

export interface PublicResults {
	title: string;
	date: string;
	place: string;
	/** The chair's conclusions (those of the notice), then the overall one (field ""). */
	conclusions: PublicConclusion[];
	overall: string;
	assignments: PublicAssignment[];
}

/**
 * [U3] A run of 9 or more digits, possibly split by spaces, dots or dashes ("0912 345 678",
 * "+84 912.345.678"), reads as a phone number (Vietnamese numbers have 10): masked. Dates
 * ("20-07-2026" has 8), document numbers ("125/UBND") and house numbers are shorter.
 */
const PHONE_LIKE = /\+?\d(?:[\s.-]?\d){8,}/g;
export const maskPhones = (text: string): string => text.replace(PHONE_LIKE, '…');

/** "Nguyễn Văn An" → "N.V.A." */
export function initials(name: string): string {
	const letters = name
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => word[0].toLocaleUpperCase('vi'));
	return letters.length ? `${letters.join('.')}.` : '';
}

/** [U2] How the public page names a petitioner. */
export function publicName(p: PersonRef, initialsOnly: boolean): string {
	if (p.kind === 'organisation') return maskPhones(p.name);
	if (initialsOnly) return initials(p.name);
	return maskPhones([p.salutation, p.name].filter(Boolean).join(' '));
}

/** [U1] [U2] The public page's whole content, or null when the office has not switched it on. */
export function publicResults(state: MeetingState, today: string): PublicResults | null {
	const { enabled, initialsOnly } = followUpOf(state).publicResults;
	if (!enabled) return null;
	const minutes = minutesOf(state);
	const fieldOf = (opinionIds: string[]) => minutes.opinions.find((o) => o.id === opinionIds[0])?.field ?? '';
	return {
		title: state.basics.title,
		date: state.basics.date,
		place: state.basics.place,
		conclusions: minutes.conclusions.filter((c) => c.text.text.trim()).map((c) => ({ field: fieldOf(c.opinionIds), text: maskPhones(c.text.text) })),
		overall: maskPhones(minutes.overall.text),
		assignments: followUpRows(state, today).map(({ assignment: a, followUp, status }, i) => ({
			number: i + 1,
			field: a.field,
			content: maskPhones(a.content),
			petitioner: publicName(a.petitioner, initialsOnly),
			unit: maskPhones(a.petitioner.unit),
			leadAgencyName: a.leadAgencyName,
			coAgencyNames: a.coAgencyNames,
			task: maskPhones(a.task),
			deadline: a.deadline,
			status,
			answeredOn: followUp.answer?.answeredOn ?? null,
			documentNumber: followUp.answer ? maskPhones(followUp.answer.documentNumber) : ''
		}))
	};
}
