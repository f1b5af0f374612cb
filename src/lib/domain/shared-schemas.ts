import * as z from 'zod';

/** Field schemas several features share; the messages come from problems.ts. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default('');
export const entityId = z.string().min(1).max(64);
export const isoDate = z.iso.date();
/** A payload list entry may carry the id of the entity it edits; new entries get one. */
export const withOptionalId = { id: entityId.optional() };

/**
 * An update payload: every field optional, and absent when not sent. zod 4's `.partial()` keeps
 * the `.default()`s, so an update naming one field would reset the others to their defaults
 * (saving the speaking time emptied the plan's header bodies and rules).
 */
export function updateOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
	const shape = Object.fromEntries(
		Object.entries(schema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional()])
	);
	return z.strictObject(shape) as unknown as z.ZodObject<{ [K in keyof T]: z.ZodOptional<T[K]> }, z.core.$strict>;
}
