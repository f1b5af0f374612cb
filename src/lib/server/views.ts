import { project } from '../domain/project';
import type { MeetingState, Role } from '../domain/types';
import type { LiveMeeting } from './live-meeting';

type View = { source: MeetingState; state: MeetingState };
const views = new WeakMap<LiveMeeting, Map<Role, View>>();

/**
 * What a role sees of a meeting now, projected once per state (states are immutable: a new
 * state is a new seq): a reconnection storm of screens of one role projects it once. A phone's
 * view is its own but small, and its counts are counted once per state (project.ts).
 */
export function viewFor(live: LiveMeeting, role: Role, delegateId?: string): MeetingState {
	if (role === 'delegate') return project(live.state, role, delegateId);
	let byRole = views.get(live);
	if (!byRole) views.set(live, (byRole = new Map()));
	const cached = byRole.get(role);
	if (cached?.source === live.state) return cached.state;
	const state = project(live.state, role);
	byRole.set(role, { source: live.state, state });
	return state;
}
