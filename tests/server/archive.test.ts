/**
 * Archive → restore on a second server (its own data dir): the same meeting, the same log, the
 * same documents; new links. Damaged or foreign ZIPs are refused and nothing is written.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../src/lib/domain/apply';
import { ARCHIVE_FILES } from '../../src/lib/domain/archive/manifest';
import type { MeetingState } from '../../src/lib/domain/types';
import { buildArchive, restoreArchive, sha256 } from '../../src/lib/server/archive/archive';
import { recordAssignments } from '../../src/lib/domain/followup/record-source';
import { readDocx, text, all } from '../docx/read-docx';
import { readSheet as readXlsxSheet } from 'read-excel-file/node';
import { heldMeeting } from './held-meeting';
import { makeDataDir, removeDataDir, startServer, type TestServer } from './harness';

let origin: TestServer;
let other: TestServer;
beforeEach(async () => {
	origin = await startServer(await makeDataDir());
	other = await startServer(await makeDataDir());
});
afterEach(async () => {
	for (const server of [origin, other]) {
		await server.stop();
		await removeDataDir(server.dataDir);
	}
});

/** The state without the personal tokens (which a restore re-issues). */
const withoutTokens = (state: MeetingState) => ({ ...state, delegates: state.delegates.map(({ token: _token, ...d }) => d) });
const readSheet = async (bytes: Uint8Array) => (await readXlsxSheet(Buffer.from(bytes))).map((row) => row.map(String));
const docText = (bytes: Uint8Array) => all(readDocx(bytes).document, 'p').map(text).join('\n');

async function archiveOf(server: TestServer, meetingId: string) {
	const archive = await buildArchive(server.app, meetingId, 'vi');
	if (!archive) throw new Error('no archive');
	return archive.bytes;
}

/** Rewrites one file of an archive (and, when `fixManifest`, its manifest entry so only deeper checks can catch it). */
function tampered(bytes: Uint8Array, name: string, change: (content: string) => string, fixManifest = false): Uint8Array {
	const files = unzipSync(bytes);
	files[name] = strToU8(change(strFromU8(files[name])));
	if (fixManifest) {
		const manifest = JSON.parse(strFromU8(files[ARCHIVE_FILES.manifest]));
		manifest.files = manifest.files.map((f: { name: string }) => (f.name === name ? { name, sha256: sha256(files[name]), bytes: files[name].byteLength } : f));
		files[ARCHIVE_FILES.manifest] = strToU8(JSON.stringify(manifest));
	}
	return zipSync(files);
}

describe('meeting archive (ZIP) and restore', () => {
	it('[Z1] holds the plan, delegate list, opinions report, minutes, notice, the full log and a manifest with each file’s sha256', async () => {
		const { meetingId } = await heldMeeting(origin.app);
		const files = unzipSync(await archiveOf(origin, meetingId));
		const manifest = JSON.parse(strFromU8(files[ARCHIVE_FILES.manifest]));
		expect(manifest).toMatchObject({ format: 'doi-thoai.meeting-archive', version: 1, meetingId, seq: origin.app.meeting(meetingId)!.seq });
		const names = [ARCHIVE_FILES.plan, ARCHIVE_FILES.delegates, ARCHIVE_FILES.opinionsReport, ARCHIVE_FILES.minutes, ARCHIVE_FILES.notice, ARCHIVE_FILES.followUp, ARCHIVE_FILES.log];
		for (const name of names) {
			const entry = manifest.files.find((f: { name: string }) => f.name === name);
			expect(entry, name).toBeDefined();
			expect(entry.sha256).toBe(sha256(files[name]));
		}
		const log = JSON.parse(strFromU8(files[ARCHIVE_FILES.log]));
		expect(log).toEqual((await origin.app.store.load(meetingId))!.events);
		expect(JSON.parse(strFromU8(files[ARCHIVE_FILES.plan])).basics.title).toBe(origin.app.meeting(meetingId)!.state.basics.title);
		expect(docText(files[ARCHIVE_FILES.minutes])).toContain('Đề nghị lắp camera an ninh ở ngã ba chợ');
		// The follow-up status: the one assignment, with its lead agency.
		const followUp = await readSheet(files[ARCHIVE_FILES.followUp]);
		expect(followUp).toHaveLength(2);
		expect(followUp[1]).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
		expect(followUp[1]).toContain('Đề nghị giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất');
	});

	it('[T62] carries the answers’ attached files (tep-dinh-kem/<sha256>-<name>, in the manifest) and restores them with the meeting', async () => {
		const { meetingId } = await heldMeeting(origin.app);
		const [assignment] = recordAssignments(origin.app.meeting(meetingId)!.state);
		const pdf = strToU8('%PDF-1.4\n% văn bản trả lời đã ký\n%%EOF\n');
		const id = sha256(pdf);
		await origin.app.store.putAttachment(meetingId, id, pdf);
		const attachment = { id, name: 'Văn bản trả lời số 125.pdf', type: 'application/pdf', size: pdf.byteLength, sha256: id };
		const ack = await origin.app.execute(meetingId, { id: 'answer-with-file', type: 'followUp.recordAnswer', payload: { opinionId: assignment.opinionId, answeredOn: '2026-07-20', documentNumber: '125/UBND-KT', summary: 'Đã trả lời', attachment } }, { role: 'secretary' });
		expect(ack).toMatchObject({ ok: true });

		const bytes = await archiveOf(origin, meetingId);
		const files = unzipSync(bytes);
		const path = `tep-dinh-kem/${id}-Văn bản trả lời số 125.pdf`;
		expect(files[path]).toEqual(pdf);
		const manifest = JSON.parse(strFromU8(files[ARCHIVE_FILES.manifest]));
		expect(manifest.files).toContainEqual({ name: path, sha256: id, bytes: pdf.byteLength });

		expect(await restoreArchive(other.app, bytes)).toEqual({ ok: true, meetingId });
		expect(await other.app.store.getAttachment(meetingId, id)).toEqual(pdf);
		expect(other.app.meeting(meetingId)!.state.followUp.assignments[assignment.opinionId].answer?.attachment).toEqual(attachment);
		// An edited attached file is refused like any other edited file; nothing is written.
		const third = await startServer(await makeDataDir());
		try {
			expect(await restoreArchive(third.app, tampered(bytes, path, (c) => c.replace('đã ký', 'chưa ký')))).toEqual({ ok: false, problem: 'file_damaged' });
			expect(third.app.meeting(meetingId)).toBeNull();
			expect(await third.app.store.getAttachment(meetingId, id)).toBeNull();
		} finally {
			await third.stop();
			await removeDataDir(third.dataDir);
		}
	});

	it('[Z2] restores on another server: same id, same log and seq, same state and documents; new role and personal links', async () => {
		const { meetingId } = await heldMeeting(origin.app);
		const oldAgencyLinks = await origin.app.agencyTokens(meetingId);
		expect(Object.keys(oldAgencyLinks)).toHaveLength(2);
		const bytes = await archiveOf(origin, meetingId);
		const result = await restoreArchive(other.app, bytes);
		expect(result).toEqual({ ok: true, meetingId });

		const before = (await origin.app.store.load(meetingId))!.events;
		const after = (await other.app.store.load(meetingId))!.events;
		expect(after.slice(0, before.length)).toEqual(before);
		const restored = other.app.meeting(meetingId)!.state;
		const original = origin.app.meeting(meetingId)!.state;
		expect(withoutTokens(restored)).toEqual(withoutTokens(original));
		expect(withoutTokens(replay(after)!)).toEqual(withoutTokens(replay(before)!));
		// New secrets: no old personal or role link opens anything on the new server.
		for (const d of original.delegates) {
			expect(restored.delegates.find((r) => r.id === d.id)!.token).not.toBe(d.token);
			expect(other.app.findDelegateByToken(d.token)).toBeNull();
		}
		for (const [role, token] of Object.entries(origin.app.roleTokens(meetingId)!)) if (role !== 'agencies') expect(other.app.findRoleLink(token as string)).toBeNull();
		for (const token of Object.values(oldAgencyLinks)) expect(other.app.findAgencyLink(token)).toBeNull();
		expect(Object.keys(other.app.roleTokens(meetingId)!.agencies ?? {})).toEqual([]);
		expect(Object.keys(other.app.roleTokens(meetingId)!).sort()).toEqual(['chair', 'desk', 'projector', 'secretary']);

		// The documents again, from the restored meeting: the same text.
		const again = unzipSync(await archiveOf(other, meetingId));
		const first = unzipSync(bytes);
		for (const name of [ARCHIVE_FILES.opinionsReport, ARCHIVE_FILES.minutes, ARCHIVE_FILES.notice]) {
			expect(readDocx(again[name]).parts['word/document.xml'], name).toBe(readDocx(first[name]).parts['word/document.xml']);
		}
		expect(strFromU8(again[ARCHIVE_FILES.plan])).toBe(strFromU8(first[ARCHIVE_FILES.plan]));

		// Durable: a restart of the second server finds it, and it takes commands.
		await other.stop();
		other = await startServer(other.dataDir);
		expect(withoutTokens(other.app.meeting(meetingId)!.state)).toEqual(withoutTokens(original));
	});

	it('[Z3] refuses a damaged or foreign ZIP, or a meeting already here, and writes nothing', async () => {
		const { meetingId } = await heldMeeting(origin.app);
		const bytes = await archiveOf(origin, meetingId);
		const lines = (log: string) => JSON.parse(log) as { seq: number; type: string }[];
		const cases: [string, Uint8Array, string][] = [
			['not a zip', strToU8('PK not really a zip'), 'not_zip'],
			['cut short', bytes.slice(0, Math.floor(bytes.length / 2)), 'not_zip'],
			['no manifest', zipSync({ 'nhat-ky-su-kien.json': strToU8('[]') }), 'no_manifest'],
			['foreign manifest', tampered(bytes, ARCHIVE_FILES.manifest, (m) => m.replace('doi-thoai.meeting-archive', 'other-app')), 'foreign'],
			['newer version', tampered(bytes, ARCHIVE_FILES.manifest, (m) => m.replace('"version": 1', '"version": 99')), 'newer_version'],
			['edited log', tampered(bytes, ARCHIVE_FILES.log, (log) => log.replace('Đề nghị lắp camera', 'Đề nghị lắp đèn')), 'file_damaged'],
			['edited document', tampered(bytes, ARCHIVE_FILES.plan, (plan) => plan + ' '), 'file_damaged'],
			['a file removed', (() => { const f = unzipSync(bytes); delete f[ARCHIVE_FILES.notice]; return zipSync(f); })(), 'file_missing'],
			['log with a gap', tampered(bytes, ARCHIVE_FILES.log, (log) => JSON.stringify(lines(log).filter((e) => e.seq !== 3)), true), 'log_invalid'],
			['unknown event', tampered(bytes, ARCHIVE_FILES.log, (log) => JSON.stringify(lines(log).map((e) => (e.seq === 4 ? { ...e, type: 'nonsense.happened' } : e))), true), 'log_invalid'],
			['log of another meeting', tampered(bytes, ARCHIVE_FILES.manifest, (m) => m.replace(`"meetingId": "${meetingId}"`, '"meetingId": "abcdef123456"')), 'log_invalid']
		];
		for (const [label, zip, problem] of cases) {
			expect(await restoreArchive(other.app, zip), label).toEqual({ ok: false, problem });
		}
		// A meeting that is already on the server (here: on the server it came from).
		expect(await restoreArchive(origin.app, bytes)).toEqual({ ok: false, problem: 'meeting_exists' });
		expect(other.app.meetings()).toHaveLength(0);
		expect(await readdir(join(other.dataDir, 'meetings')).catch(() => [])).toEqual([]);
		// Once restored, a second restore of the same ZIP is refused too.
		expect((await restoreArchive(other.app, bytes)).ok).toBe(true);
		expect(await restoreArchive(other.app, bytes)).toEqual({ ok: false, problem: 'meeting_exists' });
	});
});
