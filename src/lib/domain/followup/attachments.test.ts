import { describe, expect, it } from 'vitest';
import { act, meetingForMinutes, recorded } from '../minutes/testing';
import { attachmentFor, loggedAttachments } from './attachment-access';
import { archiveAttachmentPath, attachmentTypeOf, bytesLookLike, MAX_ATTACHMENT_BYTES } from './attachments';
import { recordAnswerPayload } from './commands';
import { followUpOf } from './read';

const LATER = Date.UTC(2026, 6, 20, 3, 0);
const SHA = 'ab'.repeat(32);
const pdf = (extra: object = {}) => ({ id: SHA, name: 'Văn bản trả lời 125.pdf', type: 'application/pdf', size: 120_000, sha256: SHA, ...extra });

function assigned() {
	let state = meetingForMinutes();
	const [lead, other] = state.agencies.map((a) => a.id);
	const first = recorded(state, 'Đường ngõ 12 xuống cấp');
	state = act(first.state, 'opinion.tag', { opinionId: first.id, outcome: { kind: 'assigned', leadAgencyId: lead, coAgencyIds: [other], task: 'Trả lời bằng văn bản' } }, 'chair').state;
	return { state, opinionId: first.id, lead, other };
}
const answer = (opinionId: string, attachment: unknown) => ({ opinionId, answeredOn: '2026-07-20', documentNumber: '125/UBND-KT', summary: 'Đã sửa', attachment });

describe('attached files of written answers', () => {
	it('[T60] the command takes an optional file: kept in the answer with its name, type, size and sha256', () => {
		const { state, opinionId, lead } = assigned();
		expect(recordAnswerPayload.parse(answer(opinionId, undefined)).attachment).toBeNull();
		const done = act(state, 'followUp.recordAnswer', answer(opinionId, pdf()), { role: 'agency', agencyId: lead }, { now: LATER });
		expect(done.error).toBeNull();
		expect(followUpOf(done.state).assignments[opinionId].answer).toMatchObject({ attachment: pdf(), attachmentName: 'Văn bản trả lời 125.pdf' });
		const photo = act(state, 'followUp.recordAnswer', answer(opinionId, pdf({ name: 'IMG_2031.JPG', type: 'image/jpeg' })), 'secretary', { now: LATER });
		expect(photo.error).toBeNull();
	});

	it('[T60] a file of another type, too large, or not named by its hash is refused and nothing changes', () => {
		const { state, opinionId } = assigned();
		const refused = (a: object) => act(state, 'followUp.recordAnswer', answer(opinionId, a), 'secretary', { now: LATER });
		for (const bad of [pdf({ name: 'don.docx', type: 'application/pdf' }), pdf({ name: 'anh.png', type: 'image/jpeg' }), pdf({ id: 'cd'.repeat(32) }), pdf({ name: 'virus.exe', type: 'application/x-msdownload' })]) {
			const r = refused(bad);
			expect(r.error?.code, bad.name).toBe('followup_attachment_type');
			expect(r.error?.message).toBe('Tệp đính kèm phải là PDF hoặc ảnh (.pdf, .jpg, .jpeg, .png).');
			expect(r.state).toBe(state);
		}
		const big = refused(pdf({ size: MAX_ATTACHMENT_BYTES + 1 }));
		expect(big.error).toMatchObject({ code: 'followup_attachment_too_large', message: 'Tệp đính kèm quá lớn: tối đa 10 MB.' });
		expect(refused(pdf({ sha256: 'not-a-hash', id: 'not-a-hash' })).error?.code).toBe('invalid_command');
	});

	it('[T60] the type comes from the name and the first bytes', () => {
		expect(attachmentTypeOf('Scan.PDF')).toBe('application/pdf');
		expect(attachmentTypeOf('anh.jpeg')).toBe('image/jpeg');
		expect(attachmentTypeOf('anh.png')).toBe('image/png');
		expect(attachmentTypeOf('don.doc')).toBeNull();
		expect(attachmentTypeOf('pdf')).toBeNull();
		expect(bytesLookLike('application/pdf', new TextEncoder().encode('%PDF-1.7'))).toBe(true);
		expect(bytesLookLike('application/pdf', new TextEncoder().encode('<html>'))).toBe(false);
		expect(bytesLookLike('image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
		expect(bytesLookLike('image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
		expect(bytesLookLike('image/png', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(false);
	});

	it('[T61] who may download: the office and the lead agency; not a co-operating agency, a delegate or a guest', () => {
		const { state, opinionId, lead, other } = assigned();
		const done = act(state, 'followUp.recordAnswer', answer(opinionId, pdf()), 'secretary', { now: LATER }).state;
		for (const role of ['admin', 'chair', 'secretary'] as const) expect(attachmentFor(done, { role }, SHA), role).toEqual(pdf());
		expect(attachmentFor(done, { role: 'agency', agencyId: lead }, SHA)).toEqual(pdf());
		expect(attachmentFor(done, { role: 'agency', agencyId: other }, SHA)).toBeNull();
		expect(attachmentFor(done, { role: 'desk' }, SHA)).toBeNull();
		expect(attachmentFor(done, { role: 'guest' } as never, SHA)).toBeNull();
		expect(attachmentFor(done, { role: 'secretary' }, 'cd'.repeat(32))).toBeNull();
		// Removed: the file is no longer offered (it stays in the log and the archive).
		const removed = act(done, 'followUp.removeAnswer', { opinionId }, 'secretary', { now: LATER }).state;
		expect(attachmentFor(removed, { role: 'secretary' }, SHA)).toBeNull();
	});

	it('[T62] the archive takes every file the log named, once, under a safe name', () => {
		const events = [
			{ type: 'followUp.answerRecorded', data: { answer: { attachment: pdf() } } },
			{ type: 'followUp.answerRecorded', data: { answer: { attachment: null } } },
			{ type: 'followUp.answerRecorded', data: { answer: { attachment: pdf() } } },
			{ type: 'followUp.answerRecorded', data: { answer: { attachmentName: null } } },
			{ type: 'meeting.started', data: {} }
		];
		expect(loggedAttachments(events)).toEqual([pdf()]);
		expect(archiveAttachmentPath(pdf())).toBe(`tep-dinh-kem/${SHA}-Văn bản trả lời 125.pdf`);
		expect(archiveAttachmentPath(pdf({ name: '../../etc/passwd' }))).toBe(`tep-dinh-kem/${SHA}-.._.._etc_passwd`);
	});
});
