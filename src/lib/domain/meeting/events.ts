import type { AgendaItem, MeetingBasics } from '../types';

export type MeetingEvent =
	| { type: 'meeting.created'; data: { id: string; basics: MeetingBasics; agenda: AgendaItem[] } }
	| { type: 'meeting.basicsEdited'; data: { basics: MeetingBasics } }
	| { type: 'meeting.started'; data: Record<string, never> }
	| { type: 'meeting.ended'; data: Record<string, never> };
