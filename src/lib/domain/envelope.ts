import * as z from 'zod';

/**
 * Every change is a command `{ id, type, payload }`. `id` is made by the client (a UUID) and
 * is the idempotency key: the server applies a given id once and answers retries with the
 * first result.
 */
export const commandEnvelope = z.strictObject({
	id: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
	type: z.string().min(1).max(64),
	payload: z.unknown()
});

export type CommandEnvelope = z.infer<typeof commandEnvelope>;
