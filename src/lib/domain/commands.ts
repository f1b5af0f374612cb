import type * as z from 'zod';
import { agendaCommands } from './agenda/decide';
import { checkInCommands } from './checkin/decide';
import { documentCommands } from './documents/decide';
import { delegateCommands } from './delegates/decide';
import { meetingCommands } from './meeting/decide';
import { minutesCommands } from './minutes/decide';
import { collectedOpinionCommands } from './opinions/decide';
import { planCommands } from './plan/decide';
import { queueCommands } from './queue/decide';
import { buildRegistry } from './registry';
import { followUpCommands } from './followup/decide';

/**
 * Every command the meeting accepts, by feature: the registry. A feature adds one entry here;
 * `CommandType` and `PayloadOf` follow, and the compiler then asks for its PERMISSIONS row.
 */
export const ALL_COMMANDS = [
	...meetingCommands,
	...agendaCommands,
	...planCommands,
	...delegateCommands,
	...collectedOpinionCommands,
	...checkInCommands,
	...documentCommands,
	...minutesCommands,
	...queueCommands,
	...followUpCommands
];

export const COMMANDS = buildRegistry(ALL_COMMANDS);

export type AnyCommand = (typeof ALL_COMMANDS)[number];
/** `'meeting.start' | 'checkin.desk' | …`: a misspelt name does not compile. */
export type CommandType = AnyCommand['type'];
export type CommandOf<T extends CommandType> = Extract<AnyCommand, { type: T }>;
/** What a client sends for command T (the schema's input: before defaults and trimming). */
export type PayloadOf<T extends CommandType> = z.input<CommandOf<T>['payload']>;
/** Commands sent with no payload (or one whose fields are all optional). */
export type EmptyCommand = { [T in CommandType]: Record<string, never> extends PayloadOf<T> ? T : never }[CommandType];

/** A command as a typed client builds it; on the wire it is the `commandEnvelope`. */
export interface TypedCommand<T extends CommandType = CommandType> {
	id: string;
	type: T;
	payload: PayloadOf<T>;
}
