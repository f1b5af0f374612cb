import { error, fail, redirect } from '@sveltejs/kit';
import { walkInPayload } from '$lib/domain/checkin/commands';
import { checkInOpensAt } from '$lib/domain/checkin/window';
import { vietnamClock } from '$lib/domain/meeting/clock';
import { fieldProblems } from '$lib/domain/field-problems';
import { getApp } from '$lib/server/app';
import { COOKIE_OPTIONS, roleCookieName } from '$lib/server/auth';
import { formCommand } from '$lib/server/forms';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

/** The room QR's landing: people not on the list register themselves and are checked in. */
export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const app = await getApp();
	const live = app.meeting(params.id);
	if (!live) error(404, { message: translate(locals.lang, 'meeting.notFoundPage') });
	// A phone that is already recognised goes to its own page: no second record.
	if (app.findDelegateByToken(cookies.get(roleCookieName(params.id, 'delegate')), params.id)) redirect(303, `/m/${params.id}/me`);
	const { basics, units, status } = live.state;
	const opensAt = checkInOpensAt(live.state);
	return {
		basics,
		units: units.map((u) => u.name),
		status,
		notOpenYet: Date.now() < opensAt ? vietnamClock(opensAt) : null,
		commandId: crypto.randomUUID()
	};
};

/**
 * The unit as posted, with or without JavaScript: the one written ("Khác", "hoặc ghi đơn vị
 * khác", or the only field when the plan has no units) when filled, else the pick (not "Khác").
 */
const unitPosted = (pick: string, written: string) => written || (pick === '__other__' ? '' : pick);

export const actions: Actions = {
	default: async ({ params, request, cookies }) => {
		const app = await getApp();
		const form = await request.formData();
		const field = (name: string) => String(form.get(name) ?? '').trim();
		const hasUnits = (app.meeting(params.id)?.state.units.length ?? 0) > 0;
		const payload = { salutation: field('salutation'), fullName: field('fullName'), unit: unitPosted(field('unitPick'), field('unitOther')), phone: field('phone') || null };
		// Checked here with the command's own schema: each problem goes next to its field, in plain words.
		const parsed = walkInPayload.safeParse(payload);
		if (!parsed.success) {
			const problems = fieldProblems(parsed.error, payload, { phone: 'form.problem.phone' });
			// No unit: "Khác" left empty (or the only field) asks for it to be written, else to be picked.
			if (problems.unit && !payload.unit) problems.unit = { key: field('unitPick') === '' && hasUnits ? 'form.problem.choose' : 'form.problem.unitOther', params: {} };
			return fail(400, { problems, values: { ...payload, unitPick: field('unitPick') } });
		}
		const command = formCommand(form, 'walkin.register', payload);
		const commandId = command.id;
		const ack = await app.execute(params.id, command, { role: 'guest' });
		// A refusal is remembered under its command id: the corrected form goes out under a new one.
		if (!ack.ok) return fail(400, { error: ack.error, values: payload, commandId: crypto.randomUUID() });
		// The same form sent twice (same command id) finds the same person.
		const delegate = app.meeting(params.id)?.state.delegates.find((d) => d.walkInCommandId === commandId);
		if (!delegate) return fail(500, {});
		cookies.set(roleCookieName(params.id, 'delegate'), delegate.token, COOKIE_OPTIONS);
		redirect(303, `/m/${params.id}/me`);
	}
};
