import { fail, type RequestEvent } from '@sveltejs/kit';
import { commandProblems } from '$lib/domain/command-problems';
import { speakPayloadFromForm, writtenPayloadFromForm } from '$lib/domain/queue/form';
import { grant } from '$lib/server/access';
import { getApp } from '$lib/server/app';
import { formCommand } from '$lib/server/forms';
import { loadDelegateScreen } from '$lib/server/screens';
import type { Actions, PageServerLoad } from './$types';
import type { PhoneAction, Posted } from './posted';

/** The delegate's phone, recognised by the cookie /i/<token> set; null: not (or no longer) recognised. */
export const load: PageServerLoad = async ({ params, cookies, locals }) => ({
	screen: await loadDelegateScreen(params.id, cookies, locals.lang),
	// Minted per render: a double tap or a resent form is applied once (old phones, no JS).
	commandId: crypto.randomUUID()
});

type Build = (form: FormData) => ReturnType<typeof formCommand>;

/**
 * One phone action: the command built from the posted form goes down the same path as the
 * socket's, as the phone's owner. A form with fields the person fills (`typed`) is checked by
 * the command's schema first, so each problem is shown next to its field in plain words;
 * `ignored` refusals are not errors (the state shows them).
 */
async function act(event: RequestEvent<{ id: string }>, action: PhoneAction, build: Build, { typed = false, ignored = '' } = {}) {
	const { params, request, cookies } = event;
	const app = await getApp();
	const access = grant(app, params.id, 'delegate', (name) => cookies.get(name));
	if (!access.ok) return fail(403, { action } satisfies Posted);
	const form = await request.formData();
	const command = build(form);
	const values = command.payload as Record<string, string | null>;
	const problems = typed ? commandProblems(command.type, command.payload) : null;
	if (problems) return fail(400, { action, problems, values, commandId: crypto.randomUUID() } satisfies Posted);
	const ack = await app.execute(params.id, command, access.actor);
	if (!ack.ok && ack.error.code !== ignored) return fail(400, { action, error: ack.error, values, commandId: crypto.randomUUID() } satisfies Posted);
	return { action, done: true } satisfies Posted;
}

/** Plain-form actions: the same commands down the same path as the socket, for phones without JavaScript. */
export const actions: Actions = {
	// "Already checked in" is shown by the green card; no red error for it.
	checkin: (event) => act(event, 'checkin', (form) => formCommand(form, 'checkin.self', {}), { ignored: 'already_checked_in' }),
	speak: (event) => act(event, 'speak', (form) => formCommand(form, 'request.submit', speakPayloadFromForm(form)), { typed: true }),
	withdraw: (event) => act(event, 'withdraw', (form) => formCommand(form, 'request.withdraw', { requestId: String(form.get('requestId') ?? '') })),
	written: (event) => act(event, 'written', (form) => formCommand(form, 'opinion.submitWritten', writtenPayloadFromForm(form)), { typed: true })
};
