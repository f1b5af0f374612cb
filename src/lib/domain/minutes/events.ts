import type { AnswerBy, IssueConclusion, Opinion, OpinionAnswer, OpinionOutcome, RaisedBy } from './types';

/**
 * Events of the minutes. Each event about an opinion names whose it is (`delegateId`, null
 * for people not on the list), so only that person's phone gets it. Text changes carry the new text; the reducer raises the version by
 * one, so every client computes the same version the server checked against.
 */
/**
 * An opinion changing hands (the secretary corrects who raised it): the previous person's
 * phone drops it, the new person's phone gets it whole, at `index` among its own opinions.
 * Older logs lack it: their phones caught up on the next snapshot.
 */
export interface OpinionMove {
	from: string | null;
	opinion: Opinion;
	index: number;
}

export type MinutesEvent =
	/** `index`: only in a phone's view (project.ts), where an opinion that became its owner's goes among its own. */
	| { type: 'opinion.recorded'; data: { opinion: Opinion; index?: number } }
	/** `moved`: set when the edit changes whose it is, so the phones of both people follow (see OpinionMove). */
	| { type: 'opinion.edited'; data: { opinionId: string; delegateId: string | null; field?: string; raisedBy?: RaisedBy; content?: string; moved?: OpinionMove } }
	| { type: 'opinion.removed'; data: { opinionId: string; delegateId: string | null } }
	| { type: 'opinion.answerAdded'; data: { opinionId: string; delegateId: string | null; answer: OpinionAnswer } }
	| { type: 'opinion.answerEdited'; data: { opinionId: string; delegateId: string | null; answerId: string; by?: AnswerBy; summary?: string } }
	| { type: 'opinion.answerRemoved'; data: { opinionId: string; delegateId: string | null; answerId: string } }
	| { type: 'opinion.tagged'; data: { opinionId: string; delegateId: string | null; outcome: OpinionOutcome | null } }
	| { type: 'opinion.linked'; data: { opinionId: string; delegateId: string | null; collectedOpinionId: string | null } }
	| { type: 'conclusion.added'; data: { conclusion: IssueConclusion } }
	| { type: 'conclusion.edited'; data: { conclusionId: string; opinionIds?: string[]; text?: string } }
	| { type: 'conclusion.removed'; data: { conclusionId: string } }
	| { type: 'minutes.overallEdited'; data: { text: string } }
	| { type: 'minutes.itemSummaryEdited'; data: { itemId: string; text: string } };
