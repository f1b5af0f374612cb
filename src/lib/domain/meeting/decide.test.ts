import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run, runningMeeting, sampleBasics } from '../testing';

describe('meeting.create', () => {
	it('[M1] creates a planned meeting with its programme', () => {
		const result = run(null, command('meeting.create', { basics: sampleBasics, agenda: [{ title: 'Khai mạc' }, { title: 'Đối thoại' }] }), 'admin');
		expect(result.error).toBeNull();
		expect(result.state?.status).toBe('planned');
		expect(result.state?.basics.title).toBe(sampleBasics.title);
		expect(result.state?.agenda.map((i) => i.title)).toEqual(['Khai mạc', 'Đối thoại']);
		expect(new Set(result.state?.agenda.map((i) => i.id)).size).toBe(2);
	});

	it('[M1] refuses an invalid payload with a Vietnamese message naming the field', () => {
		const bad = { basics: { ...sampleBasics, date: '13/07/2026', title: '' }, agenda: [] };
		const result = run(null, command('meeting.create', bad), 'admin');
		expect(result.error?.code).toBe('invalid_command');
		expect(result.error?.message).toContain('basics.date');
		expect(result.error?.message).toContain('Lệnh không hợp lệ');
		expect(result.state).toBeNull();
	});

	it('[M1] refuses unknown fields (strict payloads)', () => {
		const result = run(null, command('meeting.create', { basics: sampleBasics, agenda: [], extra: 1 }), 'admin');
		expect(result.error?.code).toBe('invalid_command');
		expect(result.error?.message).toContain('extra');
	});

	it('[M1] refuses to create over an existing meeting', () => {
		const state = createdMeeting();
		const result = run(state, command('meeting.create', { basics: sampleBasics, agenda: [] }), 'admin');
		expect(result.error?.code).toBe('meeting_exists');
		expect(result.state).toBe(state);
	});
});

describe('meeting.editBasics', () => {
	it('[M2] changes the basics and drops empty banner lines', () => {
		const state = createdMeeting();
		const basics = { ...sampleBasics, place: 'Nhà văn hóa tổ dân phố 5', bannerLines: ['HỘI NGHỊ', ''] };
		const result = run(state, command('meeting.editBasics', { basics }), 'admin');
		expect(result.state?.basics.place).toBe('Nhà văn hóa tổ dân phố 5');
		expect(result.state?.basics.bannerLines).toEqual(['HỘI NGHỊ']);
	});

	it('[M2] is refused after the meeting ended, state unchanged', () => {
		const ended = run(runningMeeting(), command('meeting.end'), 'chair').state!;
		const result = run(ended, command('meeting.editBasics', { basics: sampleBasics }), 'admin');
		expect(result.error?.code).toBe('meeting_ended');
		expect(result.state).toBe(ended);
	});

	it('[M2] refuses a bad start time', () => {
		const result = run(createdMeeting(), command('meeting.editBasics', { basics: { ...sampleBasics, startTime: '25:00' } }), 'admin');
		expect(result.error?.code).toBe('invalid_command');
		expect(result.error?.message).toContain('basics.startTime');
	});
});

describe('meeting.start / meeting.end', () => {
	it('[M3] starting opens the first programme item', () => {
		const state = createdMeeting();
		const result = run(state, command('meeting.start'), 'chair');
		expect(result.events.map((e) => e.type)).toEqual(['meeting.started', 'agenda.currentSet']);
		expect(result.state?.status).toBe('running');
		expect(result.state?.startedAt).toBe(result.events[0].at);
		expect(result.state?.currentItemId).toBe(state.agenda[0].id);
	});

	it('[M3] a meeting with no programme starts with no current item', () => {
		const result = run(createdMeeting([]), command('meeting.start'), 'chair');
		expect(result.events.map((e) => e.type)).toEqual(['meeting.started']);
		expect(result.state?.currentItemId).toBeNull();
	});

	it('[M3] cannot start twice', () => {
		const result = run(runningMeeting(), command('meeting.start'), 'chair');
		expect(result.error?.code).toBe('already_started');
	});

	it('[M4] ends a running meeting; cannot end twice or before it starts', () => {
		const ended = run(runningMeeting(), command('meeting.end'), 'chair');
		expect(ended.state?.status).toBe('ended');
		expect(run(ended.state, command('meeting.end'), 'chair').error?.code).toBe('meeting_ended');
		expect(run(ended.state, command('meeting.start'), 'chair').error?.code).toBe('meeting_ended');
		expect(run(createdMeeting(), command('meeting.end'), 'chair').error?.code).toBe('not_started');
	});

	it('[M3] the projector may not start the meeting', () => {
		const state = createdMeeting();
		const result = run(state, command('meeting.start'), 'projector');
		expect(result.error?.code).toBe('forbidden');
		expect(result.error?.message).toContain('projector');
		expect(result.state).toBe(state);
	});
});
