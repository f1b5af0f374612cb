import { domainError, isDomainError } from '../errors';
import { emptyPayload, fairOrderPayload, fieldsPayload, screenMessagePayload, writtenOpinionPayload } from './commands';
import type { LiveMeeting } from './live';
import { fairlySorted } from './order';
import { knownAgency, knownField, notEnded, requesterOf } from './rules';
import { defineCommand } from '../registry';

/** Khóa danh sách đăng ký: no new requests; those waiting keep their place. */
export const lockQueue = defineCommand({
	type: 'queue.lock',
	payload: emptyPayload,
	decide: (state) => notEnded(state) ?? (state.queue.locked ? [] : [{ type: 'queue.locked', data: {} }])
});

export const unlockQueue = defineCommand({
	type: 'queue.unlock',
	payload: emptyPayload,
	decide: (state) => notEnded(state) ?? (state.queue.locked ? [{ type: 'queue.unlocked', data: {} }] : [])
});

/** Switching fair order on sorts the waiting list once; new requests then go to their fair place. */
export const setFairOrder = defineCommand({
	type: 'queue.setFairOrder',
	payload: fairOrderPayload,
	decide: (state, { on }) => {
		if (state.queue.fairOrder === on) return [];
		return [{ type: 'queue.fairOrderSet', data: { on, order: on ? fairlySorted(state) : state.queue.order } }];
	}
});

/** Hoàn tác: the last chair action, once. What phones did since (new requests) stays. */
export const undoLast = defineCommand({
	type: 'queue.undo',
	payload: emptyPayload,
	decide: (state) => {
		const entry = state.queue.undo;
		return entry ? [{ type: 'queue.undone', data: { entry } }] : domainError('nothing_to_undo');
	}
});

export const showScreenMessage = defineCommand({
	type: 'screen.showMessage',
	payload: screenMessagePayload,
	decide: (_state, { text }) => [{ type: 'screen.messageSet', data: { text } }]
});

export const clearScreenMessage = defineCommand({
	type: 'screen.clearMessage',
	payload: emptyPayload,
	decide: (state) => (state.queue.screenMessage === null ? [] : [{ type: 'screen.messageSet', data: { text: null } }])
});

/** Gửi ý kiến bằng văn bản: an opinion without a turn, for the secretary; open until the meeting ends. */
export const submitWrittenOpinion = defineCommand({
	type: 'opinion.submitWritten',
	payload: writtenOpinionPayload,
	decide: (state, p, ctx) => {
		const author = requesterOf(state, p.who, ctx);
		if (isDomainError(author)) return author;
		const refused = notEnded(state) ?? knownField(state, p.fieldId) ?? knownAgency(state, p.agencyId);
		if (refused) return refused;
		const byPhone = ctx.actor.role === 'delegate';
		const opinion = { id: ctx.newId(), author, fieldId: p.fieldId, content: p.content, agencyId: p.agencyId, via: byPhone ? ('phone' as const) : ('slip' as const), slipNumber: byPhone ? null : p.slipNumber || null, submittedAt: ctx.now };
		return [{ type: 'writtenOpinion.submitted', data: { opinion } }];
	}
});

/** The plan's fields of opinions; a field a request or written opinion names cannot go. */
export const setFields = defineCommand({
	type: 'fields.set',
	payload: fieldsPayload,
	decide: (state: LiveMeeting, { fields }, ctx) => {
		const refused = notEnded(state);
		if (refused) return refused;
		const known = new Set(state.fields.map((f) => f.id));
		const next = fields.map((f) => ({ id: f.id && known.has(f.id) ? f.id : ctx.newId(), name: f.name }));
		const kept = new Set(next.map((f) => f.id));
		const used = [...state.queue.requests.map((r) => r.fieldId), ...state.queue.writtenOpinions.map((o) => o.fieldId)];
		const gone = used.find((id) => !kept.has(id));
		// Named, so the clerk knows which row to put back.
		if (gone) return domainError('field_in_use', { name: state.fields.find((f) => f.id === gone)?.name ?? '' });
		return [{ type: 'fields.set', data: { fields: next } }];
	}
});

export const listCommands = [lockQueue, unlockQueue, setFairOrder, undoLast, showScreenMessage, clearScreenMessage, submitWrittenOpinion, setFields];
