import type * as z from 'zod';
import type { DomainError } from './errors';
import type { DomainEventBody } from './events';
import type { DecideContext, MeetingState } from './types';

export type Decision = DomainEventBody[] | DomainError;

/** One command: its name (`noun.verb`), payload schema and decision rule. */
export interface CommandSpec<T extends string = string, S extends z.ZodType = z.ZodType> {
	type: T;
	payload: S;
	/** True only for the command that brings a meeting into existence. */
	creates?: boolean;
	decide(state: MeetingState, payload: z.infer<S>, ctx: DecideContext): Decision;
}

/** Keeps the command's name as a literal type, so `CommandType` (commands.ts) lists it. */
export function defineCommand<const T extends string, S extends z.ZodType>(spec: CommandSpec<T, S>): CommandSpec<T, S> {
	return spec;
}

/** Builds the command table; a name registered twice is a programming error. */
export function buildRegistry<C extends CommandSpec>(specs: readonly C[]): ReadonlyMap<string, C> {
	const table = new Map<string, C>();
	for (const spec of specs) {
		if (table.has(spec.type)) throw new Error(`command ${spec.type} registered twice`);
		table.set(spec.type, spec);
	}
	return table;
}
