import { error, json } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/catalog';
import { translate } from '$lib/i18n/translate';
import { ImportFileError, readTable } from '$lib/server/import/table';
import { requireAdmin } from '$lib/server/screens';
import type { UploadAnswer, UploadErrorCode } from '$lib/ui/import/upload';
import type { RequestHandler } from './$types';

/** A commune's lists are a few hundred rows; 5 MB leaves room for formatting and photos of logos. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The multipart envelope around the file: boundaries and the part headers. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads an uploaded .xlsx / CSV list into a table for the import wizard. Nothing is
 * stored: the admin maps the columns in the browser and imports with one command.
 * Used for delegates and (re-exported) for collected opinions.
 */
export const POST: RequestHandler = async ({ request, params, cookies, locals }) => {
	const app = await requireAdmin(cookies, locals.lang);
	if (!app.meeting(params.id)) error(404, { message: translate(locals.lang, 'meeting.notFoundPage'), code: 'meeting_not_found' });
	if (Number(request.headers.get('content-length')) > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) return refuse(locals.lang, 'too_large', 413);

	let file: FormDataEntryValue | null;
	try {
		file = (await request.formData()).get('file');
	} catch (cause) {
		// The HTTP layer refuses a body over its own limit while we read it (status 413).
		if ((cause as { status?: number }).status === 413) return refuse(locals.lang, 'too_large', 413);
		return refuse(locals.lang, 'unreadable_file', 400);
	}
	if (!(file instanceof File) || (file.size === 0 && !file.name)) return refuse(locals.lang, 'no_file', 400);
	if (file.size > MAX_UPLOAD_BYTES) return refuse(locals.lang, 'too_large', 413);

	try {
		const table = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
		return json({ table } satisfies UploadAnswer);
	} catch (cause) {
		if (cause instanceof ImportFileError) return refuse(locals.lang, cause.code, 400);
		throw cause;
	}
};

function refuse(lang: Lang, code: UploadErrorCode, status: number): Response {
	return json({ error: { code, message: translate(lang, `import.error.${code}`) } } satisfies UploadAnswer, { status });
}
