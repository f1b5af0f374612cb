import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Attached files (a written answer's PDF or photo, issue 17) as files beside the meetings:
 * `<DATA_DIR>/attachments/<meetingId>/<sha256>`. Written like DurableJSONFile: temp file,
 * fsync, rename, fsync the folder, so a file is whole or absent after a power cut. The name
 * is the bytes' hash: writing the same file twice is harmless.
 */
const MEETING_ID = /^[a-z0-9]{6,40}$/;
const SHA256 = /^[0-9a-f]{64}$/;

export function attachmentPath(dataDir: string, meetingId: string, id: string): string | null {
	return MEETING_ID.test(meetingId) && SHA256.test(id) ? join(dataDir, 'attachments', meetingId, id) : null;
}

export async function putAttachmentFile(dataDir: string, meetingId: string, id: string, bytes: Uint8Array): Promise<void> {
	const path = attachmentPath(dataDir, meetingId, id);
	if (!path) throw new Error(`bad attachment ${meetingId}/${id}`);
	// Named by its hash: a file already there whole is this file (a correction, a retry).
	if ((await stat(path).catch(() => null))?.size === bytes.byteLength) return;
	await mkdir(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		const file = await open(tmp, 'w');
		try {
			await file.writeFile(bytes);
			await file.sync();
		} finally {
			await file.close();
		}
		await rename(tmp, path);
	} catch (error) {
		await rm(tmp, { force: true }).catch(() => undefined);
		throw error;
	}
	// The folder entry too, where the platform allows it (Windows refuses a folder fsync).
	const dir = await open(dirname(path), 'r').catch(() => null);
	await dir?.sync().catch(() => undefined);
	await dir?.close().catch(() => undefined);
}

export async function getAttachmentFile(dataDir: string, meetingId: string, id: string): Promise<Uint8Array | null> {
	const path = attachmentPath(dataDir, meetingId, id);
	if (!path) return null;
	try {
		return new Uint8Array(await readFile(path));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}
