import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { attendanceSummary } from './checkin/attendance';
import { lastSeq, type StoredEvent } from './events';
import { project, projectEvent, projectEvents } from './project';
import { command, createdMeeting, run } from './testing';
import { ROLES, type Actor, type MeetingState, type Role } from './types';

function meetingWithDelegate() {
	let state = createdMeeting();
	state = run(state, command('categories.set', { categories: [{ name: 'Đại biểu Nhân dân', expected: 30 }] }), 'admin').state!;
	const categoryId = state.categories[0].id;
	state = run(state, command('delegate.add', { salutation: 'Bà', fullName: 'Trần Thị Bình', unit: 'Tổ dân phố 3', categoryId, phone: '0912 345 678' }), 'admin').state!;
	state = run(state, command('opinion.addCollected', { raisedBy: 'Ông Lê Văn Cường', content: 'Đường ngõ 5 ngập khi mưa' }), 'admin').state!;
	return state;
}

/** Every way a screen can look at a meeting: each role, and a phone as its owner and as someone else's. */
function viewers(state: MeetingState): { role: Role; delegateId?: string }[] {
	return [...ROLES.map((role) => ({ role })), ...state.delegates.map((d) => ({ role: 'delegate' as const, delegateId: d.id }))];
}

/** [V3]: folding a batch's projected events into the projected state before it gives the projected state after it. */
function expectFoldAgrees(before: MeetingState, events: StoredEvent[], after: MeetingState, label: string) {
	for (const { role, delegateId } of viewers(after).concat(viewers(before))) {
		const folded = projectEvents(events, role, delegateId, after).reduce((s, e) => apply(s, e), project(before, role, delegateId));
		expect(folded, `${label} for ${role} ${delegateId ?? ''}`).toEqual(project(after, role, delegateId));
	}
}

describe('project', () => {
	it('[V1] phones and tokens reach only the admin and the desk; the list only the screens that show it', () => {
		const state = meetingWithDelegate();
		for (const role of ['admin', 'desk', 'chair', 'secretary'] as const) {
			const d = project(state, role).delegates[0];
			const privileged = role === 'admin' || role === 'desk';
			expect(d.phone, role).toBe(privileged ? '0912345678' : null);
			expect(d.token !== '', role).toBe(privileged);
			expect(d.fullName).toBe('Trần Thị Bình');
		}
		for (const role of ['projector', 'delegate', 'guest'] as const) expect(project(state, role).delegates, role).toEqual([]);
		const own = project(state, 'delegate', state.delegates[0].id).delegates;
		expect(own.map((d) => [d.fullName, d.phone, d.token])).toEqual([['Trần Thị Bình', null, '']]);
	});

	it('[V2] collected opinions are not sent to the projector or to delegates', () => {
		const state = meetingWithDelegate();
		expect(project(state, 'projector').collectedOpinions).toEqual([]);
		expect(project(state, 'delegate').collectedOpinions).toEqual([]);
		expect(project(state, 'chair').collectedOpinions).toHaveLength(1);
	});

	it('[V3] a projected event folded into a projected state equals the projection of the full result', () => {
		const state = meetingWithDelegate();
		const delegateId = state.delegates[0].id;
		const phone: Actor = { role: 'delegate', delegateId };
		for (const [raw, who] of [
			[command('delegate.update', { id: delegateId, phone: '0987654321', fullName: 'Trần Thị Bính' }), 'admin'],
			[command('invitation.reissue', { delegateId }), 'admin'],
			[command('opinion.addCollected', { raisedBy: 'Hội Cựu chiến binh', raisedByKind: 'organisation', content: 'Đèn đường' }), 'admin'],
			[command('checkin.self'), phone],
			[command('delegate.add', { salutation: 'Ông', fullName: 'Lê Văn An', categoryId: state.categories[0].id }), 'admin'],
			[command('units.set', { units: [{ name: 'Tổ dân phố 3' }] }), 'admin']
		] as const) {
			const result = run(state, raw, who, 10);
			expect(result.error, raw.type).toBeNull();
			expectFoldAgrees(state, result.events, result.state!, raw.type);
		}
	});

	it('[V4] the projector and the phones get counts, in all and per category, equal to the full list', () => {
		let state = meetingWithDelegate();
		const categoryId = state.categories[0].id;
		state = run(state, command('delegate.add', { salutation: 'Ông', fullName: 'Lê Văn An', categoryId }), 'admin').state!;
		state = run(state, command('checkin.desk', { delegateId: state.delegates[1].id }), 'desk').state!;
		for (const role of ['projector', 'delegate'] as const) {
			expect(attendanceSummary(project(state, role)), role).toEqual(attendanceSummary(state));
			expect(project(state, role).headcount, role).toEqual({ onList: 2, present: 1, byCategory: { [categoryId]: { onList: 2, present: 1 } } });
		}
	});

	it('[V5] another delegate\'s check-in reaches a phone as a hidden event with the same seq and the new counts', () => {
		let state = meetingWithDelegate();
		state = run(state, command('delegate.add', { salutation: 'Ông', fullName: 'Lê Văn An', categoryId: state.categories[0].id }), 'admin').state!;
		const [binh, an] = state.delegates;
		const result = run(state, command('checkin.self'), { role: 'delegate', delegateId: an.id }, 41);
		const seen = projectEvent(result.events[0], 'delegate', binh.id, result.state!);
		expect(seen).toMatchObject({ type: 'view.hidden', seq: 42, data: {}, actor: { role: 'delegate' }, headcount: { present: 1 } });
		expect(JSON.stringify(seen)).not.toContain(an.id);
		expect(projectEvent(result.events[0], 'delegate', an.id, result.state!)).toMatchObject({ type: 'checkin.recorded', data: { delegateId: an.id } });
	});

	it('[V5] a run of other people\'s events in one write reaches a phone as one blank standing for all their seqs', () => {
		let state = meetingWithDelegate();
		const categoryId = state.categories[0].id;
		for (const fullName of ['Lê Văn An', 'Phạm Văn Cường', 'Đỗ Thị Dung']) state = run(state, command('delegate.add', { salutation: 'Ông', fullName, categoryId }), 'admin').state!;
		const [binh, ...others] = state.delegates;
		const events: StoredEvent[] = [];
		let after = state;
		others.forEach((d, i) => {
			const result = run(after, command('checkin.desk', { delegateId: d.id }), 'desk', 50 + i);
			events.push(...result.events);
			after = result.state!;
		});
		const seen = projectEvents(events, 'delegate', binh.id, after);
		expect(seen).toEqual([expect.objectContaining({ type: 'view.hidden', seq: 51, data: { through: 53 }, headcount: expect.objectContaining({ present: 3 }) })]);
		expect(projectEvents(events, 'delegate', others[1].id, after).map((e) => [e.type, e.seq, lastSeq(e)])).toEqual([
			['view.hidden', 51, 51],
			['checkin.recorded', 52, 52],
			['view.hidden', 53, 53]
		]);
	});
});

/** Random meetings: people added, checked in (phone, desk, walk-in), undone, edited, moved, removed. */
describe('the minutes on each screen', () => {
	it('[V8] a phone holds only the opinions its owner raised, and their changes; the projector none; the fold agrees', () => {
		let state = run(meetingWithDelegate(), command('meeting.start'), 'chair').state!;
		state = run(state, command('delegate.add', { salutation: 'Ông', fullName: 'Lê Văn An', categoryId: state.categories[0].id }), 'admin').state!;
		const [binh, an] = state.delegates.map((d) => d.id);
		let seq = 10;
		const step = (raw: ReturnType<typeof command>, who: Role = 'secretary') => {
			const result = run(state, raw, who, seq);
			expect(result.error).toBeNull();
			expectFoldAgrees(state, result.events, result.state!, raw.type);
			seq += result.events.length;
			state = result.state!;
		};
		step(command('opinion.record', { origin: { kind: 'floor' }, raisedBy: { name: 'Bà Bình', unit: 'Tổ 3', delegateId: binh }, content: 'Đèn đường' }, 'opinion-of-binh'));
		step(command('opinion.record', { origin: { kind: 'floor' }, raisedBy: { name: 'Ông An', unit: 'Tổ 5', delegateId: an }, content: 'Học phí' }, 'opinion-of-an-1'));
		step(command('opinion.tag', { opinionId: 'opinion-of-binh', outcome: { kind: 'accepted' } }), 'chair');
		step(command('opinion.addAnswer', { opinionId: 'opinion-of-an-1', by: { kind: 'chair', name: 'Chủ tịch' }, summary: 'Đã giảm' }));
		step(command('conclusion.add', { opinionIds: ['opinion-of-binh'], text: 'Kết luận' }), 'chair');
		const phone = project(state, 'delegate', binh).minutes;
		expect(phone.opinions.map((o) => [o.id, o.outcome?.kind])).toEqual([['opinion-of-binh', 'accepted']]);
		expect(phone.conclusions).toEqual([]);
		expect(project(state, 'projector').minutes.opinions).toEqual([]);
		expect(project(state, 'secretary').minutes.opinions).toHaveLength(2);
	});
});

describe('[V6] a phone never holds another delegate\'s id, name or phone (random meetings)', () => {
	const step = fc.oneof(
		fc.record({ kind: fc.constant('add' as const), category: fc.nat(2), phone: fc.boolean() }),
		fc.record({ kind: fc.constantFrom('self' as const, 'desk' as const, 'undo' as const, 'reissue' as const, 'remove' as const), who: fc.nat(20) }),
		fc.record({ kind: fc.constant('move' as const), who: fc.nat(20), category: fc.nat(2) }),
		fc.record({ kind: fc.constant('walkIn' as const) }),
		fc.record({ kind: fc.constant('categories' as const), drop: fc.boolean() })
	);

	it('holds for the snapshot and every event, and the fold agrees with the snapshot', () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), fc.nat(20), (steps, viewerPick) => {
				let state = run(createdMeeting(), command('categories.set', { categories: [{ name: 'A', expected: 5 }, { name: 'B', expected: 5 }, { name: 'C', expected: 5 }] }), 'admin').state!;
				let seq = 10;
				let people = 0;
				const batches: { before: MeetingState; events: StoredEvent[]; after: MeetingState }[] = [];
				for (const s of steps) {
					const pick = (n: number) => state.delegates[n % Math.max(1, state.delegates.length)]?.id ?? 'none';
					const category = (n: number) => state.categories[n % Math.max(1, state.categories.length)]?.id ?? 'none';
					const name = () => `Người Thứ ${++people}Z`;
					const phone = () => `09000000${String(people).padStart(2, '0')}`;
					const [raw, who]: [ReturnType<typeof command>, Role | Actor] =
						s.kind === 'add' ? [command('delegate.add', { salutation: 'Bà', fullName: name(), categoryId: category(s.category), phone: s.phone ? phone() : null }), 'admin']
						: s.kind === 'self' ? [command('checkin.self'), { role: 'delegate', delegateId: pick(s.who) }]
						: s.kind === 'desk' ? [command('checkin.desk', { delegateId: pick(s.who) }), 'desk']
						: s.kind === 'undo' ? [command('checkin.undo', { delegateId: pick(s.who) }), 'desk']
						: s.kind === 'reissue' ? [command('invitation.reissue', { delegateId: pick(s.who) }), 'admin']
						: s.kind === 'remove' ? [command('delegate.remove', { id: pick(s.who) }), 'admin']
						: s.kind === 'move' ? [command('delegate.update', { id: pick(s.who), categoryId: category(s.category) }), 'admin']
						: s.kind === 'walkIn' ? [command('walkin.register', { salutation: 'Ông', fullName: name(), unit: 'Tổ 1', phone: phone() }), 'guest']
						: [command('categories.set', { categories: state.categories.slice('drop' in s && s.drop ? 1 : 0).map(({ id, name, expected }) => ({ id, name, expected })) }), 'admin'];
					const result = run(state, raw, who, seq);
					if (result.error) continue;
					batches.push({ before: state, events: result.events, after: result.state! });
					state = result.state!;
					seq += result.events.length;
				}
				const everyone = new Map<string, { name: string; phone: string | null }>();
				for (const b of batches) for (const d of [...b.before.delegates, ...b.after.delegates]) everyone.set(d.id, { name: d.fullName, phone: d.phone });
				const viewer = [...everyone.keys()][viewerPick % Math.max(1, everyone.size)];
				if (!viewer) return;
				const others = [...everyone].filter(([id]) => id !== viewer);
				const leaks = (text: string) => others.filter(([id, d]) => text.includes(`"${id}"`) || text.includes(d.name) || (d.phone !== null && text.includes(d.phone)));

				let folded = project(batches[0].before, 'delegate', viewer);
				expect(leaks(JSON.stringify(folded))).toEqual([]);
				for (const b of batches) {
					const events = projectEvents(b.events, 'delegate', viewer, b.after);
					expect(leaks(JSON.stringify(events))).toEqual([]);
					// No gaps: the blanks and events cover every seq of the batch, in order.
					expect(events.flatMap((e) => Array.from({ length: lastSeq(e) - e.seq + 1 }, (_, k) => e.seq + k))).toEqual(b.events.map((e) => e.seq));
					folded = events.reduce((st, e) => apply(st, e), folded);
					expect(folded).toEqual(project(b.after, 'delegate', viewer));
					for (const role of ['projector', 'chair', 'desk'] as const) {
						expect(projectEvents(b.events, role, undefined, b.after).reduce((st, e) => apply(st, e), project(b.before, role))).toEqual(project(b.after, role));
					}
				}
				expect(leaks(JSON.stringify(project(state, 'delegate', viewer)))).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});
});

describe('[V9] the public queue on the projector and the phones', () => {
	it('[V9] names and units of those waiting are public; another delegate\'s id, statement and written text are not; the fold agrees', async () => {
		const { dialogueMeeting, phone, run: runQueue, at } = await import('./queue/testing');
		let s = dialogueMeeting();
		const batches: { before: MeetingState; events: StoredEvent[]; after: MeetingState }[] = [];
		const step = (type: string, payload: unknown, who: Role | Actor, minute: number) => {
			const r = runQueue(s, command(type, payload), who, at(minute));
			expect(r.error, type).toBeNull();
			batches.push({ before: s, events: r.events, after: r.state });
			s = r.state;
		};
		step('request.submit', { fieldId: 'field-1', statement: 'Cấp sổ đỏ chậm' }, phone(s, 1), 1);
		step('request.submit', { fieldId: 'field-1', statement: 'Đường ngõ 5 ngập' }, phone(s, 2), 2);
		step('opinion.submitWritten', { fieldId: 'field-1', content: 'Điện chiếu sáng hỏng' }, phone(s, 2), 3);
		step('floor.give', {}, 'chair', 4);
		step('turn.end', {}, 'chair', 6);
		step('queue.undo', {}, 'chair', 7);
		const [a, b] = [s.delegates[1].id, s.delegates[2].id];
		const secrets = [`"${b}"`, 'Đường ngõ 5 ngập', 'Điện chiếu sáng hỏng'];
		const leaks = (x: unknown) => secrets.filter((t) => JSON.stringify(x).includes(t));
		for (const batch of batches) {
			for (const viewer of [{ role: 'delegate' as const, delegateId: a }, { role: 'projector' as const, delegateId: undefined }]) {
				const events = projectEvents(batch.events, viewer.role, viewer.delegateId, batch.after);
				expect(leaks(events)).toEqual([]);
				expect(events.reduce((st, e) => apply(st, e), project(batch.before, viewer.role, viewer.delegateId))).toEqual(project(batch.after, viewer.role, viewer.delegateId));
			}
		}
		const aView = project(s, 'delegate', a);
		expect(leaks(aView)).toEqual([]);
		expect(aView.queue.requests.map((r) => r.who.kind === 'delegate' && r.who.name)).toEqual([expect.stringContaining('Trần Thị Bình'), expect.stringContaining('Lê Văn Cường')]);
		expect(aView.queue.requests[0].statement).toBe('Cấp sổ đỏ chậm');
		// The owner sees their own in full; the chair sees everything.
		expect(JSON.stringify(project(s, 'delegate', b))).toContain('Đường ngõ 5 ngập');
		expect(JSON.stringify(project(s, 'chair'))).toContain('Điện chiếu sáng hỏng');
	});
});
