/**
 * The written answer's attached file (issue 17), through the real page actions and the real
 * download route, as SvelteKit calls them, against a real App with its files in a temp dir:
 * upload → stored → command → download of the same bytes; refused files change nothing.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isHttpError, type Cookies } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../src/lib/domain/followup/status';
import type { Actor } from '../../src/lib/domain/types';
import type { App } from '../../src/lib/server/app';
import { ADMIN_COOKIE, roleCookieName } from '../../src/lib/server/auth';
import { GENERAL_BODY_LIMIT, takesAttachment } from '../../src/lib/server/body-limit';
import { contentDisposition } from '../../src/lib/server/followup-attachments';
import { createMeeting, makeDataDir, removeDataDir } from './harness';

type Action = (event: unknown) => Promise<unknown>;
type Get = (event: unknown) => Promise<Response>;
let dataDir = '';
let app: App;
let agencyAnswer: Action;
let officeAnswer: Action;
let download: Get;
let meetingId = '';
let economy = '';
let police = '';
let tokens: Record<string, string> = {};
let today = '';

let n = 0;
const exec = (type: string, payload: unknown, actor: Actor, id = `attach-test-${++n}`) => app.execute(meetingId, { id, type, payload }, actor);

beforeAll(async () => {
	dataDir = await makeDataDir();
	process.env.DATA_DIR = dataDir;
	process.env.ADMIN_TOKEN = 'attach-test-admin-token';
	({ answer: agencyAnswer } = ((await import('../../src/routes/m/[id]/agency/+page.server')) as unknown as { actions: { answer: Action } }).actions);
	({ answer: officeAnswer } = ((await import('../../src/routes/m/[id]/follow-up/+page.server')) as unknown as { actions: { answer: Action } }).actions);
	({ GET: download } = (await import('../../src/routes/m/[id]/follow-up/attachments/[attachmentId]/+server')) as unknown as { GET: Get });
	app = await (await import('../../src/lib/server/app')).getApp();
	meetingId = await createMeeting(app);
	today = vietnamToday(Date.now());
	await exec('meeting.editBasics', { basics: { title: 'Hội nghị đối thoại', date: today, startTime: '08:00', place: 'Hội trường', bannerLines: [] } }, { role: 'admin' });
	await exec('agencies.set', { agencies: [{ name: 'Phòng Kinh tế', shortName: 'KT', head: 'Ông Bình' }, { name: 'Công an phường', shortName: 'CA', head: 'Ông Cường' }] }, { role: 'admin' });
	[economy, police] = app.meeting(meetingId)!.state.agencies.map((a) => a.id);
	await exec('meeting.start', {}, { role: 'chair' });
	for (const [id, lead] of [['opinion-road', economy], ['opinion-noise', police]]) {
		expect(await exec('opinion.record', { origin: { kind: 'floor' }, field: 'Giao thông', raisedBy: { kind: 'person', name: 'Ông An', unit: 'Tổ 5', delegateId: null }, content: `Ý kiến ${id}` }, { role: 'secretary' }, id)).toMatchObject({ ok: true });
		expect(await exec('opinion.tag', { opinionId: id, outcome: { kind: 'assigned', leadAgencyId: lead, task: 'Trả lời bằng văn bản' } }, { role: 'chair' })).toMatchObject({ ok: true });
	}
	await exec('meeting.end', {}, { role: 'chair' });
	tokens = await app.agencyTokens(meetingId);
});
afterAll(async () => {
	await app.close();
	await removeDataDir(dataDir);
});

/** A cookie jar holding one link: an agency's, a role's, or the admin's. */
function jar(who: { agency: string } | { role: 'secretary' | 'chair' } | 'admin' | 'nobody'): Cookies {
	const pairs: Record<string, string> = {};
	if (who === 'admin') pairs[ADMIN_COOKIE] = app.adminToken;
	else if (who !== 'nobody' && 'agency' in who) pairs[roleCookieName(meetingId, 'agency')] = tokens[who.agency];
	else if (who !== 'nobody') pairs[roleCookieName(meetingId, who.role)] = app.roleTokens(meetingId)![who.role];
	return { get: (name: string) => pairs[name] } as Cookies;
}

function post(action: Action, cookies: Cookies, fields: Record<string, string>, file?: File) {
	const body = new FormData();
	body.set('commandId', crypto.randomUUID());
	for (const [k, v] of Object.entries({ answeredOn: today, documentNumber: '12/KT', summary: 'Đã kiểm tra, sẽ sửa đường', ...fields })) body.set(k, v);
	if (file) body.set('attachment', file);
	const request = new Request(`http://127.0.0.1/m/${meetingId}/agency?/answer`, { method: 'POST', body });
	return action({ request, params: { id: meetingId }, cookies, locals: { lang: 'vi' }, url: new URL(request.url) }) as Promise<{ ok?: boolean; status?: number; data?: { problems?: Record<string, { key: string }>; error?: { code: string } } }>;
}

async function get(cookies: Cookies, attachmentId: string): Promise<Response | number> {
	try {
		return await download({ params: { id: meetingId, attachmentId }, cookies, locals: { lang: 'vi' } });
	} catch (error) {
		if (isHttpError(error)) return error.status;
		throw error;
	}
}

const pdfBytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Văn bản trả lời\n%%EOF\n');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const answerOf = (opinionId: string) => app.meeting(meetingId)!.state.followUp.assignments[opinionId]?.answer ?? null;

describe('written answers with an attached file', () => {
	it('[T60] the agency uploads a PDF with its answer: stored first, named by its sha256, kept in the answer; [T61] it downloads the same bytes with the Vietnamese name', async () => {
		const name = 'Văn bản trả lời số 12-KT.pdf';
		const result = await post(agencyAnswer, jar({ agency: economy }), { opinionId: 'opinion-road' }, new File([pdfBytes], name, { type: 'application/pdf' }));
		expect(result).toEqual({ ok: true, which: 'answer:opinion-road' });
		const id = sha(pdfBytes);
		expect(answerOf('opinion-road')).toMatchObject({ attachment: { id, name, type: 'application/pdf', size: pdfBytes.byteLength, sha256: id }, attachmentName: name, recordedBy: { role: 'agency', agencyId: economy } });
		expect(await readdir(join(dataDir, 'attachments', meetingId))).toEqual([id]);

		for (const who of [{ agency: economy }, { role: 'secretary' as const }, { role: 'chair' as const }, 'admin' as const]) {
			const response = await get(jar(who), id);
			if (typeof response === 'number') throw new Error(`refused ${JSON.stringify(who)}: ${response}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/pdf');
			expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Van ban tra loi so 12-KT.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
			expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes);
		}
		// Another agency, a visitor without a link, an unknown file: 404.
		expect(await get(jar({ agency: police }), id)).toBe(404);
		expect(await get(jar('nobody'), id)).toBe(404);
		expect(await get(jar({ role: 'secretary' }), 'cd'.repeat(32))).toBe(404);
		expect(await get(jar({ role: 'secretary' }), '../../index.json')).toBe(404);
	});

	it('[T60] a wrong type, a file that only pretends to be a PDF, or one over 10 MB is refused next to the field; nothing changes', async () => {
		const before = app.meeting(meetingId)!.seq;
		const answerBefore = answerOf('opinion-noise');
		const cases: [File, string][] = [
			[new File(['Đơn'], 'tra-loi.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), 'error.followup_attachment_type'],
			[new File(['<html>not a pdf</html>'], 'tra-loi.pdf', { type: 'application/pdf' }), 'error.followup_attachment_type'],
			[new File(['MZ'], 'virus.exe'), 'error.followup_attachment_type'],
			[new File([pdfBytes, new Uint8Array(10 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' }), 'error.followup_attachment_too_large']
		];
		for (const [file, key] of cases) {
			const result = await post(agencyAnswer, jar({ agency: police }), { opinionId: 'opinion-noise' }, file);
			expect(result.status, file.name).toBe(400);
			expect(result.data?.problems?.attachment?.key, file.name).toBe(key);
		}
		expect(app.meeting(meetingId)!.seq).toBe(before);
		expect(answerOf('opinion-noise')).toEqual(answerBefore);
		expect(await readdir(join(dataDir, 'attachments', meetingId))).toEqual([sha(pdfBytes)]);
	});

	it('[T60] the office corrects the answer on the follow-up page: no new file keeps it, a photo replaces it, "remove" drops it', async () => {
		const office = jar({ role: 'secretary' });
		expect(await post(officeAnswer, office, { opinionId: 'opinion-road', summary: 'Đã sửa xong đường' })).toMatchObject({ ok: true });
		expect(answerOf('opinion-road')).toMatchObject({ summary: 'Đã sửa xong đường', attachment: { id: sha(pdfBytes) } });

		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		expect(await post(officeAnswer, office, { opinionId: 'opinion-road' }, new File([png], 'ảnh chụp.PNG', { type: 'image/png' }))).toMatchObject({ ok: true });
		expect(answerOf('opinion-road')?.attachment).toMatchObject({ id: sha(png), name: 'ảnh chụp.PNG', type: 'image/png' });
		const response = await get(office, sha(png));
		expect(typeof response === 'number' ? response : new Uint8Array(await response.arrayBuffer())).toEqual(png);
		// The earlier file is no longer offered for download, but stays stored (the log names it; the archive keeps it).
		expect(await get(office, sha(pdfBytes))).toBe(404);

		expect(await post(officeAnswer, office, { opinionId: 'opinion-road', removeAttachment: 'on' })).toMatchObject({ ok: true });
		expect(answerOf('opinion-road')).toMatchObject({ attachment: null, attachmentName: null });
	});

	it('the body limit: only the answer forms and the archive restore may post more than 6 MB', () => {
		expect(GENERAL_BODY_LIMIT).toBe(6 * 1024 * 1024);
		expect(takesAttachment('POST', `/m/${meetingId}/agency?/answer`)).toBe(true);
		expect(takesAttachment('POST', `/m/${meetingId}/follow-up?/answer`)).toBe(true);
		expect(takesAttachment('POST', '/?/restoreArchive')).toBe(true);
		expect(takesAttachment('POST', '/api/meetings/import')).toBe(true);
		expect(takesAttachment('POST', `/m/${meetingId}/follow-up?/informed`)).toBe(false);
		expect(takesAttachment('POST', `/m/${meetingId}/plan?/answer`)).toBe(false);
		expect(takesAttachment('GET', `/m/${meetingId}/agency?/answer`)).toBe(false);
		expect(contentDisposition('Đơn "a";b.pdf')).toBe(`attachment; filename="Don _a__b.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%22a%22%3Bb.pdf`);
	});
});
