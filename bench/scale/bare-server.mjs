/**
 * The baseline: a bare socket.io server in its own process, same options as the app's
 * (websocket, no per-message deflate). A 'go' from the trigger socket broadcasts one
 * message of the asked JSON size to every phone, as the app does for one event.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer((_req, res) => res.end('bare'));
// BARE_DEFLATE=1: per-message deflate on (threshold 0), to measure what it would cost the app.
const perMessageDeflate = process.env.BARE_DEFLATE ? { threshold: 0 } : false;
const io = new Server(http, { serveClient: false, perMessageDeflate, pingInterval: 10_000, pingTimeout: 8_000 });

/** Like the app, each phone gets a snapshot on (re)connection: as big as a phone's (BARE_SNAPSHOT_BYTES). */
const snapshotBytes = Number(process.env.BARE_SNAPSHOT_BYTES || 2500);

io.on('connection', (socket) => {
	if (socket.handshake.auth?.trigger) return socket.on('go', go);
	socket.join('phones');
	socket.emit('snapshot', { seq: 0, serverTime: Date.now(), state: { pad: 'x'.repeat(snapshotBytes) } });
});

function go(bytes) {
	const event = { type: 'agenda.currentSet', data: { itemId: 'x'.repeat(12), pad: '' }, seq: Date.now(), at: Date.now(), actor: { role: 'chair' }, commandId: 'bare' };
	event.data.pad = 'x'.repeat(Math.max(0, bytes - JSON.stringify([event]).length));
	io.to('phones').emit('events', [event]);
}

http.listen(Number(process.env.PORT), process.env.HOST || '127.0.0.1');
process.on('SIGTERM', () => io.close(() => process.exit(0)));
