import { json } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/catalog';
import { translate, type MessageParams } from '$lib/i18n/translate';
import { getApp, type App } from '$lib/server/app';

/** A plan document for 3,000 delegates is well under 1 MB; 2 MB leaves room and stops abuse. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface Problem {
	/** Dotted path into the document, e.g. "delegates.12.fullName"; "" for the whole document. */
	path: string;
	message: string;
}

/** The API's one error shape: a stable code, a Vietnamese message, and the problems if any. */
export function apiError(status: number, code: string, key: MessageKey, params: MessageParams = {}, problems?: Problem[]): Response {
	return json({ error: { code, message: translate('vi', key, params) }, ...(problems ? { problems } : {}) }, { status });
}

/** The admin token as `Authorization: Bearer <token>`; cookies are not accepted here (no CSRF surface). */
export async function adminFromBearer(request: Request): Promise<App | null> {
	const app = await getApp();
	const header = request.headers.get('authorization') ?? '';
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	return match && app.isAdmin(match[1]) ? app : null;
}

export const unauthorized = () => apiError(401, 'unauthorized', 'api.error.unauthorized');
export function tooLarge(): Response {
	const response = apiError(413, 'too_large', 'api.error.too_large', { limit: '2 MB' });
	// Past the adapter's limit the rest of the body is never read: do not reuse the connection.
	response.headers.set('connection', 'close');
	return response;
}

/**
 * Reads the body, keeping at most `limit` bytes; null past it. Past the limit it keeps reading
 * without keeping: a body left unread would jam the keep-alive connection and the client would
 * see a reset instead of our 413. The Node adapter's own limit (BODY_SIZE_LIMIT, set above ours
 * in src/server/main.ts) surfaces as a read error with status 413.
 */
export async function readLimitedBytes(request: Request, limit: number): Promise<Uint8Array | null> {
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size <= limit) chunks.push(value);
		}
	} catch (error) {
		if ((error as { status?: number }).status === 413) return null;
		throw error;
	}
	return size > limit ? null : new Uint8Array(Buffer.concat(chunks));
}

/** The body as UTF-8 text, at most MAX_BODY_BYTES. */
export async function readLimitedText(request: Request): Promise<string | 'too_large'> {
	const bytes = await readLimitedBytes(request, MAX_BODY_BYTES);
	return bytes ? Buffer.from(bytes).toString('utf8') : 'too_large';
}
