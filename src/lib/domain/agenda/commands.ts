import * as z from 'zod';

export const setCurrentItemPayload = z.strictObject({ itemId: z.string().min(1).max(64) });
