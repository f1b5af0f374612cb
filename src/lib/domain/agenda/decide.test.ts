import { describe, expect, it } from 'vitest';
import { command, createdMeeting, run, runningMeeting } from '../testing';

describe('agenda.setCurrent', () => {
	it('[A1] moves to another programme item and stamps the time', () => {
		const state = runningMeeting();
		const target = state.agenda[2];
		const result = run(state, command('agenda.setCurrent', { itemId: target.id }), 'chair');
		expect(result.state?.currentItemId).toBe(target.id);
		expect(result.state?.currentItemSince).toBe(result.events[0].at);
	});

	it('[A1] setting the current item again produces no event', () => {
		const state = runningMeeting();
		const result = run(state, command('agenda.setCurrent', { itemId: state.currentItemId }), 'chair');
		expect(result.error).toBeNull();
		expect(result.events).toEqual([]);
	});

	it('[A2] refuses an unknown item, state unchanged', () => {
		const state = runningMeeting();
		const result = run(state, command('agenda.setCurrent', { itemId: 'nope' }), 'chair');
		expect(result.error?.code).toBe('agenda_item_not_found');
		expect(result.error?.message).toBe('Không có nội dung này trong chương trình.');
		expect(result.state).toBe(state);
	});

	it('[A2] refuses before the meeting starts and after it ends', () => {
		const planned = createdMeeting();
		expect(run(planned, command('agenda.setCurrent', { itemId: planned.agenda[1].id }), 'chair').error?.code).toBe('not_started');
		const ended = run(runningMeeting(), command('meeting.end'), 'chair').state!;
		expect(run(ended, command('agenda.setCurrent', { itemId: ended.agenda[1].id }), 'chair').error?.code).toBe('meeting_ended');
	});

	it('[A2] refuses a missing itemId and a secretary', () => {
		const state = runningMeeting();
		expect(run(state, command('agenda.setCurrent', {}), 'chair').error?.code).toBe('invalid_command');
		expect(run(state, command('agenda.setCurrent', { itemId: state.agenda[1].id }), 'secretary').error?.code).toBe('forbidden');
	});
});
