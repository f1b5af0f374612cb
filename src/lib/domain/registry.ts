import type * as z from 'zod';
import type { DomainError } from './errors';
import type { DomainEventBody } from './events';
import type { DecideContext, MeetingState } from './types';

export type Decision = DomainEventBody[] | DomainError;

/** One command: its name (`noun.verb`), payload schema and decision rule. */
export interface CommandSpec<S extends z.ZodType = z.ZodType> {
	type: string;
	payload: S;
	/** True only for the command that brings a meeting into existence. */
	creates?: boolean;
	decide(state: MeetingState, payload: z.infer<S>, ctx: DecideContext): Decision;
}

export function defineCommand<S extends z.ZodType>(spec: CommandSpec<S>): CommandSpec<S> {
	return spec;
}

/** Builds the command table; a name registered twice is a programming error. */
export function buildRegistry(specs: CommandSpec[]): ReadonlyMap<string, CommandSpec> {
	const table = new Map<string, CommandSpec>();
	for (const spec of specs) {
		if (table.has(spec.type)) throw new Error(`command ${spec.type} registered twice`);
		table.set(spec.type, spec);
	}
	return table;
}
