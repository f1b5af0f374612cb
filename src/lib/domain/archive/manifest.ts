/**
 * The meeting archive (lưu hồ sơ): one ZIP per meeting with its documents, its full event log
 * and a manifest. This file is the pure part: the manifest's shape, the file names, the checks
 * a restore makes before anything is written, and the events that re-issue the personal links.
 * Zipping, hashing and the store are the server's (src/lib/server/archive/).
 */
import { z } from 'zod';
import { replay } from '../apply';
import type { StoredEvent } from '../events';
import type { MeetingState } from '../types';

export const ARCHIVE_FORMAT = 'doi-thoai.meeting-archive';
export const ARCHIVE_VERSION = 1;

/** The files of an archive, in the order they are written. ASCII names: every unzip tool keeps them. */
export const ARCHIVE_FILES = {
	plan: 'ke-hoach.json',
	delegates: 'danh-sach-dai-bieu.xlsx',
	opinionsReport: 'bao-cao-y-kien.docx',
	minutes: 'bien-ban.docx',
	notice: 'thong-bao-ket-luan.docx',
	followUp: 'theo-doi-tra-loi.xlsx',
	log: 'nhat-ky-su-kien.json',
	manifest: 'manifest.json'
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const archiveManifest = z.object({
	format: z.literal(ARCHIVE_FORMAT),
	version: z.number().int().positive(),
	meetingId: z.string().regex(/^[a-z0-9]{6,40}$/),
	title: z.string(),
	date: z.string(),
	/** The last event's seq: the log holds events 1..seq. */
	seq: z.number().int().positive(),
	/** ms since epoch. */
	createdAt: z.number(),
	files: z.array(z.object({ name: z.string().min(1), sha256: sha256Hex, bytes: z.number().int().nonnegative() })).min(1)
});
export type ArchiveManifest = z.infer<typeof archiveManifest>;

/** Why an archive is refused; each has a Vietnamese message `archive.problem.<code>`. */
export type ArchiveProblem =
	| 'not_zip'
	| 'too_large'
	| 'no_manifest'
	| 'foreign'
	| 'newer_version'
	| 'file_missing'
	| 'file_damaged'
	| 'log_invalid'
	| 'meeting_exists';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ArchiveProblem };

/** The manifest as read from the ZIP: missing, not JSON or not ours → refused. */
export function readManifest(text: string | null): Checked<ArchiveManifest> {
	if (text === null) return { ok: false, problem: 'no_manifest' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'foreign' };
	}
	if ((value as { format?: unknown } | null)?.format !== ARCHIVE_FORMAT) return { ok: false, problem: 'foreign' };
	const parsed = archiveManifest.safeParse(value);
	if (!parsed.success) return { ok: false, problem: 'foreign' };
	if (parsed.data.version > ARCHIVE_VERSION) return { ok: false, problem: 'newer_version' };
	if (!parsed.data.files.some((f) => f.name === ARCHIVE_FILES.log)) return { ok: false, problem: 'foreign' };
	return { ok: true, value: parsed.data };
}

/** Every file the manifest lists is there with its size and hash (`sha256` is injected: this stays pure). */
export function checkFiles(manifest: ArchiveManifest, files: Record<string, Uint8Array>, sha256: (bytes: Uint8Array) => string): Checked<null> {
	for (const entry of manifest.files) {
		const bytes = files[entry.name];
		if (!bytes) return { ok: false, problem: 'file_missing' };
		if (bytes.byteLength !== entry.bytes || sha256(bytes) !== entry.sha256) return { ok: false, problem: 'file_damaged' };
	}
	return { ok: true, value: null };
}

/**
 * The log replays into the meeting the manifest names: seq 1..n without a gap, first event
 * the meeting's creation, every event known to this version, the last seq the manifest's.
 */
export function checkLog(manifest: ArchiveManifest, text: string): Checked<{ events: StoredEvent[]; state: MeetingState }> {
	const invalid = { ok: false as const, problem: 'log_invalid' as const };
	let events: StoredEvent[];
	try {
		events = JSON.parse(text);
	} catch {
		return invalid;
	}
	if (!Array.isArray(events) || events.length === 0 || events.length !== manifest.seq) return invalid;
	if (!events.every((e, i) => typeof e === 'object' && e !== null && e.seq === i + 1 && typeof e.type === 'string' && typeof e.commandId === 'string')) return invalid;
	if (events[0].type !== 'meeting.created') return invalid;
	let state: MeetingState | null;
	try {
		state = replay(events);
	} catch {
		return invalid;
	}
	if (!state || state.id !== manifest.meetingId) return invalid;
	return { ok: true, value: { events, state } };
}

/**
 * A restored meeting gets new personal links: one `invitation.reissued` per delegate, after
 * the archived log (its seqs kept), so a link copied from the old server opens nothing here.
 * The role links are not in the log: the server makes new ones beside it.
 */
export function reissueEvents(state: MeetingState, lastSeq: number, at: number, newToken: () => string, commandId: string): StoredEvent[] {
	return state.delegates.map(
		(d, i) =>
			({
				type: 'invitation.reissued',
				data: { delegateId: d.id, token: newToken() },
				seq: lastSeq + i + 1,
				at,
				actor: { role: 'admin' },
				commandId
			}) as StoredEvent
	);
}
