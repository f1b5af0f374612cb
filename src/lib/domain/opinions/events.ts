import type { CollectedOpinion } from '../types';

export type CollectedOpinionEvent =
	| { type: 'collectedOpinions.added'; data: { opinions: CollectedOpinion[] } }
	| { type: 'collectedOpinion.updated'; data: { id: string; changes: Partial<Omit<CollectedOpinion, 'id'>> } }
	| { type: 'collectedOpinion.removed'; data: { id: string } };
