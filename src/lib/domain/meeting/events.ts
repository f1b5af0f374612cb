import type { PlannedMeeting } from './starting-state';
import type { MeetingBasics } from '../types';

export type MeetingEvent =
	| { type: 'meeting.created'; data: PlannedMeeting }
	| { type: 'meeting.basicsEdited'; data: { basics: MeetingBasics } }
	| { type: 'meeting.started'; data: Record<string, never> }
	| { type: 'meeting.ended'; data: Record<string, never> };
