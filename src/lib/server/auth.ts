import { createHash, timingSafeEqual } from 'node:crypto';
import type { LinkRole, Role } from '../domain/types';

export const ADMIN_COOKIE = 'dt_admin';

/** One cookie per meeting and role, so one laptop can be chair and projector at once. */
export function roleCookieName(meetingId: string, role: Role): string {
	return `dt_${role}_${meetingId}`;
}

/** Constant-time comparison of secrets of any length (hashing equalises the lengths). */
export function sameSecret(a: string | undefined | null, b: string | undefined | null): boolean {
	if (!a || !b) return false;
	const digest = (s: string) => createHash('sha256').update(s).digest();
	return timingSafeEqual(digest(a), digest(b));
}

export const COOKIE_OPTIONS = {
	path: '/',
	httpOnly: true,
	sameSite: 'lax' as const,
	// The hall's Wi-Fi is plain HTTP; a Secure cookie would never be sent back.
	secure: false,
	maxAge: 60 * 60 * 24 * 180
};

export type RoleLink = { meetingId: string; role: LinkRole };
/** An agency's follow-up link (issue 17): cookie `dt_agency_<meetingId>`. */
export type AgencyLink = { meetingId: string; agencyId: string };
