import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leanImmutableHeaders } from './immutable-assets';

/** Answers like sirv does: the validators in writeHead's object. */
let server: Server;
let base = '';
beforeAll(async () => {
	server = createServer((req, res) => {
		leanImmutableHeaders(req, res);
		res.writeHead(200, { 'Content-Type': 'text/javascript', ETag: 'W/"3-1"', 'Last-Modified': new Date(0).toUTCString() });
		res.end('x;\n');
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const headersOf = (path: string) =>
	new Promise<Record<string, unknown>>((resolve, reject) =>
		get(`${base}${path}`, (res) => {
			res.resume();
			res.on('end', () => resolve(res.headers));
		}).on('error', reject)
	);

describe('the build hashed files', () => {
	it('go without ETag, Last-Modified and the Keep-Alive hint, connection kept', async () => {
		const headers = await headersOf('/_app/immutable/chunks/abc.js');
		expect(headers.etag).toBeUndefined();
		expect(headers['last-modified']).toBeUndefined();
		expect(headers['keep-alive']).toBeUndefined();
		expect(headers.connection).toBe('keep-alive');
		expect(headers['content-type']).toBe('text/javascript');
	});

	it('other answers keep their validators', async () => {
		const headers = await headersOf('/favicon.svg');
		expect(headers.etag).toBe('W/"3-1"');
		expect(headers['last-modified']).toBeDefined();
	});
});
