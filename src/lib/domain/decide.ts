import { COMMANDS } from './commands';
import { commandEnvelope } from './envelope';
import { domainError } from './errors';
import { mayRun } from './permissions';
import { describeProblems } from './problems';
import type { CommandSpec, Decision } from './registry';
import type { DecideContext, MeetingState } from './types';
import { blankMeeting } from './meeting/blank';

/** Re-exported: tests and tools read the table from here. */
export { COMMANDS };

/**
 * Validate → authorise → apply the rules. Never throws for bad input: every refusal is a
 * DomainError with a stable code and a Vietnamese message, and yields no events.
 */
export function decide(state: MeetingState | null, raw: unknown, ctxWithoutId: Omit<DecideContext, 'commandId'>): Decision {
	const envelope = commandEnvelope.safeParse(raw);
	if (!envelope.success) {
		return domainError('invalid_command', { details: describeProblems(envelope.error, raw) });
	}
	const ctx: DecideContext = { ...ctxWithoutId, commandId: envelope.data.id };
	// Past this point the command is known; its payload is checked by its own schema.
	const spec: CommandSpec | undefined = COMMANDS.get(envelope.data.type);
	if (!spec) return domainError('unknown_command', { type: envelope.data.type });
	if (!mayRun(ctx.actor.role, spec.type)) return domainError('forbidden', { role: ctx.actor.role });
	const payload = spec.payload.safeParse(envelope.data.payload ?? {});
	if (!payload.success) {
		return domainError('invalid_command', { details: describeProblems(payload.error, envelope.data.payload ?? {}) });
	}
	if (spec.creates) {
		return state ? domainError('meeting_exists') : spec.decide(blankMeeting(ctx.meetingId), payload.data, ctx);
	}
	if (!state) return domainError('meeting_not_found');
	return spec.decide(state, payload.data, ctx);
}
