import { error, fail, type Cookies } from '@sveltejs/kit';
import { commandProblems } from '../domain/command-problems';
import type { CommandType, PayloadOf } from '../domain/commands';
import type { DomainError } from '../domain/errors';
import type { Actor } from '../domain/types';
import type { Lang } from '../i18n/catalog';
import { translate } from '../i18n/translate';
import { grant } from './access';
import { getApp, type App } from './app';
import { formCommand, type FormFields } from './forms';
import type { LiveMeeting } from './live-meeting';

/** Who follows the assignments up: the admin, the chair, the secretary (issue 17). */
export async function followUpAccess(meetingId: string, cookies: Cookies, lang: Lang): Promise<{ app: App; live: LiveMeeting; actor: Actor }> {
	const app = await getApp();
	const live = app.meeting(meetingId);
	if (!live) error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	for (const role of ['admin', 'secretary', 'chair'] as const) {
		const access = grant(app, meetingId, role, (name) => cookies.get(name));
		// The admin holds every role: act as the admin, not as a borrowed role.
		if (access.ok) return { app, live, actor: access.via === 'admin' ? { role: 'admin' } : access.actor };
	}
	error(403, { message: translate(lang, 'followUp.needRole'), code: 'forbidden' });
}

/** The agency's officer, from the agency link's cookie; null when this browser has none (or a revoked one). */
export async function agencyAccess(meetingId: string, cookies: Cookies, lang: Lang): Promise<{ app: App; live: LiveMeeting; actor: Actor } | null> {
	const app = await getApp();
	const access = grant(app, meetingId, 'agency', (name) => cookies.get(name));
	if (access.ok) return { app, live: access.live, actor: access.actor };
	if (access.reason === 'meeting_not_found') error(404, { message: translate(lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	return null;
}

/**
 * A follow-up form post down the one command path: checked with the command's schema first
 * (each problem next to its field), then executed as the actor. `form` names which form on the
 * page answered (the page has one per assignment), `values` come back as typed.
 */
export async function runForm<T extends CommandType>(
	app: App,
	meetingId: string,
	actor: Actor,
	form: FormData,
	type: T,
	payload: FormFields<PayloadOf<T>>,
	which: string
): Promise<{ ok: true; which: string } | ReturnType<typeof fail<{ which: string; problems?: ReturnType<typeof commandProblems>; error?: DomainError; values: Record<string, string>; commandId: string }>>> {
	const values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
	const problems = commandProblems(type, payload);
	// A refused command id is remembered as refused: the corrected form goes out under a new one.
	const commandId = crypto.randomUUID();
	if (problems) return fail(400, { which, problems, values, commandId });
	const ack = await app.execute(meetingId, formCommand(form, type, payload), actor);
	if (!ack.ok) return fail(400, { which, error: ack.error, values, commandId });
	return { ok: true, which };
}
