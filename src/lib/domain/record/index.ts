export type { MeetingRecord, PersonRef, RecordAnswer, RecordAssignment, RecordOpinion } from './types';
export { meetingRecord, recordOpinionById, answerSaid } from './record';
export { assignmentDeadline, defaultAssignmentDeadline, answerPeriodFrom, noticeDue, type AssignedOutcome } from './deadline';
export { personOfRaisedBy, personOfSpeaker, personOfAnswer, raisedByOf, answerByOfTurn, splitSalutation, calledName, position, OFFICIAL_SALUTATION } from './person';
export { phoneOpinions, chairOpinions, savedAssignment, type OpinionLine, type AssignmentLine } from './views';
