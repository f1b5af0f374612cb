import { OWN_PARTS, ownParts, project } from '../domain/project';
import type { MeetingState, Role } from '../domain/types';
import { EncodedJson } from './encoded-json';
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

type Encoded = { source: MeetingState; seq: number; head: string };
const encoded = new WeakMap<LiveMeeting, Map<Role, Encoded>>();

/**
 * The snapshot a screen gets on every (re)connection, as JSON text (`Snapshot` in protocol.ts).
 * What all screens of a role share is encoded once per seq; a phone adds only its own parts
 * (its record and check-in, its opinions, the queue with its own requests) and the clock.
 */
export function encodedSnapshot(live: LiveMeeting, role: Role, delegateId?: string): EncodedJson {
	const phone = role === 'delegate';
	let byRole = encoded.get(live);
	if (!byRole) encoded.set(live, (byRole = new Map()));
	let shared = byRole.get(role);
	if (shared?.source !== live.state || shared.seq !== live.seq) {
		const view: Partial<MeetingState> = { ...viewFor(live, role) };
		if (phone) for (const part of OWN_PARTS) delete view[part];
		// A phone's state object stays open: its own parts are appended to it.
		const state = phone ? JSON.stringify(view).slice(0, -1) : JSON.stringify(view);
		const head = `{"meetingId":${JSON.stringify(live.id)},"role":${JSON.stringify(role)},"seq":${live.seq},"state":${state}`;
		byRole.set(role, (shared = { source: live.state, seq: live.seq, head }));
	}
	let own = '';
	if (phone) {
		const parts = ownParts(live.state, role, delegateId);
		own = `${shared.head.endsWith('{') ? '' : ','}${OWN_PARTS.map((part) => `${JSON.stringify(part)}:${JSON.stringify(parts[part])}`).join(',')}}`;
	}
	return new EncodedJson(`${shared.head}${own},"serverTime":${Date.now()}}`);
}
