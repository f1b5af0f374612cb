import type { CommandType } from './commands';
import type { Role } from './types';

/**
 * Who may send which command: the one table. Every registered command has a row (the type
 * makes a missing or misspelt row a compile error; the [R1] test checks it at run time too).
 */
export const PERMISSIONS: { readonly [T in CommandType]: readonly Role[] } = {
	'meeting.create': ['admin'],
	'meeting.editBasics': ['admin'],
	'meeting.start': ['chair'],
	'meeting.end': ['chair'],
	'agenda.setCurrent': ['chair'],
	// Before the meeting: the plan, the lists, the invitations (admin, until the meeting ends).
	'plan.update': ['admin'],
	'agenda.setItems': ['admin'],
	'agencies.set': ['admin'],
	'categories.set': ['admin'],
	'units.set': ['admin'],
	'calendar.set': ['admin'],
	'delegate.add': ['admin'],
	'delegate.update': ['admin'],
	'delegate.remove': ['admin'],
	'delegates.import': ['admin'],
	'invitation.reissue': ['admin', 'desk'],
	'opinion.addCollected': ['admin'],
	'opinion.updateCollected': ['admin'],
	'opinion.removeCollected': ['admin'],
	'opinions.importCollected': ['admin'],
	// At the door.
	'checkin.self': ['delegate'],
	'checkin.scan': ['desk'],
	'checkin.desk': ['desk'],
	'checkin.undo': ['desk'],
	'walkin.register': ['guest', 'desk'],
	// The documents' office fields (issue 11): numbers, signer, place, recipients.
	'documents.update': ['secretary', 'chair', 'admin'],
	// The minutes: the secretaries write them; the chair tags, answers and concludes from the tablet.
	'opinion.record': ['secretary'],
	'opinion.edit': ['secretary'],
	'opinion.remove': ['secretary'],
	'opinion.addAnswer': ['secretary'],
	'opinion.editAnswer': ['secretary'],
	'opinion.removeAnswer': ['secretary'],
	'opinion.tag': ['secretary', 'chair'],
	'opinion.link': ['secretary'],
	'conclusion.add': ['secretary', 'chair'],
	'conclusion.edit': ['secretary', 'chair'],
	'conclusion.remove': ['secretary'],
	'minutes.editOverall': ['secretary', 'chair'],
	'minutes.editItemSummary': ['secretary'],
	// The dialogue (issue 9): phones for themselves, the desk and the secretary for paper slips, the chair runs the floor.
	'request.submit': ['delegate', 'desk', 'secretary', 'chair'],
	'request.withdraw': ['delegate', 'desk', 'secretary', 'chair'],
	'request.move': ['chair'],
	'request.absent': ['chair'],
	'request.recall': ['chair'],
	'floor.give': ['chair'],
	'floor.answer': ['chair'],
	'floor.followUp': ['chair'],
	'floor.chairRemark': ['chair'],
	'turn.pause': ['chair'],
	'turn.resume': ['chair'],
	'turn.extend': ['chair'],
	'turn.end': ['chair'],
	'queue.lock': ['chair'],
	'queue.unlock': ['chair'],
	'queue.setFairOrder': ['chair'],
	'queue.undo': ['chair'],
	'screen.showMessage': ['chair'],
	'screen.clearMessage': ['chair'],
	'opinion.submitWritten': ['delegate', 'desk', 'secretary'],
	'fields.set': ['admin'],
	// After the meeting (issue 17): the office follows each assignment up; an agency's link records
	// the answers to what its agency leads (the rule checks which: followup/decide.ts).
	'followUp.recordAnswer': ['admin', 'chair', 'secretary', 'agency'],
	'followUp.removeAnswer': ['admin', 'chair', 'secretary', 'agency'],
	'followUp.markInformed': ['admin', 'chair', 'secretary'],
	'followUp.linkPetition': ['admin', 'chair', 'secretary'],
	'followUp.unlinkPetition': ['admin', 'chair', 'secretary'],
	'followUp.setPublicResults': ['admin', 'chair', 'secretary']
};

export function mayRun(role: Role, commandType: string): boolean {
	return (PERMISSIONS as Partial<Record<string, readonly Role[]>>)[commandType]?.includes(role) ?? false;
}
