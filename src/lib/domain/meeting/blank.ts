import { defaultPlan } from '../plan/defaults';
import { defaultFields } from '../queue/defaults';
import type { MeetingState } from '../types';
import { startingState } from './starting-state';

// Apart from starting-state.ts, which every screen's fold loads: the default plan reads the catalog.

/** A placeholder with nothing planned; the create rule gets it and never reads it. */
export function blankMeeting(id: string): MeetingState {
	return startingState({
		id,
		basics: { title: '', date: '', startTime: '', place: '', bannerLines: [] },
		plan: defaultPlan(),
		agenda: [],
		agencies: [],
		categories: [],
		units: [],
		delegates: [],
		collectedOpinions: [],
		calendar: { daysOff: [], extraWorkdays: [] },
		fields: defaultFields()
	});
}
