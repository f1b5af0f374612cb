import type { AnswerBy, IssueConclusion, Opinion, OpinionAnswer, OpinionOutcome, RaisedBy } from './types';

/**
 * Events of the minutes. Text changes carry the new text; the reducer raises the version by
 * one, so every client computes the same version the server checked against.
 */
export type MinutesEvent =
	| { type: 'opinion.recorded'; data: { opinion: Opinion } }
	| { type: 'opinion.edited'; data: { opinionId: string; field?: string; raisedBy?: RaisedBy; content?: string } }
	| { type: 'opinion.removed'; data: { opinionId: string } }
	| { type: 'opinion.answerAdded'; data: { opinionId: string; answer: OpinionAnswer } }
	| { type: 'opinion.answerEdited'; data: { opinionId: string; answerId: string; by?: AnswerBy; summary?: string } }
	| { type: 'opinion.answerRemoved'; data: { opinionId: string; answerId: string } }
	| { type: 'opinion.tagged'; data: { opinionId: string; outcome: OpinionOutcome | null } }
	| { type: 'opinion.linked'; data: { opinionId: string; collectedOpinionId: string | null } }
	| { type: 'conclusion.added'; data: { conclusion: IssueConclusion } }
	| { type: 'conclusion.edited'; data: { conclusionId: string; opinionIds?: string[]; text?: string } }
	| { type: 'conclusion.removed'; data: { conclusionId: string } }
	| { type: 'minutes.overallEdited'; data: { text: string } }
	| { type: 'minutes.itemSummaryEdited'; data: { itemId: string; text: string } }
	| { type: 'minutes.complexSet'; data: { complex: boolean } };
