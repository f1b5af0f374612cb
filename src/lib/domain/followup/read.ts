import type { MeetingState } from '../types';
import { blankAssignmentFollowUp, emptyFollowUp, type AssignmentFollowUp, type FollowUpState } from './types';

/** The meeting's follow-up (a state from before the feature, e.g. an old view: empty). */
export const followUpOf = (state: MeetingState): FollowUpState => state.followUp ?? emptyFollowUp();

/** What was recorded after the meeting for one assignment (blank if nothing yet). */
export const assignmentFollowUp = (state: MeetingState, opinionId: string): AssignmentFollowUp =>
	followUpOf(state).assignments[opinionId] ?? blankAssignmentFollowUp(opinionId);
