import { COMMON_OPINION_FIELDS } from '../opinions/summary';
import type { OpinionField, QueueSettings, QueueState } from './types';

/** DOMAIN.md's common fields of opinions (one list, in `opinions/summary.ts`) and "Khác": the plan's list until the admin edits it. */
export const COMMON_FIELDS = [...COMMON_OPINION_FIELDS, 'Khác'] as const;

/** Ids are fixed so every meeting made from the defaults names its fields alike. */
export function defaultFields(): OpinionField[] {
	return COMMON_FIELDS.map((name, i) => ({ id: `field-${i + 1}`, name }));
}

export function defaultQueueSettings(): QueueSettings {
	return { maxWaitingPerPerson: 1, answerMinutes: 3, followUpMinutes: 2, closeAfterDialogue: true, absentRequeues: true, citizenCategoryIds: null };
}

export function emptyQueue(): QueueState {
	return { requests: [], order: [], turns: [], writtenOpinions: [], locked: false, fairOrder: false, undo: null, screenMessage: null };
}
