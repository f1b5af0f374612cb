import type { Snapshot } from '../domain/protocol';
import { LINK_ROLES, type Actor, type LinkRole, type Role } from '../domain/types';
import type { App } from './app';
import { ADMIN_COOKIE, roleCookieName, sameSecret } from './auth';
import type { LiveMeeting } from './live-meeting';
import { viewFor } from './views';

/** A device let into a meeting as a role. */
export interface Grant {
	ok: true;
	live: LiveMeeting;
	actor: Actor;
	/** 'link' devices are cut off when their role link is revoked; the admin's are not. */
	via: 'link' | 'admin';
}

export interface Refusal {
	ok: false;
	reason: 'meeting_not_found' | 'forbidden';
}

/** Reads one cookie by name: `cookies.get` on pages, the parsed header on sockets. */
export type CookieReader = (name: string) => string | undefined;

const refuse = (reason: Refusal['reason']): Refusal => ({ ok: false, reason });

/**
 * The one access gate, for pages and sockets alike: cookie + meeting + asked-for role → the
 * actor, or a refusal. The admin may open every role screen; a delegate is recognised by the
 * personal token cookie; the other roles by their meeting's role link.
 */
export function grant(app: App, meetingId: string, role: Role, cookie: CookieReader, channel: 'page' | 'socket' = 'page'): Grant | Refusal {
	// An agency's officer has only its own page (server-rendered from an allow-list view) and
	// form posts: no socket, so no meeting snapshot or events ([T7]).
	if (role === 'agency' && channel === 'socket') return refuse('forbidden');
	const isAdmin = app.isAdmin(cookie(ADMIN_COOKIE));
	// The admin's own screens: without the admin cookie the meeting's existence is not told.
	if (role === 'admin' && !isAdmin) return refuse('forbidden');
	const live = app.meeting(meetingId);
	if (!live) return refuse('meeting_not_found');
	if (role === 'admin') return { ok: true, live, actor: { role }, via: 'admin' };
	if (role === 'delegate') {
		const found = app.findDelegateByToken(cookie(roleCookieName(meetingId, 'delegate')), meetingId);
		return found ? { ok: true, live, actor: { role, delegateId: found.delegateId }, via: 'link' } : refuse('forbidden');
	}
	if (role === 'agency') {
		const agencyId = app.agencyByToken(meetingId, cookie(roleCookieName(meetingId, 'agency')));
		return agencyId ? { ok: true, live, actor: { role, agencyId }, via: 'link' } : refuse('forbidden');
	}
	if (!(LINK_ROLES as readonly Role[]).includes(role)) return refuse('forbidden');
	const token = app.roleTokens(meetingId)?.[role as LinkRole];
	if (sameSecret(cookie(roleCookieName(meetingId, role)), token)) return { ok: true, live, actor: { role }, via: 'link' };
	return isAdmin ? { ok: true, live, actor: { role }, via: 'admin' } : refuse('forbidden');
}

/**
 * What a role's screen starts from, on first render and on every (re)connection; a phone's is
 * its own (`delegateId`). Projected once per state and role (views.ts).
 */
export function snapshotFor(live: LiveMeeting, role: Role, delegateId?: string): Snapshot {
	return { meetingId: live.id, role, seq: live.seq, state: viewFor(live, role, delegateId), serverTime: Date.now() };
}
