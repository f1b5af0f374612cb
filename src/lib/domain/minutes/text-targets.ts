/**
 * The shared texts of the minutes, named so that a screen can autosave any of them the same
 * way and tell others which one it is editing (presence). Pure: also used by tests.
 */
import type { MinutesState, VersionedText } from './types';

export type TextTarget =
	| { kind: 'opinion'; opinionId: string }
	| { kind: 'answer'; opinionId: string; answerId: string }
	| { kind: 'conclusion'; conclusionId: string }
	| { kind: 'overall' }
	| { kind: 'item'; itemId: string };

/** A stable name: `opinion:<id>`, `answer:<opinionId>:<answerId>`, `conclusion:<id>`, `overall`, `item:<id>`. */
export function targetKey(t: TextTarget): string {
	switch (t.kind) {
		case 'opinion':
			return `opinion:${t.opinionId}`;
		case 'answer':
			return `answer:${t.opinionId}:${t.answerId}`;
		case 'conclusion':
			return `conclusion:${t.conclusionId}`;
		case 'overall':
			return 'overall';
		case 'item':
			return `item:${t.itemId}`;
	}
}

/** The text as the server has it; null while the thing it belongs to is not there (yet). */
export function serverText(m: MinutesState, t: TextTarget): VersionedText | null {
	switch (t.kind) {
		case 'opinion':
			return m.opinions.find((o) => o.id === t.opinionId)?.content ?? null;
		case 'answer':
			return m.opinions.find((o) => o.id === t.opinionId)?.answers.find((a) => a.id === t.answerId)?.summary ?? null;
		case 'conclusion':
			return m.conclusions.find((c) => c.id === t.conclusionId)?.text ?? null;
		case 'overall':
			return m.overall;
		case 'item':
			return m.itemSummaries[t.itemId] ?? { text: '', version: 0 };
	}
}

/** The command that saves a new text typed against `baseVersion`. */
export function editCommand(t: TextTarget, text: string, baseVersion: number): { type: string; payload: unknown } {
	const edit = { text, baseVersion };
	switch (t.kind) {
		case 'opinion':
			return { type: 'opinion.edit', payload: { opinionId: t.opinionId, content: edit } };
		case 'answer':
			return { type: 'opinion.editAnswer', payload: { opinionId: t.opinionId, answerId: t.answerId, summary: edit } };
		case 'conclusion':
			return { type: 'conclusion.edit', payload: { conclusionId: t.conclusionId, text: edit } };
		case 'overall':
			return { type: 'minutes.editOverall', payload: { text: edit } };
		case 'item':
			return { type: 'minutes.editItemSummary', payload: { itemId: t.itemId, text: edit } };
	}
}

interface Pending {
	id: string;
	type: string;
	payload: unknown;
}

/** The text a pending (unacknowledged) command carries for the target, if it is about it. */
function pendingTextOf(t: TextTarget, c: Pending): { text: string; baseVersion: number } | null {
	const p = c.payload as Record<string, unknown>;
	const edit = (x: unknown) => (x && typeof x === 'object' && 'text' in x ? (x as { text: string; baseVersion: number }) : null);
	switch (t.kind) {
		case 'opinion':
			if (c.type === 'opinion.record' && c.id === t.opinionId) return { text: String(p.content ?? ''), baseVersion: 0 };
			return c.type === 'opinion.edit' && p.opinionId === t.opinionId ? edit(p.content) : null;
		case 'answer':
			if (c.type === 'opinion.addAnswer' && c.id === t.answerId) return { text: String(p.summary ?? ''), baseVersion: 0 };
			return c.type === 'opinion.editAnswer' && p.answerId === t.answerId ? edit(p.summary) : null;
		case 'conclusion':
			if (c.type === 'conclusion.add' && c.id === t.conclusionId) return { text: String(p.text ?? ''), baseVersion: 0 };
			return c.type === 'conclusion.edit' && p.conclusionId === t.conclusionId ? edit(p.text) : null;
		case 'overall':
			return c.type === 'minutes.editOverall' ? edit(p.text) : null;
		case 'item':
			return c.type === 'minutes.editItemSummary' && p.itemId === t.itemId ? edit(p.text) : null;
	}
}

export interface LocalText {
	/** What this screen should show: its last unsent text, else the server's. */
	text: string;
	/** The version the next edit is typed against: our own pending edits will each raise it by one. */
	nextBase: number;
	/** Commands about this text still waiting for the server's answer. */
	pending: number;
	/** The last of them (the one typing may still rewrite, while it has not gone out). */
	last: Pending | null;
	/** The text before that last command: what withdrawing it would leave. */
	before: string;
}

/**
 * [N9] Chains this screen's own unacknowledged edits: each was typed against the version the
 * previous one will produce, so a run of autosaves (even offline, even across a reload) is
 * accepted in order, while anyone else's edit in between makes the next one a conflict.
 */
export function localText(m: MinutesState, pending: readonly Pending[], t: TextTarget): LocalText {
	const mine = pending.flatMap((c) => {
		const edit = pendingTextOf(t, c);
		return edit ? [{ ...edit, command: c }] : [];
	});
	const server = serverText(m, t);
	const last = mine.at(-1);
	// A creating command counts as base 0: it makes version 1.
	if (last) return { text: last.text, nextBase: last.baseVersion + 1, pending: mine.length, last: last.command, before: mine.at(-2)?.text ?? server?.text ?? '' };
	return { text: server?.text ?? '', nextBase: server?.version ?? 0, pending: 0, last: null, before: server?.text ?? '' };
}

/**
 * [N9] The payload of a queued command about `t`, typed further before it went out: the same
 * command (same id, same base version) carrying `text`. Typing offline thus keeps one command
 * per text, rewritten at each keystroke, instead of a chain that one lost link would break.
 */
export function retyped(t: TextTarget, c: Pending, text: string): unknown {
	const p = c.payload as Record<string, unknown>;
	const edit = (x: unknown) => ({ ...(x as { baseVersion: number }), text });
	switch (c.type) {
		case 'opinion.record':
			return { ...p, content: text };
		case 'opinion.addAnswer':
			return { ...p, summary: text };
		case 'conclusion.add':
			return { ...p, text };
	}
	switch (t.kind) {
		case 'opinion':
			return { ...p, content: edit(p.content) };
		case 'answer':
			return { ...p, summary: edit(p.summary) };
		default:
			return { ...p, text: edit(p.text) };
	}
}

/** A command that creates the thing the text belongs to (it cannot be withdrawn, only rewritten). */
export function createsOwner(c: Pending): boolean {
	return c.type === 'opinion.record' || c.type === 'opinion.addAnswer' || c.type === 'conclusion.add';
}
