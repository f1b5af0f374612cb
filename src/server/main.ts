/**
 * Production entry: `node build/server.js`. Serves the SvelteKit app and socket.io on one
 * port, prints the addresses to open, and shuts down without losing acknowledged writes.
 */
import { createServer } from 'node:http';
import { getApp } from '../lib/server/app';
import { ADAPTER_BODY_LIMIT, refuseLargeBody } from '../lib/server/body-limit';
import { compression } from '../lib/server/compress';
import { leanImmutableHeaders } from '../lib/server/immutable-assets';
import { translate } from '../lib/i18n/translate';
import { announce, announcementLines } from '../lib/server/lan';
import { attachRealtime } from '../lib/server/realtime';

// The adapter reads BODY_SIZE_LIMIT (default 512 kB) when its handler loads, one limit for
// every route. Plan documents (2 MB, POST /api/meetings) and list uploads (5 MB) answer 413
// themselves under 6 MB; a written answer may carry a 10 MB file (issue 17). So the adapter
// takes up to 25 MB and `refuseLargeBody` keeps every other route at 6 MB (body-limit.ts).
process.env.BODY_SIZE_LIMIT ??= ADAPTER_BODY_LIMIT;
// This server speaks plain HTTP (the hall's Wi-Fi). Without a protocol header the adapter
// assumes https, and every link and QR code built from the request URL would be https://.
const PROTOCOL_HEADER = 'x-doi-thoai-protocol';
process.env.PROTOCOL_HEADER ??= PROTOCOL_HEADER;
// Resolved at run time next to this file in build/ (see vite.server.config.ts).
// @ts-expect-error the adapter's output has no type declarations
const { handler } = await import('./handler.js');

const app = await getApp();
const { port, host } = app.config;
const server = createServer((req, res) => {
	req.headers[PROTOCOL_HEADER] = 'http';
	if (refuseLargeBody(req, res)) return;
	compression(req, res, () => {
		leanImmutableHeaders(req, res);
		handler(req, res);
	});
});
const io = attachRealtime(server);
// The province server (REDIS_URL, with DATABASE_URL): join the other processes before listening.
const province = app.config.redisUrl ? await (await import('../lib/server/province/cluster')).attachProvince(io, app, app.config.redisUrl) : null;

server.listen(port, host, () => {
	const actual = (server.address() as import('node:net').AddressInfo).port;
	const publicUrl = app.config.publicUrl;
	const addresses = announce(host, actual, publicUrl);
	console.log(['', ...announcementLines(addresses, host, publicUrl)].join('\n'));
	console.log('\nĐường dẫn quản trị / admin link (giữ kín / keep private):');
	console.log(`  ${addresses.qrBase ?? addresses.local}/admin/${app.adminToken}`);
	console.log(`\nDữ liệu / data: ${app.config.databaseUrl ? `PostgreSQL (DATABASE_URL)${province ? ', Redis (REDIS_URL)' : ''}` : app.config.dataDir}\n`);
	if (app.meetings().length === 0 && app.damagedMeetings().length === 0) console.log(`${translate('vi', 'demo.hint')} / ${translate('en', 'demo.hint')}\n`);
});

let stopping = false;
async function shutdown(signal: string) {
	if (stopping) return;
	stopping = true;
	console.log(`\n${signal}: đang dừng, chờ ghi xong dữ liệu… / stopping, finishing writes…`);
	// Stop taking connections (socket.io closes the HTTP server too), then let every
	// accepted command finish its write before exiting.
	void io.close();
	server.closeIdleConnections();
	await app.close();
	await province?.close();
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
// Windows: Ctrl+C is SIGINT; closing the console window is SIGHUP (Windows then allows about
// 10 s before it ends the process), Ctrl+Break is SIGBREAK. SIGTERM never comes there.
process.on('SIGHUP', () => void shutdown('SIGHUP'));
if (process.platform === 'win32') process.on('SIGBREAK', () => void shutdown('SIGBREAK'));
