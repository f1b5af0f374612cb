/** Test helpers for the minutes: a running meeting with agencies and collected opinions. */
import type { DomainError } from '../errors';
import { command, createdMeeting, run } from '../testing';
import type { Actor, MeetingState, Role } from '../types';
import { minutesOf } from './decide';
import type { MinutesEvent } from './events';

/** Runs a minutes command the way the server does (decide, then fold the events). */
export function act(
	state: MeetingState,
	type: string,
	payload: unknown,
	who: Role | Actor = 'secretary',
	{ id = undefined as string | undefined, now = undefined as number | undefined } = {}
): { state: MeetingState; error: DomainError | null; events: MinutesEvent[] } {
	const result = run(state, command(type, payload, id), who, 0, now);
	return { state: result.state!, error: result.error, events: result.events as unknown as MinutesEvent[] };
}

/** A running meeting on Mon 13/07/2026 with three agencies and two collected opinions. */
export function meetingForMinutes(date = '2026-07-13'): MeetingState {
	let state = createdMeeting();
	state = { ...state, basics: { ...state.basics, date } };
	state = run(state, command('agencies.set', {
		agencies: [
			{ name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'KTHTĐT', head: 'Ông Trần Văn Bình' },
			{ name: 'Công an phường', shortName: 'CA', head: 'Ông Lê Văn Cường' },
			{ name: 'Phòng Văn hóa - Xã hội', shortName: 'VHXH', head: 'Bà Phạm Thị Dung' }
		]
	}), 'admin').state!;
	state = run(state, command('opinions.importCollected', {
		opinions: [
			{ raisedBy: 'Ông Nguyễn Văn Hải', unit: 'Tổ dân phố 5', field: 'Giao thông', content: 'Đường ngõ 12 tổ dân phố 5 xuống cấp, mưa bị ngập sâu, đề nghị sửa chữa' },
			{ raisedBy: 'Chi hội Phụ nữ tổ 3', raisedByKind: 'organisation', unit: 'Tổ dân phố 3', field: 'Môi trường', content: 'Rác thải tập kết ven sông gây ô nhiễm, đề nghị di dời điểm tập kết' }
		]
	}), 'admin').state!;
	return run(state, command('meeting.start'), 'chair').state!;
}

/** Records a spoken opinion and returns its id (the command id). */
export function recorded(state: MeetingState, content: string, extra: Record<string, unknown> = {}): { state: MeetingState; id: string } {
	const id = `op-${Math.random().toString(36).slice(2, 10)}`;
	const result = act(state, 'opinion.record', { origin: { kind: 'turn', turnId: 'turn-1' }, field: 'Giao thông', content, ...extra }, 'secretary', { id });
	if (result.error) throw new Error(result.error.message);
	return { state: result.state, id };
}

export { minutesOf };
