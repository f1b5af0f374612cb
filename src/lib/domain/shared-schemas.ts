import * as z from 'zod';

/** Field schemas several features share; the messages come from problems.ts. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default('');
export const entityId = z.string().min(1).max(64);
export const isoDate = z.iso.date();
/** A payload list entry may carry the id of the entity it edits; new entries get one. */
export const withOptionalId = { id: entityId.optional() };
