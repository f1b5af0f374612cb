import type { Reducers } from '../apply-types';
import type { MeetingState } from '../types';
import type { FollowUpEvent } from './events';
import { assignmentFollowUp, followUpOf } from './read';
import type { AssignmentFollowUp } from './types';

function update(state: MeetingState, opinionId: string, change: (f: AssignmentFollowUp) => AssignmentFollowUp): MeetingState {
	const followUp = followUpOf(state);
	return { ...state, followUp: { ...followUp, assignments: { ...followUp.assignments, [opinionId]: change(assignmentFollowUp(state, opinionId)) } } };
}

export const followUpReducers: Pick<Reducers, FollowUpEvent['type']> = {
	'followUp.answerRecorded': (state, e) => update(state!, e.data.opinionId, (f) => ({ ...f, answer: e.data.answer })),
	'followUp.answerRemoved': (state, e) => update(state!, e.data.opinionId, (f) => ({ ...f, answer: null })),
	'followUp.informed': (state, e) => update(state!, e.data.opinionId, (f) => ({ ...f, informed: e.data.informed })),
	'followUp.petitionLinked': (state, e) =>
		update(state!, e.data.opinionId, (f) => ({ ...f, followUpPetitions: [...f.followUpPetitions.filter((p) => p.id !== e.data.petition.id), e.data.petition] })),
	'followUp.petitionUnlinked': (state, e) =>
		update(state!, e.data.opinionId, (f) => ({ ...f, followUpPetitions: f.followUpPetitions.filter((p) => p.id !== e.data.petitionId) })),
	'followUp.publicResultsSet': (state, e) => ({ ...state!, followUp: { ...followUpOf(state!), publicResults: { ...e.data } } })
};
