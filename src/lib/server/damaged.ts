import { vietnamClock } from '../domain/meeting/clock';
import type { App } from './app';

/** Damaged meeting files as the admin page lists them: the path, and when the previous version was saved. */
export function damagedForAdmin(app: App) {
	return app.damagedMeetings().map(({ id, path, previous }) => ({
		id,
		path,
		previous: previous ? { title: previous.title, ...vietnamClock(previous.savedAt) } : null
	}));
}
