import { error, fail } from '@sveltejs/kit';
import { invitationNotice } from '$lib/domain/delegates/invitation';
import { invitationHeader } from '$lib/domain/documents/invitation-header';
import { translate } from '$lib/i18n/translate';
import { formCommand } from '$lib/server/forms';
import { publicBaseUrl } from '$lib/server/lan';
import { qrSvg } from '$lib/server/qr';
import { requireAdmin } from '$lib/server/screens';
import type { Actions, PageServerLoad } from './$types';

/**
 * Every delegate's invitation with the QR of their personal link, drawn here (the QR
 * library is server-side and nothing is fetched from the internet). The page is a print
 * view, not a live screen: after a re-issue the load runs again and redraws the QRs.
 */
export const load: PageServerLoad = async ({ params, cookies, locals, url }) => {
	const app = await requireAdmin(cookies, locals.lang);
	const live = app.meeting(params.id);
	if (!live) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	const { basics, plan, categories, delegates, calendar, documentOffice } = live.state;
	const base = publicBaseUrl(url, app.config.publicUrl);
	// Invitations go to the invited: walk-ins registered at the door have none (the desk prints their card).
	const invitations = await Promise.all(
		delegates.filter((d) => d.source === 'list').map(async (d) => {
			const link = `${base}/i/${d.token}`;
			return { id: d.id, salutation: d.salutation, fullName: d.fullName, title: d.title, unit: d.unit, categoryId: d.categoryId, link, qr: await qrSvg(link) };
		})
	);
	return {
		meetingId: params.id,
		basics,
		// The header in the host's layout, as the minutes and the notice use it (D20).
		plan: { host: plan.host, parentBody: plan.parentBody, issuingBody: plan.issuingBody, chairs: plan.chairs, header: invitationHeader(plan, basics, documentOffice) },
		categories,
		invitations,
		notice: invitationNotice(basics.date, calendar, Date.now()),
		commandId: crypto.randomUUID()
	};
};

export const actions: Actions = {
	/** A lost invitation: one new token; the old QR stops working, the others are untouched. */
	reissue: async ({ params, request, cookies, locals }) => {
		const app = await requireAdmin(cookies, locals.lang);
		const form = await request.formData();
		const delegateId = String(form.get('delegateId') ?? '');
		const command = formCommand(form, 'invitation.reissue', { delegateId });
		const ack = await app.execute(params.id, command, { role: 'admin' });
		if (!ack.ok) return fail(400, { error: ack.error });
		return { reissued: delegateId };
	}
};
