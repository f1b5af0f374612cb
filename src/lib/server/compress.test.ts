import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseEncoding, compression } from './compress';

describe('chooseEncoding', () => {
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip, deflate')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding(undefined)).toBeNull();
		expect(chooseEncoding('*')).toBe('br');
	});
});

describe('compression middleware on a real loopback server', () => {
	let server: Server;
	afterEach(() => new Promise<void>((r) => server.close(() => r())));

	async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
		server = createServer((req, res) => compression(req, res, () => handler!(req, res)));
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	}

	function get(url: string, headers: Record<string, string>) {
		return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
			request(url, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
			})
				.on('error', reject)
				.end();
		});
	}

	const page = '<p>Đối thoại với Nhân dân</p>'.repeat(500);

	it('streams written in pieces (writeHead with headers, write, end) come out whole', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)) });
			res.write(page.slice(0, 1000));
			res.write(Buffer.from(page.slice(1000)));
			res.end();
		});
		const zipped = await get(url, { 'accept-encoding': 'gzip' });
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(zipped.headers['content-length']).toBeUndefined();
		expect(gunzipSync(zipped.body).toString()).toBe(page);
		const plain = await get(url, {});
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(page);
	});

	it('a writer that waits for drain (as SvelteKit does) gets it: a large page comes out whole', async () => {
		const big = Array.from({ length: 4000 }, (_, i) => `<li>Đại biểu số ${i} — Tổ dân phố ${i % 50}</li>`).join('');
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			const chunks = big.match(/[\s\S]{1,8192}/g)!;
			const next = () => {
				while (chunks.length) if (!res.write(chunks.shift())) return void res.once('drain', next);
				res.end();
			};
			next();
		});
		const zipped = await get(url, { 'accept-encoding': 'gzip' });
		expect(gunzipSync(zipped.body).toString()).toBe(big);
	});

	it('leaves alone what is already encoded, small, or not text', async () => {
		const url = await serve((req, res) => {
			if (req.url === '/small') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
			if (req.url === '/png') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(5000));
			res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br' }).end(Buffer.alloc(5000));
		});
		for (const path of ['/small', '/png', '/precompressed']) {
			const answer = await get(url + path, { 'accept-encoding': 'gzip' });
			expect(answer.headers['content-encoding'], path).toBe(path === '/precompressed' ? 'br' : undefined);
		}
	});
});
