import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** The build's hashed files: a new build gives them new names, the adapter caches them a year `immutable`. */
const IMMUTABLE = '/_app/immutable/';
const USELESS = /^(etag|last-modified)$/i;

/**
 * Leaves ETag and Last-Modified off the build's hashed files. With `Cache-Control: immutable`
 * a browser never revalidates them, so the two headers (~80 bytes, never compressed) were paid
 * for nothing on each of the ~11 files a phone loads over the hall's Wi-Fi. Likewise Node's
 * `Keep-Alive: timeout=5` hint (Chromium ignores it; the server's own idle timeout still closes
 * the connection): an explicit `Connection: keep-alive` on a connection that stays open anyway
 * makes Node leave it out. Call before the adapter's handler; other answers are untouched.
 */
export function leanImmutableHeaders(req: IncomingMessage, res: ServerResponse): void {
	if (!req.url?.startsWith(IMMUTABLE)) return;
	if (res.shouldKeepAlive) res.setHeader('connection', 'keep-alive');
	const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
	res.writeHead = ((status: number, ...rest: unknown[]) => {
		res.removeHeader('etag');
		res.removeHeader('last-modified');
		const kept = rest.map((r) =>
			r && typeof r === 'object' && !Array.isArray(r) ? Object.fromEntries(Object.entries(r as OutgoingHttpHeaders).filter(([name]) => !USELESS.test(name))) : r
		);
		return writeHead(status, ...kept);
	}) as typeof res.writeHead;
}
