import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Request body limits. The Node adapter has ONE limit for every route (BODY_SIZE_LIMIT, read
 * when its handler loads): src/server/main.ts sets it to ADAPTER_BODY_LIMIT so that a written
 * answer with its attached file (≤ 10 MB, issue 17) gets through and a file somewhat over the
 * limit hears a Vietnamese message next to the field; a meeting's archive ZIP, which carries
 * those files, may be restored up to MAX_ARCHIVE_BYTES. Every other route keeps the 6 MB it had
 * before: a declared body over GENERAL_BODY_LIMIT is refused here, before the adapter reads it.
 */
export const ADAPTER_BODY_LIMIT = '25M';
export const GENERAL_BODY_LIMIT = 6 * 1024 * 1024;

/**
 * The posts that may be larger: the answer forms with a file (`POST /m/<id>/agency?/answer`,
 * `POST /m/<id>/follow-up?/answer`) and an archive restore (`POST /?/restoreArchive`,
 * `POST /api/meetings/import`).
 */
export function takesAttachment(method: string | undefined, url: string | undefined): boolean {
	if (method !== 'POST' || !url) return false;
	const [path, query = ''] = url.split('?', 2);
	const action = query.split('&');
	if (path === '/api/meetings/import') return true;
	if (path === '/' && action.includes('/restoreArchive')) return true;
	return /^\/m\/[a-z0-9]{6,40}\/(agency|follow-up)\/?$/.test(path) && action.includes('/answer');
}

/**
 * The list uploads (delegates, collected opinions) check the declared length themselves and
 * answer the import wizard's JSON 413 ("Tệp quá lớn: tối đa 5 MB."), which it shows next to the
 * file field: a plain-text 413 from here would reach the clerk as "unreadable".
 */
function answersItsOwnLimit(method: string | undefined, url: string | undefined): boolean {
	if (method !== 'POST' || !url) return false;
	return /^\/m\/[a-z0-9]{6,40}\/plan\/(delegates\/upload|opinions\/import\/upload)\/?$/.test(url.split('?', 1)[0]);
}

/** Answers 413 itself for a body declared larger than its route allows; true when it did. */
export function refuseLargeBody(req: IncomingMessage, res: ServerResponse): boolean {
	const length = Number(req.headers['content-length'] ?? 0);
	if (!(length > GENERAL_BODY_LIMIT) || takesAttachment(req.method, req.url) || answersItsOwnLimit(req.method, req.url)) return false;
	// Read the body to its end without keeping it, then answer: a client still sending when
	// the connection closes sees a reset (EPIPE) instead of the 413.
	const answer = () => {
		if (res.headersSent) return;
		res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
		res.end('Tệp quá lớn (tối đa 6 MB). / The request is too large (at most 6 MB).');
	};
	req.on('end', answer);
	req.on('error', () => res.destroy());
	req.resume();
	return true;
}
