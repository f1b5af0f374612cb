/**
 * Production entry: `node build/server.js`. Serves the SvelteKit app and socket.io on one
 * port, prints the addresses to open, and shuts down without losing acknowledged writes.
 */
import { createServer } from 'node:http';
// Resolved at run time next to this file in build/ (see vite.server.config.ts).
// @ts-expect-error the adapter's output has no type declarations
import { handler } from './handler.js';
import { getApp } from '../lib/server/app';
import { lanAddresses } from '../lib/server/lan';
import { attachRealtime } from '../lib/server/realtime';

const app = await getApp();
const { port, host } = app.config;
const server = createServer(handler);
const io = attachRealtime(server);

server.listen(port, host, () => {
	const actual = (server.address() as import('node:net').AddressInfo).port;
	const bases = [...lanAddresses().map((ip) => `http://${ip}:${actual}`), `http://localhost:${actual}`];
	console.log('\nĐối thoại đang chạy / is running:');
	for (const base of bases) console.log(`  ${base}`);
	console.log('\nĐường dẫn quản trị / admin link (giữ kín / keep private):');
	console.log(`  ${app.config.publicUrl ?? bases[0]}/admin/${app.adminToken}`);
	console.log(`\nDữ liệu / data: ${app.config.dataDir}\n`);
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
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
