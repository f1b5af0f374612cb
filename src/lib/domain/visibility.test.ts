import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { lastSeq, type StoredEvent } from './events';
import { startingState } from './meeting/starting-state';
import { delegatesConcerned, project, projectEvent, projectEvents } from './project';
import { dialogueMeeting } from './queue/testing';
import { command, createdMeeting, run } from './testing';
import { ROLES, type Actor, type MeetingState, type Role } from './types';
import { COUNTING_SCREENS, HALL_SCREENS } from './visibility';

/**
 * Deny by default ([V11]–[V13]): random meetings made of steps of every feature (the list and
 * check-in, the queue, written opinions, the minutes, the plan and the documents), each batch
 * projected for every role and phone.
 */

/** Roles that no feature names: they must see nothing (the agency's page, a public page, a role added later). */
const UNDECLARED = ['agency', 'public', 'constructor', 'toString'] as unknown as Role[];

type SecretKind = 'phone' | 'token' | 'statement' | 'written' | 'opinion' | 'answer' | 'collected' | 'conclusion' | 'minutesText' | 'followUp';
interface Secret {
	text: string;
	kind: SecretKind;
	/** The delegates whose own phone may hold it (the person who raised it). */
	owners: Set<string>;
}

/** What each kind of viewer may hold of the secrets (the admin is not checked; the desk sees the list in full, not the follow-up). */
function allowed(secret: Secret, role: Role, delegateId: string | undefined): boolean {
	if (role === 'desk') return secret.kind !== 'followUp';
	if (role === 'chair' || role === 'secretary') return secret.kind !== 'phone' && secret.kind !== 'token';
	// A collected opinion taken up and put down to a delegate is theirs too.
	if (role === 'delegate') return delegateId !== undefined && secret.owners.has(delegateId) && ['statement', 'written', 'opinion', 'answer', 'collected'].includes(secret.kind);
	return false;
}

const KINDS = [
	// The list and the door.
	'add', 'update', 'remove', 'reissue', 'self', 'desk', 'undo', 'walkIn',
	// The plan and the documents.
	'collected', 'units', 'calendar', 'documents', 'current',
	// The queue.
	'ask', 'askFor', 'slip', 'withdraw', 'move', 'absent', 'give', 'answer', 'followUp', 'remark', 'end', 'pause', 'resume', 'extend', 'lock', 'unlock', 'fair', 'queueUndo', 'message', 'written', 'writtenSlip',
	// The minutes.
	'record', 'recordTurn', 'recordCollected', 'edit', 'reattribute', 'addAnswer', 'editAnswer', 'removeAnswer', 'tag', 'link', 'removeOpinion', 'conclude', 'editConclusion', 'removeConclusion', 'overall', 'summary',
	// The follow-up of assigned opinions (the office, and an agency from its link).
	'followUpAnswer', 'followUpRemove', 'followUpInformed', 'followUpPetition', 'followUpUnlink', 'publicResults'
] as const;
type Kind = (typeof KINDS)[number];
/** What the others need happens more often: requests, the floor, opinions. */
const OFTEN: Kind[] = ['ask', 'askFor', 'slip', 'give', 'give', 'answer', 'followUp', 'end', 'record', 'record', 'recordTurn', 'addAnswer', 'addAnswer', 'tag', 'tag', 'conclude', 'written', 'followUpAnswer', 'followUpPetition', 'followUpPetition'];
const stepArb = fc.record({ kind: fc.constantFrom(...KINDS, ...OFTEN), a: fc.nat(40), b: fc.nat(40), flag: fc.boolean() });
type Step = { kind: Kind; a: number; b: number; flag: boolean };

interface Batch {
	before: MeetingState;
	events: StoredEvent[];
	after: MeetingState;
}

/** A meeting driven by random steps, keeping the secrets it made and who may see each. */
class World {
	state: MeetingState = dialogueMeeting();
	seq = 100;
	n = 0;
	batches: Batch[] = [];
	secrets: Secret[] = [];
	tried = 0;

	secret(kind: SecretKind, ...owners: (string | null | undefined)[]): string {
		const text = `Bí mật ${kind} số ${++this.n}Ω`;
		this.secrets.push({ text, kind, owners: new Set(owners.filter((o): o is string => !!o)) });
		return text;
	}

	private pick<T>(list: readonly T[], n: number): T | undefined {
		return list.length ? list[n % list.length] : undefined;
	}

	delegate(n: number) {
		return this.pick(this.state.delegates, n);
	}

	phoneOf(n: number): Actor {
		return { role: 'delegate', delegateId: this.delegate(n)?.id ?? 'nobody' };
	}

	newPhone() {
		return `09${String(++this.n).padStart(8, '0')}`;
	}

	/** The command a step stands for, or null when the meeting has nothing for it now. */
	commandFor({ kind, a, b, flag }: Step): [ReturnType<typeof command>, Role | Actor] | null {
		const s = this.state;
		const d = this.delegate(a);
		const field = s.fields[0].id;
		const agency = s.agencies[0].id;
		const request = this.pick(s.queue.order, a) ?? this.pick(s.queue.requests, a)?.id;
		const requestOf = request ? s.queue.requests.find((r) => r.id === request) : undefined;
		const opinion = this.pick(s.minutes.opinions, a);
		const owner = opinion?.raisedBy.delegateId;
		const answer = opinion && this.pick(opinion.answers, b);
		const conclusion = this.pick(s.minutes.conclusions, a);
		const turn = s.queue.turns.at(-1);
		const assigned = this.pick(
			s.minutes.opinions.filter((o) => o.outcome?.kind === 'assigned'),
			a
		);
		const petition = assigned && this.pick(s.followUp.assignments[assigned.id]?.followUpPetitions ?? [], b);
		const day = s.basics.date;
		const category = this.pick(s.categories, b)!.id;
		switch (kind) {
			case 'add':
				return [command('delegate.add', { salutation: 'Bà', fullName: `Người Mới ${++this.n}`, categoryId: category, phone: flag ? this.newPhone() : null }), 'admin'];
			case 'update':
				return d ? [command('delegate.update', { id: d.id, phone: this.newPhone(), ...(flag ? { categoryId: category } : {}) }), 'admin'] : null;
			case 'remove':
				return d && flag ? [command('delegate.remove', { id: d.id }), 'admin'] : null;
			case 'reissue':
				return d ? [command('invitation.reissue', { delegateId: d.id }), flag ? 'admin' : 'desk'] : null;
			case 'self':
				return [command('checkin.self'), this.phoneOf(a)];
			case 'desk':
				return d ? [command('checkin.desk', { delegateId: d.id }), 'desk'] : null;
			case 'undo':
				return d ? [command('checkin.undo', { delegateId: d.id }), 'desk'] : null;
			case 'walkIn':
				return [command('walkin.register', { salutation: 'Ông', fullName: `Khách ${++this.n}`, unit: 'Tổ 9', phone: this.newPhone() }), flag ? 'guest' : 'desk'];
			case 'collected':
				return [command('opinion.addCollected', { raisedBy: 'Ông Lê Văn Cường', content: this.secret('collected') }), 'admin'];
			case 'units':
				return [command('units.set', { units: [{ name: `Tổ dân phố ${a}` }] }), 'admin'];
			case 'calendar':
				return [command('calendar.set', { daysOff: flag ? ['2026-09-02'] : ['2026-04-30', '2026-09-02', '2026-09-05'], extraWorkdays: [] }), 'admin'];
			case 'documents':
				return [command('documents.update', { noticeNumber: String(a), complex: flag }), 'secretary'];
			case 'current':
				return [command('agenda.setCurrent', { itemId: this.pick(s.agenda, flag ? 1 : a)!.id }), 'chair'];
			case 'ask':
				return d ? [command('request.submit', { fieldId: field, statement: this.secret('statement', d.id) }), this.phoneOf(a)] : null;
			case 'askFor':
				return d ? [command('request.submit', { fieldId: field, statement: this.secret('statement', d.id), who: { kind: 'delegate', delegateId: d.id }, via: 'hand' }), flag ? 'desk' : 'chair'] : null;
			case 'slip':
				return [command('request.submit', { fieldId: field, statement: this.secret('statement'), who: { kind: 'person', name: 'Nguyễn Văn Khách', unit: 'Tổ 2' }, via: 'slip', slipNumber: String(a), showSlipNumber: flag }), 'desk'];
			case 'withdraw': {
				if (!requestOf) return null;
				const mine: Actor | null = requestOf.who.kind === 'delegate' ? { role: 'delegate', delegateId: requestOf.who.delegateId } : null;
				return [command('request.withdraw', { requestId: requestOf.id }), flag && mine ? mine : 'desk'];
			}
			case 'move':
				return request ? [command('request.move', { requestId: request, toIndex: b % 4 }), 'chair'] : null;
			case 'absent':
				return [command('request.absent', {}), 'chair'];
			case 'give':
				return [command('floor.give', {}), 'chair'];
			case 'answer':
				return [command('floor.answer', { by: flag ? { kind: 'agency', agencyId: agency } : { kind: 'chair', chairId: s.plan.chairs[0].id } }), 'chair'];
			case 'followUp':
				return [command('floor.followUp', {}), 'chair'];
			case 'remark':
				return [command('floor.chairRemark', { chairId: s.plan.chairs[0].id }), 'chair'];
			case 'end':
				return [command('turn.end', {}), 'chair'];
			case 'pause':
				return [command('turn.pause', {}), 'chair'];
			case 'resume':
				return [command('turn.resume', {}), 'chair'];
			case 'extend':
				return [command('turn.extend', { minutes: 1 + (a % 3) }), 'chair'];
			case 'lock':
				return [command('queue.lock', {}), 'chair'];
			case 'unlock':
				return [command('queue.unlock', {}), 'chair'];
			case 'fair':
				return [command('queue.setFairOrder', { on: flag }), 'chair'];
			case 'queueUndo':
				return [command('queue.undo', {}), 'chair'];
			case 'message':
				return [command(flag ? 'screen.showMessage' : 'screen.clearMessage', flag ? { text: 'Tạm nghỉ 10 phút' } : {}), 'chair'];
			case 'written':
				return d ? [command('opinion.submitWritten', { fieldId: field, content: this.secret('written', d.id) }), this.phoneOf(a)] : null;
			case 'writtenSlip':
				return [command('opinion.submitWritten', { fieldId: field, content: this.secret('written'), who: { kind: 'person', name: 'Trần Văn Giấy', unit: 'Tổ 4' }, slipNumber: String(b) }), flag ? 'desk' : 'secretary'];
			case 'record': {
				const by = flag ? d : undefined;
				return [command('opinion.record', { origin: { kind: 'floor' }, field: 'Đất đai', raisedBy: { name: by ? by.fullName : 'Người không tên', unit: 'Tổ 3', delegateId: by?.id ?? null }, content: this.secret('opinion', by?.id) }), 'secretary'];
			}
			case 'recordTurn': {
				if (!turn) return null;
				const by = turn.speaker.kind === 'delegate' ? turn.speaker.delegateId : null;
				return [command('opinion.record', { origin: { kind: 'turn', turnId: turn.id }, raisedBy: { name: turn.speaker.name, unit: '', delegateId: by }, content: this.secret('opinion', by) }), 'secretary'];
			}
			case 'recordCollected': {
				const collected = this.pick(s.collectedOpinions, a);
				// Its text is the collected opinion's: nobody's phone (no delegate), staff screens only.
				return collected ? [command('opinion.record', { origin: { kind: 'collected', collectedOpinionId: collected.id } }), 'secretary'] : null;
			}
			case 'edit':
				return opinion ? [command('opinion.edit', { opinionId: opinion.id, content: { text: this.secret('opinion', owner), baseVersion: opinion.content.version } }), 'secretary'] : null;
			case 'reattribute': {
				// The secretary corrects who raised it: from the floor (or someone else) to a delegate on the list, or off it.
				if (!opinion) return null;
				const to = flag ? d : undefined;
				const opinionText = JSON.stringify(opinion);
				for (const secret of this.secrets) if (to && opinionText.includes(secret.text)) secret.owners.add(to.id);
				return [command('opinion.edit', { opinionId: opinion.id, raisedBy: { name: to?.fullName ?? 'Người khác', unit: 'Tổ 7', delegateId: to?.id ?? null } }), 'secretary'];
			}
			case 'addAnswer':
				return opinion
					? [command('opinion.addAnswer', { opinionId: opinion.id, by: flag ? { kind: 'agency', agencyId: agency, name: 'Đại diện phòng' } : { kind: 'chair', name: 'Chủ tịch' }, summary: this.secret('answer', owner) }), 'secretary']
					: null;
			case 'editAnswer':
				return opinion && answer ? [command('opinion.editAnswer', { opinionId: opinion.id, answerId: answer.id, summary: { text: this.secret('answer', owner), baseVersion: answer.summary.version } }), 'secretary'] : null;
			case 'removeAnswer':
				return opinion && answer ? [command('opinion.removeAnswer', { opinionId: opinion.id, answerId: answer.id }), 'secretary'] : null;
			case 'tag': {
				if (!opinion) return null;
				const outcomes = [
					{ kind: 'answered' },
					{ kind: 'assigned', leadAgencyId: agency, task: this.secret('answer', owner), deadline: flag ? '2026-08-20' : null },
					{ kind: 'reported', level: 'province' },
					{ kind: 'accepted', body: 'UBND phường' },
					{ kind: 'out_of_scope', note: 'Hướng dẫn gửi đơn' },
					null
				];
				return [command('opinion.tag', { opinionId: opinion.id, outcome: outcomes[b % 2 ? 1 : b % outcomes.length] }), flag ? 'chair' : 'secretary'];
			}
			case 'link': {
				const collected = this.pick(s.collectedOpinions, b);
				return opinion ? [command('opinion.link', { opinionId: opinion.id, collectedOpinionId: flag && collected ? collected.id : null }), 'secretary'] : null;
			}
			case 'removeOpinion':
				return opinion && flag ? [command('opinion.remove', { opinionId: opinion.id }), 'secretary'] : null;
			case 'conclude':
				return [command('conclusion.add', { opinionIds: opinion ? [opinion.id] : [], text: this.secret('conclusion') }), flag ? 'chair' : 'secretary'];
			case 'editConclusion':
				return conclusion ? [command('conclusion.edit', { conclusionId: conclusion.id, text: { text: this.secret('conclusion'), baseVersion: conclusion.text.version } }), 'chair'] : null;
			case 'removeConclusion':
				return conclusion ? [command('conclusion.remove', { conclusionId: conclusion.id }), 'secretary'] : null;
			case 'overall':
				return [command('minutes.editOverall', { text: { text: this.secret('minutesText'), baseVersion: s.minutes.overall.version } }), 'chair'];
			case 'followUpAnswer': {
				if (!assigned || assigned.outcome?.kind !== 'assigned') return null;
				const by: Role | Actor = flag ? { role: 'agency', agencyId: assigned.outcome.leadAgencyId } : 'secretary';
				return [command('followUp.recordAnswer', { opinionId: assigned.id, answeredOn: day, documentNumber: '125/UBND-KT', summary: this.secret('followUp') }), by];
			}
			case 'followUpRemove':
				return assigned ? [command('followUp.removeAnswer', { opinionId: assigned.id }), 'chair'] : null;
			case 'followUpInformed':
				return assigned ? [command('followUp.markInformed', { opinionId: assigned.id, on: day, how: 'Gửi văn bản' }), 'secretary'] : null;
			case 'followUpPetition':
				return assigned ? [command('followUp.linkPetition', { opinionId: assigned.id, receivedOn: day, content: this.secret('followUp') }), flag ? 'chair' : 'secretary'] : null;
			case 'followUpUnlink':
				return assigned && petition ? [command('followUp.unlinkPetition', { opinionId: assigned.id, petitionId: petition.id }), 'secretary'] : null;
			case 'publicResults':
				return [command('followUp.setPublicResults', { enabled: flag, initialsOnly: a % 2 === 0 }), 'chair'];
			case 'summary': {
				const item = this.pick(s.agenda, a)!;
				return [command('minutes.editItemSummary', { itemId: item.id, text: { text: this.secret('minutesText'), baseVersion: s.minutes.itemSummaries[item.id]?.version ?? 0 } }), 'secretary'];
			}
		}
	}

	step(step: Step) {
		const next = this.commandFor(step);
		if (!next) return;
		this.tried++;
		const result = run(this.state, next[0], next[1], this.seq);
		if (result.error || !result.events.length) return;
		this.batches.push({ before: this.state, events: result.events, after: result.state! });
		this.state = result.state!;
		this.seq += result.events.length;
	}

	/** Phone numbers and tokens ever on the list (and in reissued invitations) are secrets for every screen but the desk's. */
	privateFields(): Secret[] {
		const texts = new Map<string, SecretKind>();
		for (const b of this.batches) {
			for (const d of [...b.before.delegates, ...b.after.delegates]) {
				if (d.phone) texts.set(d.phone, 'phone');
				texts.set(d.token, 'token');
			}
			for (const e of b.events) if (e.type === 'invitation.reissued') texts.set(e.data.token, 'token');
		}
		return [...texts].map(([text, kind]) => ({ text, kind, owners: new Set() }));
	}

	delegateIds(): string[] {
		const ids = new Set<string>();
		for (const b of this.batches) for (const d of [...b.before.delegates, ...b.after.delegates]) ids.add(d.id);
		for (const d of this.state.delegates) ids.add(d.id);
		return [...ids];
	}
}

/** Every viewer other than the admin: each role, a phone without an owner, each phone. */
function viewersOf(world: World): { role: Role; delegateId?: string }[] {
	return [...HALL_SCREENS.map((role) => ({ role })), ...world.delegateIds().map((delegateId) => ({ role: 'delegate' as const, delegateId }))];
}

function leaksIn(text: string, secrets: Secret[], ids: string[], role: Role, delegateId: string | undefined): string[] {
	const found = secrets.filter((s) => !allowed(s, role, delegateId) && text.includes(s.text)).map((s) => `${s.kind}: ${s.text}`);
	// The projector and the phones never hold another delegate's id (the staff screens show the list).
	if ((COUNTING_SCREENS as readonly Role[]).includes(role)) found.push(...ids.filter((id) => id !== delegateId && text.includes(`"${id}"`)).map((id) => `delegate id ${id}`));
	return found;
}

describe('[V12] every feature\'s steps, every screen (random meetings)', () => {
	it('[V12] no phone number, token, other person\'s text or collected opinion reaches a screen that may not hold it; no gaps; the fold agrees', () => {
		let tried = 0;
		let batches = 0;
		const kinds = new Set<string>();
		fc.assert(
			fc.property(fc.array(stepArb, { minLength: 5, maxLength: 40, size: 'medium' }), (steps) => {
				const world = new World();
				for (const s of steps) world.step(s);
				tried += world.tried;
				batches += world.batches.length;
				for (const b of world.batches) for (const e of b.events) kinds.add(e.type);
				const secrets = [...world.secrets, ...world.privateFields()];
				const ids = world.delegateIds();
				for (const { role, delegateId } of viewersOf(world)) {
					const label = `${role} ${delegateId ?? ''}`;
					let folded = project(world.batches[0]?.before ?? world.state, role, delegateId);
					expect(leaksIn(JSON.stringify(folded), secrets, ids, role, delegateId), label).toEqual([]);
					for (const b of world.batches) {
						const events = projectEvents(b.events, role, delegateId, b.after);
						expect(leaksIn(JSON.stringify(events), secrets, ids, role, delegateId), `${label} ${b.events[0].type}`).toEqual([]);
						// No gaps: the blanks and events cover every seq of the batch, in order.
						expect(events.flatMap((e) => Array.from({ length: lastSeq(e) - e.seq + 1 }, (_, k) => e.seq + k))).toEqual(b.events.map((e) => e.seq));
						folded = events.reduce((st, e) => apply(st, e), folded);
						expect(folded, `${label} after ${b.events.map((e) => e.type).join(', ')}`).toEqual(project(b.after, role, delegateId));
					}
					expect(leaksIn(JSON.stringify(project(world.state, role, delegateId)), secrets, ids, role, delegateId), label).toEqual([]);
				}
				// A role no feature names: the same empty view whatever happened, and only blanks.
				const nothing = project(startingState({ ...createdMeeting(), id: '' }), 'agency');
				for (const role of UNDECLARED) {
					expect(project(world.state, role), String(role)).toEqual(nothing);
					for (const b of world.batches) expect(projectEvents(b.events, role, undefined, b.after).every((e) => e.type === 'view.hidden'), String(role)).toBe(true);
				}
			}),
			{ numRuns: 120 }
		);
		// The generator reaches every feature: most kinds of event happen somewhere.
		expect(batches).toBeGreaterThan(tried / 3);
		for (const type of ['delegates.added', 'checkin.recorded', 'request.submitted', 'turn.started', 'writtenOpinion.submitted', 'opinion.recorded', 'opinion.answerAdded', 'opinion.tagged', 'conclusion.added', 'minutes.overallEdited', 'collectedOpinions.added', 'queue.undone', 'followUp.answerRecorded', 'followUp.petitionLinked'])
			expect([...kinds], type).toContain(type);
	});
});

describe('[V11] deny by default: what no feature declared reaches no one but the admin', () => {
	const meeting = () => {
		let s = dialogueMeeting();
		s = run(s, command('request.submit', { fieldId: s.fields[0].id, statement: 'Cấp sổ đỏ chậm' }), { role: 'delegate', delegateId: s.delegates[1].id }).state!;
		return s;
	};

	it('[V11] a state key nobody declared is left out of every view but the admin\'s', () => {
		const full = { ...meeting(), secretPart: { text: 'Bí mật chưa khai báo' } } as MeetingState;
		for (const role of ROLES.filter((r) => r !== 'admin')) {
			expect(JSON.stringify(project(full, role)), role).not.toContain('Bí mật chưa khai báo');
			expect(JSON.stringify(project(full, role, full.delegates[1].id)), role).not.toContain('Bí mật chưa khai báo');
		}
		expect(project(full, 'admin')).toHaveProperty('secretPart');
	});

	it('[V11] an event type nobody declared reaches every role but the admin as a blank with its seq', () => {
		const event = { type: 'madeUp.happened', data: { text: 'Bí mật chưa khai báo', delegateId: 'id1' }, seq: 77, at: 1, actor: { role: 'admin' }, commandId: 'c1' } as unknown as StoredEvent;
		for (const role of [...ROLES.filter((r) => r !== 'admin'), ...UNDECLARED]) {
			expect(projectEvent(event, role, 'id1'), role).toEqual({ type: 'view.hidden', data: {}, seq: 77, at: 1, actor: { role: 'admin' }, commandId: '' });
			expect(projectEvents([event], role, undefined, meeting()).map((e) => e.type), role).toEqual(['view.hidden']);
		}
		expect(projectEvent(event, 'admin')).toBe(event);
		expect(delegatesConcerned([event]).size).toBe(0);
	});

	it('[V13] a role no feature names (the agency, a public page, one added later) gets the empty shape and only blanks', () => {
		const empty = startingState({ ...createdMeeting(), id: '' });
		const s = meeting();
		const events = dialogueEvents();
		for (const role of UNDECLARED) {
			const view = project(s, role);
			// The same for every meeting: nothing of this one in it.
			expect(view, String(role)).toEqual(project(empty, role));
			expect(JSON.stringify(view)).not.toContain(s.delegates[1].fullName);
			expect(view.delegates).toEqual([]);
			expect(view.basics.title).toBe('');
			expect(projectEvents(events, role, undefined, s).every((e) => e.type === 'view.hidden'), String(role)).toBe(true);
		}
	});
});

/** A few events of every kind of screen activity, from the meeting's creation on. */
function dialogueEvents(): StoredEvent[] {
	let s: MeetingState | null = null;
	const events: StoredEvent[] = [];
	const step = (type: string, payload: unknown, who: Role | Actor) => {
		const r = run(s, command(type, payload), who, events.length);
		expect(r.error, type).toBeNull();
		events.push(...r.events);
		s = r.state;
	};
	step('meeting.create', { basics: { title: 'Hội nghị', date: '2026-07-13', startTime: '14:00', place: 'Hội trường', bannerLines: [] }, agenda: [{ title: 'Đối thoại' }] }, 'admin');
	step('categories.set', { categories: [{ name: 'Nhân dân', expected: 3 }] }, 'admin');
	step('delegate.add', { salutation: 'Bà', fullName: 'Trần Thị Bình', categoryId: s!.categories[0].id, phone: '0912345678' }, 'admin');
	step('meeting.start', {}, 'chair');
	step('checkin.desk', { delegateId: s!.delegates[0].id }, 'desk');
	step('opinion.record', { origin: { kind: 'floor' }, content: 'Đèn đường' }, 'secretary');
	return events;
}

describe('[V14] an opinion changing hands', () => {
	it('[V14] leaves the previous person\'s phone and arrives whole, in its place, on the new person\'s; the fold agrees', () => {
		let s = dialogueMeeting();
		const [an, binh] = [s.delegates[1].id, s.delegates[2].id];
		let seq = 200;
		const step = (type: string, payload: unknown, id?: string) => {
			const r = run(s, command(type, payload, id), 'secretary', seq);
			expect(r.error, type).toBeNull();
			for (const delegateId of [an, binh]) {
				const folded = projectEvents(r.events, 'delegate', delegateId, r.state!).reduce((st, e) => apply(st, e), project(s, 'delegate', delegateId));
				expect(folded, `${type} on ${delegateId}`).toEqual(project(r.state!, 'delegate', delegateId));
			}
			seq += r.events.length;
			s = r.state!;
			return r.events;
		};
		const raised = (delegateId: string | null) => ({ name: 'Người nói', unit: 'Tổ 3', delegateId });
		step('opinion.record', { origin: { kind: 'floor' }, raisedBy: raised(null), content: 'Đèn đường hỏng' }, 'opinion-first');
		step('opinion.record', { origin: { kind: 'floor' }, raisedBy: raised(binh), content: 'Học phí' }, 'opinion-second');
		const [moved] = step('opinion.edit', { opinionId: 'opinion-first', raisedBy: raised(binh) });
		expect(project(s, 'delegate', binh).minutes.opinions.map((o) => o.id)).toEqual(['opinion-first', 'opinion-second']);
		expect(projectEvent(moved, 'delegate', binh)).toMatchObject({ type: 'opinion.recorded', data: { opinion: { id: 'opinion-first' }, index: 0 } });
		expect(delegatesConcerned([moved])).toEqual(new Set([binh]));
		const [back] = step('opinion.edit', { opinionId: 'opinion-first', raisedBy: raised(an) });
		expect(projectEvent(back, 'delegate', binh)).toMatchObject({ type: 'opinion.removed', data: { opinionId: 'opinion-first', delegateId: binh } });
		expect(projectEvent(back, 'projector').type).toBe('view.hidden');
		expect(delegatesConcerned([back])).toEqual(new Set([an, binh]));
		expect(project(s, 'delegate', binh).minutes.opinions.map((o) => o.id)).toEqual(['opinion-second']);
		expect(project(s, 'delegate', an).minutes.opinions.map((o) => o.id)).toEqual(['opinion-first']);
	});
});
