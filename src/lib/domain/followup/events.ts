import type { FollowUpPetition, PetitionerInformed, WrittenAnswer } from './types';

/** Follow-up events (stored names never change). */
export type FollowUpEvent =
	| { type: 'followUp.answerRecorded'; data: { opinionId: string; answer: WrittenAnswer } }
	| { type: 'followUp.answerRemoved'; data: { opinionId: string } }
	| { type: 'followUp.informed'; data: { opinionId: string; informed: PetitionerInformed } }
	| { type: 'followUp.petitionLinked'; data: { opinionId: string; petition: FollowUpPetition } }
	| { type: 'followUp.petitionUnlinked'; data: { opinionId: string; petitionId: string } }
	| { type: 'followUp.publicResultsSet'; data: { enabled: boolean; initialsOnly: boolean } };
