import { agendaCommands } from './agenda/decide';
import { checkInCommands } from './checkin/decide';
import { commandEnvelope } from './envelope';
import { domainError } from './errors';
import { delegateCommands } from './delegates/decide';
import { meetingCommands } from './meeting/decide';
import { collectedOpinionCommands } from './opinions/decide';
import { planCommands } from './plan/decide';
import { mayRun } from './permissions';
import { describeProblems } from './problems';
import { buildRegistry, type Decision } from './registry';
import type { DecideContext, MeetingState } from './types';
import { defaultPlan } from './plan/defaults';

export const COMMANDS = buildRegistry([...meetingCommands, ...agendaCommands, ...planCommands, ...delegateCommands, ...collectedOpinionCommands, ...checkInCommands]);

/**
 * Validate → authorise → apply the rules. Never throws for bad input: every refusal is a
 * DomainError with a stable code and a Vietnamese message, and yields no events.
 */
export function decide(state: MeetingState | null, raw: unknown, ctxWithoutId: Omit<DecideContext, 'commandId'>): Decision {
	const envelope = commandEnvelope.safeParse(raw);
	if (!envelope.success) {
		return domainError('invalid_command', { details: describeProblems(envelope.error) });
	}
	const ctx: DecideContext = { ...ctxWithoutId, commandId: envelope.data.id };
	const spec = COMMANDS.get(envelope.data.type);
	if (!spec) return domainError('unknown_command', { type: envelope.data.type });
	if (!mayRun(ctx.actor.role, spec.type)) return domainError('forbidden', { role: ctx.actor.role });
	const payload = spec.payload.safeParse(envelope.data.payload ?? {});
	if (!payload.success) {
		return domainError('invalid_command', { details: describeProblems(payload.error) });
	}
	if (spec.creates) {
		return state ? domainError('meeting_exists') : spec.decide(emptyMeeting(ctx.meetingId), payload.data, ctx);
	}
	if (!state) return domainError('meeting_not_found');
	return spec.decide(state, payload.data, ctx);
}

/** A placeholder the create rule never reads; keeps `decide` signatures non-null. */
function emptyMeeting(id: string): MeetingState {
	return {
		id,
		basics: { title: '', date: '', startTime: '', place: '', bannerLines: [] },
		plan: defaultPlan(),
		agenda: [],
		agencies: [],
		categories: [],
		units: [],
		delegates: [],
		collectedOpinions: [],
		calendar: { daysOff: [], extraWorkdays: [] },
		attendance: {},
		status: 'planned',
		startedAt: null,
		endedAt: null,
		currentItemId: null,
		currentItemSince: null
	};
}
