import { randomBytes } from 'node:crypto';

/** Ids for entities inside a meeting (agenda items, …): short, URL-safe. */
export function newEntityId(): string {
	return randomBytes(6).toString('hex');
}

/** Meeting ids name files: lowercase letters and digits only. */
export function newMeetingId(): string {
	return randomBytes(8).toString('hex');
}

/** Role and personal link tokens: 128 random bits. */
export function newToken(): string {
	return randomBytes(16).toString('base64url');
}
