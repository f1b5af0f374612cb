import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run } from '../testing';

describe('documents.update', () => {
	it('[D11] the secretary, chair or admin sets numbers, signer, place, recipients; only the fields sent change; also after the end', () => {
		const state = createdMeeting();
		const first = run(state, command('documents.update', { bienBanNumber: ' 05 ', bienBanSymbol: 'BB-UBND', placeName: 'Phường Bạch Đằng' }), 'secretary');
		expect(first.error).toBeNull();
		expect(first.state!.documentOffice).toMatchObject({ bienBanNumber: '05', bienBanSymbol: 'BB-UBND', placeName: 'Phường Bạch Đằng', noticeNumber: '' });
		const signer = { authority: 'T/M', body: 'Ban Thường vụ', position: 'Bí thư', name: 'Lê Văn Bình' };
		const second = run(first.state, command('documents.update', { noticeSigner: signer, extraRecipients: { bienBan: [], notice: ['Thường trực HĐND phường'] }, complex: true }), 'chair');
		expect(second.state!.documentOffice).toMatchObject({ bienBanNumber: '05', noticeSigner: signer, complex: true });
		const ended = run(run(second.state, command('meeting.start'), 'chair').state, command('meeting.end'), 'chair').state!;
		expect(run(ended, command('documents.update', { noticeNumber: '12' }), 'admin').state!.documentOffice.noticeNumber).toBe('12');
	});

	it('[D11] refuses numbers and symbols that are not written that way, other roles, unknown fields; nothing changes', () => {
		const state = createdMeeting();
		for (const payload of [{ bienBanNumber: 'năm' }, { noticeSymbol: 'TB UBND' }, { noticeSigner: { authority: '', body: '', position: '', name: 'A' } }, { other: 1 }]) {
			const result = run(state, command('documents.update', payload), 'secretary');
			expect(result.error?.code, JSON.stringify(payload)).toBe('invalid_command');
			expect(result.state).toBe(state);
		}
		expect(run(state, command('documents.update', { noticeNumber: '1' }), 'desk').error?.code).toBe('forbidden');
		expect(run(state, command('documents.update', { noticeNumber: '1' }), 'delegate').error?.code).toBe('forbidden');
	});
});
