import { fail } from '@sveltejs/kit';
import { countsByAgency, filterFrom, filterRows } from '$lib/domain/followup/list';
import { followUpOf } from '$lib/domain/followup/read';
import { followUpRows, vietnamToday } from '$lib/domain/followup/status';
import { meetingRecord } from '$lib/domain/record/record';
import { followUpAccess, runForm } from '$lib/server/followup';
import { recordAnswerFromForm } from '$lib/server/followup-attachments';
import { publicBaseUrl } from '$lib/server/lan';
import { qrSvg } from '$lib/server/qr';
import type { Actions, PageServerLoad } from './$types';

/**
 * Theo dõi, đôn đốc (issue 17): every assignment with its deadline and status, the written
 * answers, the citizen informed, later petitions; the notice's issue date and number; the
 * agencies' links; the public page switch. Server-rendered, plain forms (no socket needed).
 */
export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const { app, live, actor } = await followUpAccess(params.id, cookies, locals.lang);
	const state = live.state;
	const today = vietnamToday(Date.now());
	const rows = followUpRows(state, today);
	const filter = filterFrom(url.searchParams);
	const tokens = await app.agencyTokens(params.id);
	const base = publicBaseUrl(url, app.config.publicUrl);
	const record = meetingRecord(state);
	const agencies = await Promise.all(
		state.agencies.map(async (a) => {
			const href = tokens[a.id] ? `${base}/a/${tokens[a.id]}` : '';
			const co = rows.filter((r) => r.assignment.coAgencyIds.includes(a.id)).length;
			return { id: a.id, name: a.name, href, qr: href ? await qrSvg(href) : '', leads: rows.filter((r) => r.assignment.leadAgencyId === a.id).length, co };
		})
	);
	// The agencies with something to answer first: those are the links the office sends.
	agencies.sort((x, y) => Number(y.leads + y.co > 0) - Number(x.leads + x.co > 0));
	return {
		role: actor.role,
		meeting: { id: state.id, title: state.basics.title, date: state.basics.date, status: state.status },
		today,
		rows,
		shown: filterRows(rows, filter),
		filter,
		counts: countsByAgency(rows, state.agencies),
		agencies,
		notice: {
			issuedOn: state.documentOffice.noticeIssuedOn ?? '',
			number: state.documentOffice.noticeNumber,
			due: record.noticeDue,
			answerPeriodDays: record.answerPeriodDays
		},
		publicResults: followUpOf(state).publicResults,
		commandId: crypto.randomUUID()
	};
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions: Actions = {
	answer: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		// Multipart: the answer may carry a file (PDF or photo), stored before the command runs.
		return recordAnswerFromForm(app, params.id, actor, await request.formData());
	},
	removeAnswer: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		const form = await request.formData();
		const opinionId = text(form, 'opinionId');
		return runForm(app, params.id, actor, form, 'followUp.removeAnswer', { opinionId }, `removeAnswer:${opinionId}`);
	},
	informed: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		const form = await request.formData();
		const opinionId = text(form, 'opinionId');
		return runForm(app, params.id, actor, form, 'followUp.markInformed', { opinionId, on: text(form, 'on'), how: text(form, 'how') }, `informed:${opinionId}`);
	},
	petition: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		const form = await request.formData();
		const opinionId = text(form, 'opinionId');
		return runForm(app, params.id, actor, form, 'followUp.linkPetition', { opinionId, receivedOn: text(form, 'receivedOn'), content: text(form, 'content') }, `petition:${opinionId}`);
	},
	unlinkPetition: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		const form = await request.formData();
		const opinionId = text(form, 'opinionId');
		return runForm(app, params.id, actor, form, 'followUp.unlinkPetition', { opinionId, petitionId: text(form, 'petitionId') }, `petition:${opinionId}`);
	},
	notice: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		const form = await request.formData();
		return runForm(app, params.id, actor, form, 'documents.update', { noticeIssuedOn: text(form, 'noticeIssuedOn') || null, noticeNumber: text(form, 'noticeNumber') }, 'notice');
	},
	publicResults: async ({ params, request, cookies, locals }) => {
		const { app, actor } = await followUpAccess(params.id, cookies, locals.lang);
		const form = await request.formData();
		return runForm(app, params.id, actor, form, 'followUp.setPublicResults', { enabled: form.get('enabled') === 'on', initialsOnly: form.get('initialsOnly') === 'on' }, 'publicResults');
	},
	reissueAgency: async ({ params, request, cookies, locals }) => {
		const { app, live } = await followUpAccess(params.id, cookies, locals.lang);
		const agencyId = text(await request.formData(), 'agencyId');
		const agency = live.state.agencies.find((a) => a.id === agencyId);
		if (!agency) return fail(400, { which: 'links' });
		await app.reissueAgencyLink(params.id, agencyId);
		return { ok: true, which: 'links', reissued: agency.name };
	}
};
