/**
 * Who is editing what, right now: the secretaries' laptops and the chair's tablet say which
 * opinion (or other text) has their cursor. Ephemeral on purpose: it is not part of the
 * meeting's record, is never written to disk, and vanishes with the socket.
 */
import type { PresenceEntry, PresenceUpdate } from '../domain/protocol';

const NAME_MAX = 60;
const TARGET_MAX = 100;

/** One meeting's presence: socket id → what that screen said last. */
export class MeetingPresence {
	#entries = new Map<string, PresenceEntry>();

	/** Returns true when the list changed (and should be sent out). */
	set(socketId: string, role: string, update: unknown): boolean {
		const clean = cleanUpdate(update);
		if (!clean) return false;
		const before = this.#entries.get(socketId);
		const entry: PresenceEntry = { id: socketId, role, ...clean };
		if (before && before.name === entry.name && before.target === entry.target) return false;
		this.#entries.set(socketId, entry);
		return true;
	}

	leave(socketId: string): boolean {
		return this.#entries.delete(socketId);
	}

	list(): PresenceEntry[] {
		return [...this.#entries.values()];
	}
}

/** Untrusted input from a socket: keep two short strings or nothing. */
function cleanUpdate(update: unknown): PresenceUpdate | null {
	if (typeof update !== 'object' || update === null) return null;
	const { name, target } = update as Record<string, unknown>;
	if (typeof name !== 'string' || (target !== null && typeof target !== 'string')) return null;
	return { name: name.trim().slice(0, NAME_MAX), target: target === null ? null : target.slice(0, TARGET_MAX) };
}
