/*
 * Where follow-up reads the assignments from: the meeting record (CONTRACTS.md A). One place,
 * so the rest of follow-up names only these.
 */
import { meetingRecord } from '../record/record';
import type { MeetingState } from '../types';

export type { PersonRef, RecordAssignment } from '../record/types';

/** Every assigned opinion of the meeting, in the order recorded, with its deadline from the one rule. */
export const recordAssignments = (state: MeetingState) => meetingRecord(state).assignments;
