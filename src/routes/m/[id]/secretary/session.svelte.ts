/**
 * The secretary's working session: which group (turn) and opinion has the cursor, the
 * person's name for presence, autosave of shared texts, and the conflicts to merge.
 * Everything typed goes through the shared client's outbox (kept in localStorage until the
 * server's ack), so this class holds no copy of its own that could be lost.
 */
import { newCommandId } from '$lib/client/command-id';
import { optimisticState } from '$lib/client/optimistic';
import type { LiveMeetingView } from '$lib/client/use-meeting.svelte';
import type { DomainError } from '$lib/domain/errors';
import { minutesOf } from '$lib/domain/minutes/decide';
import { createsOwner, editCommand, localText, retyped, serverText, targetKey, type TextTarget } from '$lib/domain/minutes/text-targets';
import type { MinutesState, Opinion } from '$lib/domain/minutes/types';
import type { CommandType, PayloadOf } from '$lib/domain/commands';
import type { CommandAck } from '$lib/domain/protocol';
import type { TextSession } from '$lib/ui/minutes/text-session';
import { tick } from 'svelte';

const NAME_KEY = 'dt-secretary-name';
/** A text edit goes to the server once the typing pauses this long (it is stored at every keystroke). */
const TYPING_PAUSE_MS = 400;

export type SaveState = 'saving' | 'saved' | 'unsent' | 'conflict';

interface Command {
	id: string;
	type: string;
	payload: unknown;
}

/** Which text a command writes (for conflicts): the target of an edit command. */
function targetOf(c: Command): TextTarget | null {
	const p = c.payload as Record<string, string>;
	switch (c.type) {
		case 'opinion.edit':
			return { kind: 'opinion', opinionId: p.opinionId };
		case 'opinion.editAnswer':
			return { kind: 'answer', opinionId: p.opinionId, answerId: p.answerId };
		case 'conclusion.edit':
			return { kind: 'conclusion', conclusionId: p.conclusionId };
		case 'minutes.editOverall':
			return { kind: 'overall' };
		case 'minutes.editItemSummary':
			return { kind: 'item', itemId: p.itemId };
		default:
			return null;
	}
}

/** The opinion a command is about: its own id for a record, else the payload's. */
function opinionOf(c: Command): string | null {
	if (c.type === 'opinion.record') return c.id;
	const p = c.payload as Record<string, unknown>;
	return typeof p?.opinionId === 'string' ? p.opinionId : null;
}

export class SecretarySession implements TextSession {
	/** The turn id whose opinions are in the middle, or 'floor'. */
	group = $state<string>('floor');
	focusId = $state<string | null>(null);
	name = $state('');
	view = $state<'turn' | 'conclusions'>('turn');
	readonly #meeting: LiveMeetingView;

	constructor(meeting: LiveMeetingView) {
		this.#meeting = meeting;
		if (typeof localStorage !== 'undefined') this.name = localStorage.getItem(NAME_KEY) ?? '';
	}

	/** The server's minutes: what conflicts are checked against. */
	readonly server: MinutesState = $derived.by(() => minutesOf(this.#meeting.state));
	/** The minutes as shown: the server's plus this screen's unacknowledged commands (offline too). */
	readonly minutes: MinutesState = $derived.by(() => minutesOf(optimisticState(this.#meeting.state, this.pending, { role: 'secretary' }, Date.now())));

	get pending(): readonly Command[] {
		return this.#meeting.client?.pending ?? [];
	}

	get connected(): boolean {
		return this.#meeting.client?.connected ?? false;
	}

	setName(name: string) {
		this.name = name;
		localStorage.setItem(NAME_KEY, name);
		this.#announce();
	}

	/** Sends through the outbox; `id` lets a new opinion be edited before the ack. */
	send<T extends CommandType>(type: T, payload: PayloadOf<T>, id = newCommandId()): Promise<CommandAck> {
		return this.#meeting.send(type, payload, { id });
	}

	/**
	 * A written or collected opinion taken into the minutes becomes the selected one (the next
	 * shortcut tags it), shown in its group with the cursor in its text.
	 */
	takeUp(payload: PayloadOf<'opinion.record'>) {
		const id = newCommandId();
		void this.send('opinion.record', payload, id);
		this.view = 'turn';
		this.group = 'floor';
		this.focusId = id;
		void tick().then(() => document.getElementById(`content-${id}`)?.focus());
	}

	/** How many texts wait for the person to merge two versions (refused as a conflict). */
	get conflictCount(): number {
		const refused = (this.#meeting.client?.refusals ?? []).filter((r) => r.error.code === 'conflict');
		return new Set(refused.map((r) => (targetOf(r) ? targetKey(targetOf(r)!) : r.id))).size;
	}

	/** A text edit built by `editCommand` (its type and payload match by construction). */
	#sendEdit(edit: { type: string; payload: unknown }, holdMs = 0) {
		void this.#meeting.send(edit.type as 'opinion.edit', edit.payload as PayloadOf<'opinion.edit'>, { holdMs });
	}

	// --- presence
	#target: string | null = null;
	editing(target: string | null) {
		this.#target = target;
		this.#announce();
	}
	#announce() {
		this.#meeting.client?.setPresence({ name: this.name || '?', target: this.#target });
	}
	/** Names of the others whose cursor is in this text or opinion. */
	editorsOf(prefix: string): string[] {
		const client = this.#meeting.client;
		if (!client) return [];
		return client.presence.filter((e) => e.id !== client.socketId && e.target !== null && e.target.startsWith(prefix)).map((e) => e.name);
	}

	// --- shared texts
	local(target: TextTarget) {
		return localText(this.server, this.pending, target);
	}

	serverTextOf(target: TextTarget): string {
		return serverText(this.server, target)?.text ?? '';
	}

	/**
	 * Called at every keystroke: what is typed is in the outbox (the browser's storage) at once,
	 * so a tab closed, a crash or a dead battery loses none of it. While our last command about
	 * this text has not gone out (offline, or the typing has not paused yet) it is rewritten
	 * in place; otherwise a new edit is chained after it and goes out once the typing pauses.
	 */
	saveText(target: TextTarget, text: string) {
		const local = this.local(target);
		const client = this.#meeting.client;
		const last = local.last;
		if (client && last) {
			// Typed back to the text before it: an unsent edit has nothing left to say.
			if (text === local.before && !createsOwner(last) && client.withdraw(last.id)) return;
			// (`pending` shows a rewrite a moment later, so this does not compare with local.text first.)
			if (client.amend(last.id, retyped(target, last, text), createsOwner(last) ? 0 : TYPING_PAUSE_MS)) return;
		}
		if (text === local.text) return;
		this.#sendEdit(editCommand(target, text, local.nextBase), TYPING_PAUSE_MS);
	}

	/** The refused edits of this text, newest last: what the person typed and could not save. */
	conflictOf(target: TextTarget): { mine: string; refusalIds: string[] } | null {
		const key = targetKey(target);
		const refused = (this.#meeting.client?.refusals ?? []).filter((r) => r.error.code === 'conflict' && targetOf(r)?.kind && targetKey(targetOf(r)!) === key);
		if (refused.length === 0) return null;
		const last = refused.at(-1)!;
		const edit = Object.values(last.payload as Record<string, unknown>).find((v) => v && typeof v === 'object' && 'baseVersion' in v) as { text: string };
		return { mine: edit.text, refusalIds: refused.map((r) => r.id) };
	}

	/** The merged text is saved against the version on the server now; then the conflict is closed. */
	resolve(target: TextTarget, text: string, refusalIds: string[]) {
		const server = serverText(this.server, target);
		refusalIds.forEach((id) => this.#meeting.client?.dismissRefusal(id));
		if (server && text !== server.text) {
			this.#sendEdit(editCommand(target, text, server.version));
		}
	}

	saveState(opinion: Opinion): SaveState {
		const refusals = this.#meeting.client?.refusals ?? [];
		if (refusals.some((r) => r.error.code === 'conflict' && opinionOf(r) === opinion.id)) return 'conflict';
		if (!this.pending.some((c) => opinionOf(c) === opinion.id)) return 'saved';
		return this.connected ? 'saving' : 'unsent';
	}

	/** Refusals other than conflicts, about this opinion (e.g. a tag with a missing part). */
	errorsOf(opinionId: string): DomainError[] {
		return (this.#meeting.client?.refusals ?? []).filter((r) => r.error.code !== 'conflict' && opinionOf(r) === opinionId).map((r) => r.error);
	}

	/** Opinions of the current group, plus those still being created by this screen. */
	opinionsOf(group: string): Opinion[] {
		return this.minutes.opinions.filter((o) => groupOf(o) === group);
	}
}

/** The group an opinion is shown in: its turn, or 'floor' for the rest of the middle column. */
export function groupOf(o: Opinion): string {
	return o.origin.kind === 'turn' ? o.origin.turnId : 'floor';
}
