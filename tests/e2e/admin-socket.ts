/** The admin's live connection, for setting up what a test needs without the plan screens. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, CommandAck, ServerToClient, Snapshot } from '../../src/lib/domain/protocol';
import { ADMIN_TOKEN } from './server';

export interface AdminSocket {
	snapshot: Snapshot;
	/** `id`: the command's id, for commands whose id names what they make (an opinion). */
	send(type: string, payload: unknown, id?: string): Promise<CommandAck>;
	close(): void;
}

let counter = 0;

/** `role`: the admin may also act as a role (e.g. chair, to start the meeting). */
export async function adminSocket(url: string, meetingId: string, role: 'admin' | 'chair' | 'desk' | 'secretary' = 'admin'): Promise<AdminSocket> {
	const socket: Socket<ServerToClient, ClientToServer> = io(url, {
		auth: { meetingId, role },
		extraHeaders: { cookie: `dt_admin=${ADMIN_TOKEN}` },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true
	});
	const snapshot = await new Promise<Snapshot>((resolve, reject) => {
		socket.once('snapshot', resolve);
		socket.once('connect_error', reject);
	});
	return {
		snapshot,
		send: (type, payload, id) => socket.timeout(5000).emitWithAck('command', { id: id ?? `e2e-admin-${Date.now()}-${++counter}`, type, payload }),
		close: () => socket.close()
	};
}

/** Sends a command and fails the test with the server's reason if it is refused. */
export async function mustSend(admin: AdminSocket, type: string, payload: unknown, id?: string): Promise<void> {
	const ack = await admin.send(type, payload, id);
	if (!ack.ok) throw new Error(`${type} refused: ${ack.error.code} ${ack.error.message}`);
}
