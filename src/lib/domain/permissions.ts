import type { Role } from './types';

/**
 * Who may send which command: the one table. A command missing here is refused for
 * everyone (the registry test checks that every registered command has a row).
 */
export const PERMISSIONS: Record<string, readonly Role[]> = {
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
	'walkin.register': ['guest', 'desk']
};

export function mayRun(role: Role, commandType: string): boolean {
	return PERMISSIONS[commandType]?.includes(role) ?? false;
}
