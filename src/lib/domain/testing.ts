/** Test helpers for the pure core: run commands against state the way the server does. */
import { apply } from './apply';
import { decide } from './decide';
import { isDomainError, type DomainError } from './errors';
import type { StoredEvent } from './events';
import type { Actor, DecideContext, MeetingState, Role } from './types';

let counter = 0;

/** Default now: 13/07/2026 14:00 in Vietnam, the sample meeting's start. */
export function context(who: Role | Actor, now = Date.UTC(2026, 6, 13, 7, 0)): Omit<DecideContext, 'commandId'> {
	return { actor: typeof who === 'string' ? { role: who } : who, now, newId: () => `id${++counter}`, newToken: () => `token${++counter}xxxxxxxxxxxxxx`, meetingId: 'meeting1' };
}

export function command(type: string, payload: unknown = {}, id = `command-${++counter}`) {
	return { id, type, payload };
}

/** Decides and folds; returns the new state, or the error with the state untouched. */
export function run(
	state: MeetingState | null,
	raw: unknown,
	who: Role | Actor,
	seqStart = 0,
	now?: number
): { state: MeetingState | null; events: StoredEvent[]; error: DomainError | null } {
	const ctx = context(who, now);
	const decision = decide(state, raw, ctx);
	if (isDomainError(decision)) return { state, events: [], error: decision };
	const actor: Actor = ctx.actor;
	const events = decision.map(
		(body, i) => ({ ...body, seq: seqStart + i + 1, at: ctx.now, actor, commandId: String((raw as { id: string }).id) }) as StoredEvent
	);
	return { state: events.reduce<MeetingState | null>(apply, state), events, error: null };
}

export const sampleBasics = {
	title: 'Hội nghị đối thoại năm 2026',
	date: '2026-07-13',
	startTime: '14:00',
	place: 'Hội trường UBND phường Bạch Đằng',
	bannerLines: ['ĐẢNG ỦY - UBND PHƯỜNG BẠCH ĐẰNG', 'HỘI NGHỊ', 'ĐỐI THOẠI VỚI NHÂN DÂN NĂM 2026']
};

export function createdMeeting(agenda = ['Khai mạc', 'Báo cáo tình hình kinh tế - xã hội', 'Đối thoại', 'Kết luận']): MeetingState {
	const result = run(null, command('meeting.create', { basics: sampleBasics, agenda: agenda.map((title) => ({ title })) }), 'admin');
	if (!result.state) throw new Error(result.error?.message);
	return result.state;
}

export function runningMeeting(): MeetingState {
	return run(createdMeeting(), command('meeting.start'), 'chair').state!;
}
