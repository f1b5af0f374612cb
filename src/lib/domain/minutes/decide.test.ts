import { describe, expect, it } from 'vitest';
import { createdMeeting } from '../testing';
import { act, meetingForMinutes, minutesOf, recorded } from './testing';

describe('minutes: opinions', () => {
	it('[N1] an opinion is recorded from a turn, a written opinion, a collected one taken up, or the floor; its id is the command id', () => {
		let state = meetingForMinutes();
		const collected = state.collectedOpinions[1];
		const origins = [
			{ kind: 'turn', turnId: 'turn-7' },
			{ kind: 'written', writtenOpinionId: 'written-2' },
			{ kind: 'collected', collectedOpinionId: collected.id },
			{ kind: 'floor' }
		];
		origins.forEach((origin, i) => {
			state = act(state, 'opinion.record', { origin, content: i === 2 ? undefined : `Ý kiến ${i}` }, 'secretary', { id: `record-${i}-xxxx` }).state;
		});
		const opinions = minutesOf(state).opinions;
		expect(opinions.map((o) => [o.id, o.origin.kind, o.outcome])).toEqual([
			['record-0-xxxx', 'turn', null],
			['record-1-xxxx', 'written', null],
			['record-2-xxxx', 'collected', null],
			['record-3-xxxx', 'floor', null]
		]);
		// A collected opinion taken up brings its field, who raised it and its content, and counts as itself.
		expect(opinions[2]).toMatchObject({ field: 'Môi trường', raisedBy: { kind: 'organisation', name: 'Chi hội Phụ nữ tổ 3' }, linkedCollectedId: collected.id });
		expect(opinions[2].content).toEqual({ text: collected.content, version: 1 });
		// The same command again (a resend) records nothing more.
		expect(act(state, 'opinion.record', { origin: { kind: 'floor' } }, 'secretary', { id: 'record-3-xxxx' }).events).toEqual([]);
		expect(act(state, 'opinion.record', { origin: { kind: 'collected', collectedOpinionId: 'nope' } }).error?.code).toBe('opinion_not_found');
	});

	it('[N11] minutes start with the meeting and may be finished after its end', () => {
		const planned = createdMeeting();
		expect(act(planned, 'opinion.record', { origin: { kind: 'floor' } }).error?.code).toBe('not_started');
		const ended = act(meetingForMinutes(), 'meeting.end', {}, 'chair').state;
		expect(act(ended, 'opinion.record', { origin: { kind: 'floor' }, content: 'Bổ sung sau' }).error).toBeNull();
	});

	it('[N3] "answered at the meeting" needs at least one answer, and keeps its last one', () => {
		const made = recorded(meetingForMinutes(), 'Đề nghị làm đường');
		const id = made.id;
		let state = made.state;
		const refused = act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'answered' } }, 'chair');
		expect(refused.error?.code).toBe('outcome_incomplete');
		expect(refused.error?.message).toContain('nội dung trả lời');
		expect(refused.error?.params?.which).toBe('answer');
		state = act(state, 'opinion.addAnswer', { opinionId: id, by: { kind: 'chair', name: 'Đ/c Chủ tịch UBND' }, summary: 'Năm 2027 sẽ làm.' }, 'secretary', { id: 'answer-1-xx' }).state;
		state = act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'answered' } }, 'chair').state;
		expect(minutesOf(state).opinions[0].outcome).toEqual({ kind: 'answered' });
		expect(act(state, 'opinion.removeAnswer', { opinionId: id, answerId: 'answer-1-xx' }).error?.code).toBe('outcome_incomplete');
	});

	it('[N4] "assigned to an agency" needs the lead agency and the task; co-operating agencies and deadline are optional', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Ngập ngõ 12');
		const [ktht, ca, vhxh] = state.agencies.map((a) => a.id);
		const tag = (outcome: object) => act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'assigned', ...outcome } });
		expect(tag({ task: 'Kiểm tra' }).error?.params?.which).toBe('leadAgency');
		expect(tag({ leadAgencyId: ktht }).error?.params?.which).toBe('task');
		expect(tag({ leadAgencyId: 'nope', task: 'x' }).error?.code).toBe('agency_not_found');
		const ok = tag({ leadAgencyId: ktht, coAgencyIds: [ca, ktht, vhxh, ca], task: 'Kiểm tra, trả lời bằng văn bản' });
		expect(minutesOf(ok.state).opinions[0].outcome).toEqual({
			kind: 'assigned',
			leadAgencyId: ktht,
			coAgencyIds: [ca, vhxh],
			task: 'Kiểm tra, trả lời bằng văn bản',
			deadline: null
		});
		const edited = tag({ leadAgencyId: ktht, task: 'Kiểm tra', deadline: '2026-08-20' });
		expect(minutesOf(edited.state).opinions[0].outcome).toMatchObject({ deadline: '2026-08-20' });
	});

	it('[N5] "reported upward" needs the level; the district only for meetings before 1 July 2025', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Quy hoạch');
		const tag = (s: typeof state, level: string | null) => act(s, 'opinion.tag', { opinionId: id, outcome: { kind: 'reported', level } });
		expect(tag(state, null).error?.params?.which).toBe('level');
		expect(tag(state, 'district').error?.code).toBe('report_level_gone');
		expect(minutesOf(tag(state, 'province').state).opinions[0].outcome).toEqual({ kind: 'reported', level: 'province' });
		const older = recorded(meetingForMinutes('2025-06-20'), 'Quy hoạch');
		const district = act(older.state, 'opinion.tag', { opinionId: older.id, outcome: { kind: 'reported', level: 'district' } });
		expect(minutesOf(district.state).opinions[0].outcome).toEqual({ kind: 'reported', level: 'district' });
	});

	it('[N6] "taken on" needs nothing; which body is optional', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Góp ý');
		const tagged = act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'accepted' } });
		expect(minutesOf(tagged.state).opinions[0].outcome).toEqual({ kind: 'accepted', body: '' });
	});

	it('[N7] "outside the dialogue" needs where the person was directed', () => {
		const { state, id } = recorded(meetingForMinutes(), 'Khiếu nại đất');
		const tag = (note?: string) => act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'out_of_scope', note } });
		expect(tag().error?.params?.which).toBe('note');
		expect(minutesOf(tag('Hướng dẫn gửi đơn đến Ban Tiếp công dân').state).opinions[0].outcome).toMatchObject({ kind: 'out_of_scope' });
	});

	it('[N2] one tag per opinion: a new tag replaces the old, null makes it "chưa phân loại" again', () => {
		const made = recorded(meetingForMinutes(), 'Góp ý');
		const id = made.id;
		let state = made.state;
		state = act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'accepted' } }).state;
		state = act(state, 'opinion.tag', { opinionId: id, outcome: { kind: 'reported', level: 'central' } }, 'chair').state;
		expect(minutesOf(state).opinions[0].outcome).toEqual({ kind: 'reported', level: 'central' });
		state = act(state, 'opinion.tag', { opinionId: id, outcome: null }).state;
		expect(minutesOf(state).opinions[0].outcome).toBeNull();
		expect(act(state, 'opinion.tag', { opinionId: 'nope', outcome: null }).error?.code).toBe('opinion_not_found');
	});

	it('[N8] a spoken opinion is linked to the collected one it repeats, and unlinked', () => {
		const made = recorded(meetingForMinutes(), 'Ngõ 12 ngập');
		const id = made.id;
		let state = made.state;
		const collected = state.collectedOpinions[0].id;
		state = act(state, 'opinion.link', { opinionId: id, collectedOpinionId: collected }).state;
		expect(minutesOf(state).opinions[0].linkedCollectedId).toBe(collected);
		expect(act(state, 'opinion.link', { opinionId: id, collectedOpinionId: collected }).events).toEqual([]);
		expect(act(state, 'opinion.link', { opinionId: id, collectedOpinionId: 'nope' }).error?.code).toBe('opinion_not_found');
		state = act(state, 'opinion.link', { opinionId: id, collectedOpinionId: null }).state;
		expect(minutesOf(state).opinions[0].linkedCollectedId).toBeNull();
	});
});

describe('minutes: conclusions, summaries, complex', () => {
	it('[N12] conclusions per issue (a set of opinions) and overall, edited with versions', () => {
		const made = recorded(meetingForMinutes(), 'Ngập');
		const id = made.id;
		let state = made.state;
		state = act(state, 'conclusion.add', { opinionIds: [id, id], text: 'Giao phòng KTHTĐT khảo sát.' }, 'chair', { id: 'conclusion-1' }).state;
		expect(minutesOf(state).conclusions).toEqual([{ id: 'conclusion-1', opinionIds: [id], text: { text: 'Giao phòng KTHTĐT khảo sát.', version: 1 } }]);
		expect(act(state, 'conclusion.add', { opinionIds: ['nope'] }).error?.code).toBe('opinion_not_found');
		state = act(state, 'minutes.editOverall', { text: { text: 'Hội nghị thành công.', baseVersion: 0 } }, 'chair').state;
		expect(minutesOf(state).overall).toEqual({ text: 'Hội nghị thành công.', version: 1 });
		// Removing an opinion takes it out of the conclusions that named it.
		state = act(state, 'opinion.remove', { opinionId: id }).state;
		expect(minutesOf(state).conclusions[0].opinionIds).toEqual([]);
	});

	it('[N13] each programme item has a summary of what was presented', () => {
		let state = meetingForMinutes();
		const itemId = state.agenda[1].id;
		state = act(state, 'minutes.editItemSummary', { itemId, text: { text: 'Báo cáo KT-XH 6 tháng.', baseVersion: 0 } }).state;
		expect(minutesOf(state).itemSummaries[itemId]).toEqual({ text: 'Báo cáo KT-XH 6 tháng.', version: 1 });
		expect(act(state, 'minutes.editItemSummary', { itemId: 'nope', text: { text: 'x', baseVersion: 0 } }).error?.code).toBe('agenda_item_not_found');
	});
});
