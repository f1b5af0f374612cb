import { json } from '@sveltejs/kit';
import { commandEnvelope } from '$lib/domain/envelope';
import { planDocument } from '$lib/domain/plan/document';
import { publicBaseUrl } from '$lib/server/lan';
import { adminFromBearer, apiError, readLimitedText, tooLarge, unauthorized } from './http';
import { referenceProblems, schemaProblems } from './problems';
import type { RequestHandler } from './$types';

/** The meetings on this server, newest date first. */
export const GET: RequestHandler = async ({ request }) => {
	const app = await adminFromBearer(request);
	if (!app) return unauthorized();
	const meetings = app
		.meetings()
		.map(({ state }) => ({ id: state.id, title: state.basics.title, date: state.basics.date, status: state.status }))
		.sort((a, b) => b.date.localeCompare(a.date));
	return json({ meetings });
};

/**
 * Creates a meeting from one plan document (docs/plan-format.md). The document is checked
 * whole first so a bad one gets every problem at once and creates nothing; then it goes
 * through `meeting.create`, the same command path as the admin's form. An `Idempotency-Key`
 * header makes a retried upload answer with the meeting the first one made.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const app = await adminFromBearer(request);
	if (!app) return unauthorized();
	const key = request.headers.get('idempotency-key') ?? crypto.randomUUID();
	if (!commandEnvelope.shape.id.safeParse(key).success) return apiError(400, 'bad_idempotency_key', 'api.error.bad_idempotency_key');

	const text = await readLimitedText(request);
	if (text === 'too_large') return tooLarge();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return apiError(400, 'invalid_json', 'api.error.invalid_json');
	}
	const parsed = planDocument.safeParse(body);
	const problems = parsed.success ? referenceProblems(parsed.data) : schemaProblems(parsed.error, body);
	if (problems.length > 0) return apiError(400, 'invalid_document', 'api.error.invalid_document', { count: problems.length }, problems);

	const ack = await app.execute(null, { id: key, type: 'meeting.create', payload: body }, { role: 'admin' });
	if (!ack.ok) {
		// Refused by the command itself (a rule this endpoint does not pre-check), or the disk failed.
		if (ack.error.code === 'storage_failed') return json({ error: { code: ack.error.code, message: ack.error.message } }, { status: 503 });
		return json({ error: { code: ack.error.code, message: ack.error.message }, problems: [{ path: '', message: ack.error.message }] }, { status: 400 });
	}
	const id = ack.meetingId!;
	return json({ id, url: `${publicBaseUrl(url, app.config.publicUrl)}/m/${id}` }, { status: ack.duplicate ? 200 : 201 });
};
