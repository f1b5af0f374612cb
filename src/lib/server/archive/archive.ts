/**
 * The meeting archive as a ZIP (format: docs/architecture.md "Archive"): written from the
 * meeting's durable log, read back on another server. A restore checks everything before it
 * writes anything: a damaged or foreign ZIP changes nothing.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { replay } from '$lib/domain/apply';
import {
	ARCHIVE_FILES,
	ARCHIVE_FORMAT,
	ARCHIVE_VERSION,
	checkFiles,
	checkLog,
	readManifest,
	reissueEvents,
	type ArchiveManifest,
	type ArchiveProblem
} from '$lib/domain/archive/manifest';
import { buildOpinionsReport } from '$lib/domain/documents/bao-cao-y-kien';
import { buildBienBan } from '$lib/domain/documents/bien-ban';
import { minutesInput } from '$lib/domain/documents/from-meeting';
import { buildThongBaoKetLuan } from '$lib/domain/documents/thong-bao-ket-luan';
import type { StoredEvent } from '$lib/domain/events';
import { archiveAttachmentPath } from '$lib/domain/followup/attachments';
import { loggedAttachments } from '$lib/domain/followup/attachment-access';
import { vietnamToday } from '$lib/domain/followup/status';
import { toPlanDocument } from '$lib/domain/plan/document';
import { followUpStatusTable } from '$lib/domain/reports/follow-up-table';
import type { MeetingState } from '$lib/domain/types';
import type { Lang } from '$lib/i18n/catalog';
import { translate } from '$lib/i18n/translate';
import type { App } from '../app';
import { renderDocx } from '../documents/docx';
import { newToken } from '../ids';
import { delegateExportTable } from '../import/delegate-export';
import { writeXlsx } from '../import/export';

/**
 * A ZIP upload is refused above this (under the adapter's 25 MB body limit, which only the
 * restore and answer posts may use: src/lib/server/body-limit.ts). A meeting of 3,000
 * delegates and a few thousand events archives to well under 1 MB; the answers' attached
 * files (PDFs, photos of signed letters, ≤ 10 MB each) make the rest.
 * Unpacked files above MAX_UNPACKED are refused too (a ZIP bomb).
 */
export const MAX_ARCHIVE_BYTES = 24 * 1024 * 1024;
const MAX_ARCHIVE_SAID = '24 MB';
const MAX_UNPACKED = 100 * 1024 * 1024;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The archive's documents, as the meeting's own downloads make them (same builders, same renderer). */
export async function archiveFiles(state: MeetingState, events: readonly StoredEvent[], lang: Lang, now = Date.now()): Promise<Record<string, Uint8Array>> {
	const delegates = delegateExportTable(state, lang);
	// The status as of the archive's day (Vietnam): answered, or how late.
	const followUp = followUpStatusTable(state, vietnamToday(now), lang);
	const files: Record<string, Uint8Array> = {
		[ARCHIVE_FILES.plan]: strToU8(JSON.stringify(toPlanDocument(state), null, 2)),
		[ARCHIVE_FILES.delegates]: await writeXlsx(delegates.headers, delegates.rows, translate(lang, 'delegates.sheetName')),
		[ARCHIVE_FILES.opinionsReport]: new Uint8Array(await renderDocx(buildOpinionsReport(state))),
		[ARCHIVE_FILES.minutes]: new Uint8Array(await renderDocx(buildBienBan(minutesInput(state)))),
		[ARCHIVE_FILES.notice]: new Uint8Array(await renderDocx(buildThongBaoKetLuan(minutesInput(state)))),
		[ARCHIVE_FILES.followUp]: await writeXlsx(followUp.headers, followUp.rows, translate(lang, 'frontReport.sheet'))
	};
	files[ARCHIVE_FILES.log] = strToU8(JSON.stringify(events));
	return files;
}

/** The whole archive of one meeting, from its durable log (what is on disk now). */
export async function buildArchive(app: App, meetingId: string, lang: Lang, now = Date.now()): Promise<{ bytes: Uint8Array; fileName: string } | null> {
	const record = await app.store.load(meetingId);
	if (!record) return null;
	const events = record.events.slice();
	const state = replay(events)!;
	const files = await archiveFiles(state, events, lang, now);
	// Every file an answer in the log carried (corrections included): `tep-dinh-kem/<sha256>-<name>`.
	for (const attachment of loggedAttachments(events)) {
		const bytes = await app.store.getAttachment(meetingId, attachment.id);
		if (bytes) files[archiveAttachmentPath(attachment)] = bytes;
		else console.warn(`[archive] attached file ${attachment.id} of meeting ${meetingId} is missing; archived without it`);
	}
	const manifest: ArchiveManifest = {
		format: ARCHIVE_FORMAT,
		version: ARCHIVE_VERSION,
		meetingId,
		title: state.basics.title,
		date: state.basics.date,
		seq: events.at(-1)!.seq,
		createdAt: now,
		files: Object.entries(files).map(([name, bytes]) => ({ name, sha256: sha256(bytes), bytes: bytes.byteLength }))
	};
	const zippable: Zippable = { ...files, [ARCHIVE_FILES.manifest]: strToU8(JSON.stringify(manifest, null, 2)) };
	// Already compressed formats (.docx, .xlsx are ZIPs) are stored as they are.
	for (const name of Object.keys(zippable)) if (/\.(docx|xlsx|jpe?g|png)$/i.test(name)) zippable[name] = [zippable[name] as Uint8Array, { level: 0 }];
	const bytes = zipSync(zippable, { level: 6, mtime: new Date(now) });
	return { bytes, fileName: `ho-so-${state.basics.date}-${meetingId}.zip` };
}

export type RestoreResult = { ok: true; meetingId: string } | { ok: false; problem: ArchiveProblem | 'storage_failed' };

/** Unpacks a ZIP within limits; null when it is not one (or cut short). */
class TooLarge extends Error {}

/**
 * Whether the ZIP ends with its own end record. A file cut short does not, and an unzipper
 * searching backwards would otherwise find the end record of a .docx stored inside it.
 */
function endsAsZip(bytes: Uint8Array): boolean {
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
		if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
			return at + 22 + (bytes[at + 20] | (bytes[at + 21] << 8)) === bytes.length;
		}
	}
	return false;
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> | 'too_large' | null {
	if (!endsAsZip(bytes)) return null;
	let total = 0;
	try {
		return unzipSync(bytes, {
			filter: (file) => {
				total += file.originalSize;
				if (total > MAX_UNPACKED) throw new TooLarge();
				return true;
			}
		});
	} catch (error) {
		return error instanceof TooLarge ? 'too_large' : null;
	}
}

/**
 * Restores a meeting from its archive: the checks first (manifest, every file's hash, a log
 * that replays into that meeting, an id not used here), then one durable write of the log
 * with new personal links after it and new role links beside it. Refused → nothing written.
 */
export async function restoreArchive(app: App, bytes: Uint8Array, now = Date.now()): Promise<RestoreResult> {
	if (bytes.byteLength > MAX_ARCHIVE_BYTES) return { ok: false, problem: 'too_large' };
	const files = unzip(bytes);
	if (files === 'too_large') return { ok: false, problem: 'too_large' };
	if (!files) return { ok: false, problem: 'not_zip' };
	const manifestBytes = files[ARCHIVE_FILES.manifest];
	const manifest = readManifest(manifestBytes ? strFromU8(manifestBytes) : null);
	if (!manifest.ok) return manifest;
	const intact = checkFiles(manifest.value, files, sha256);
	if (!intact.ok) return intact;
	const log = checkLog(manifest.value, strFromU8(files[ARCHIVE_FILES.log]));
	if (!log.ok) return log;
	const { events, state } = log.value;
	if (app.meeting(manifest.value.meetingId)) return { ok: false, problem: 'meeting_exists' };
	// The attached files first, each checked against the hash its answer names: the restored
	// log never points at a missing file.
	const attachments = loggedAttachments(events).flatMap((a) => {
		const bytes = files[archiveAttachmentPath(a)];
		return bytes && sha256(bytes) === a.sha256 ? [{ id: a.id, bytes }] : [];
	});
	try {
		for (const a of attachments) await app.store.putAttachment(manifest.value.meetingId, a.id, a.bytes);
	} catch (error) {
		console.error(`[archive] could not store the attached files of ${manifest.value.meetingId}:`, error);
		return { ok: false, problem: 'storage_failed' };
	}
	const reissued = reissueEvents(state, manifest.value.seq, now, newToken, `archive-restore-${now.toString(36)}`);
	const result = await app.importMeeting(manifest.value.meetingId, [...events, ...reissued]);
	if (result === 'exists') return { ok: false, problem: 'meeting_exists' };
	if (result === 'storage_failed') return { ok: false, problem: 'storage_failed' };
	return { ok: true, meetingId: manifest.value.meetingId };
}

/** The Vietnamese (or English) sentence for a refusal. */
export function restoreProblemMessage(lang: Lang, problem: ArchiveProblem | 'storage_failed' | 'no_file'): string {
	return problem === 'storage_failed' ? translate(lang, 'error.storage_failed') : translate(lang, `archive.problem.${problem}`, { limit: MAX_ARCHIVE_SAID });
}
