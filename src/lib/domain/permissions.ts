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
	'agenda.setCurrent': ['chair']
};

export function mayRun(role: Role, commandType: string): boolean {
	return PERMISSIONS[commandType]?.includes(role) ?? false;
}
