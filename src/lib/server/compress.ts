import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';

/** Text worth compressing: pages, JSON answers, scripts, styles, SVG, the Office formats (zip inside, still gains a little). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))|image\/svg\+xml)/i;
/** Below this a compressed answer is not smaller enough to matter. */
const MIN_BYTES = 1024;

/**
 * Which encoding the client accepts: brotli first (phones over http usually only offer gzip,
 * browsers keep brotli for https), then gzip; null when neither (or q=0).
 */
export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
	const offered = new Map<string, number>();
	for (const part of String(header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
		offered.set(name, q ? Number(q[1]) : 1);
	}
	const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip')) return 'gzip';
	return null;
}

type Next = () => void;

/**
 * Compresses dynamic answers (the server-rendered pages, the JSON API, documents) with
 * node:zlib, as Connect middleware for the production server and `vite preview`. Answers that
 * already carry an encoding (the build's precompressed JS and CSS) pass untouched.
 * socket.io never comes here: it answers its own requests before the app's handler.
 */
export function compression(req: IncomingMessage, res: ServerResponse, next: Next): void {
	const encoding = req.method === 'HEAD' ? null : chooseEncoding(req.headers['accept-encoding']);
	if (!encoding) return next();
	const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
	const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
	const writeHead = res.writeHead.bind(res) as (status: number, message?: string) => ServerResponse;
	let stream: BrotliCompress | Gzip | null = null;
	let decided = false;
	let small = false;

	const decide = () => {
		if (decided) return;
		decided = true;
		choose();
		if (!res.headersSent) writeHead(res.statusCode, res.statusMessage);
	};
	const choose = () => {
		const type = String(res.getHeader('content-type') ?? '');
		const length = Number(res.getHeader('content-length') ?? Infinity);
		const skip =
			res.getHeader('content-encoding') !== undefined ||
			!COMPRESSIBLE.test(type) ||
			/event-stream/.test(type) ||
			res.statusCode === 204 ||
			res.statusCode === 304 ||
			small ||
			length < MIN_BYTES;
		if (skip) return;
		res.setHeader('content-encoding', encoding);
		res.removeHeader('content-length');
		appendVary(res);
		// Quality 4 / level 6: a few ms per page on a slow CPU, most of the gain.
		stream = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip({ level: 6 });
		stream.on('data', (chunk: Buffer) => {
			if (!write(chunk)) stream!.pause();
		});
		res.on('drain', () => stream!.resume());
		// A writer that got `false` from res.write waits for res's 'drain': give it zlib's.
		stream.on('drain', () => res.emit('drain'));
		stream.on('end', () => end());
	};

	// writeHead(status, [message], [headers]) only records: the choice waits for the first
	// write or end, when a one-shot answer's size is known. Node sends the recorded head then.
	res.writeHead = ((status: number, ...rest: unknown[]) => {
		if (decided) return writeHead(status, ...(rest as [string]));
		const headers = rest.find((r) => typeof r === 'object' && r !== null) as OutgoingHttpHeaders | string[] | undefined;
		const message = rest.find((r) => typeof r === 'string') as string | undefined;
		if (Array.isArray(headers)) {
			for (let i = 0; i < headers.length; i += 2) res.appendHeader(headers[i], headers[i + 1]);
		} else if (headers) {
			for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
		}
		res.statusCode = status;
		if (message) res.statusMessage = message;
		return res;
	}) as typeof res.writeHead;

	res.write = ((chunk: unknown, ...rest: unknown[]) => {
		decide();
		if (!stream) return write(chunk, ...rest);
		const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
		const enc = rest.find((r) => typeof r === 'string') as BufferEncoding | undefined;
		return stream.write(typeof chunk === 'string' ? Buffer.from(chunk, enc) : (chunk as Buffer), callback);
	}) as typeof res.write;

	res.end = ((...args: unknown[]) => {
		const chunk = typeof args[0] === 'function' ? undefined : args[0];
		if (!decided && chunk !== undefined && chunk !== null && res.getHeader('content-length') === undefined) {
			// One-shot answer: its size is known, small ones stay plain.
			const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Buffer).length;
			if (size < MIN_BYTES) small = true;
		}
		decide();
		if (!stream) return end(...args);
		const callback = args.find((r) => typeof r === 'function') as (() => void) | undefined;
		if (callback) res.once('finish', callback);
		const enc = args.find((r) => typeof r === 'string' && r !== chunk) as BufferEncoding | undefined;
		if (chunk !== undefined && chunk !== null) stream.end(typeof chunk === 'string' ? Buffer.from(chunk, enc) : (chunk as Buffer));
		else stream.end();
		return res;
	}) as typeof res.end;

	next();
}

function appendVary(res: ServerResponse) {
	const vary = String(res.getHeader('vary') ?? '');
	if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}
