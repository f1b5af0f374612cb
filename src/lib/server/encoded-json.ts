import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';

/**
 * JSON text made once and sent as is to many sockets: a reconnection storm of 2,000 phones
 * then costs one encoding of what they share, not 2,000 (views.ts makes the snapshots).
 * socket.io would otherwise stringify every socket's own copy of the same state.
 */
export class EncodedJson {
	constructor(readonly json: string) {}
}

/** socket.io's own encoder, except that an `EncodedJson` argument goes into the packet verbatim. */
class SharedJsonEncoder extends Encoder {
	encode(packet: Packet) {
		const args = packet.data as unknown[] | undefined;
		const plain = packet.type === PacketType.EVENT || packet.type === PacketType.ACK;
		if (!plain || !Array.isArray(args) || !args.some((a) => a instanceof EncodedJson)) return super.encode(packet);
		// The same text socket.io-parser writes: type, namespace other than '/', ack id, then the JSON array.
		let head = String(packet.type);
		if (packet.nsp && packet.nsp !== '/') head += `${packet.nsp},`;
		if (packet.id != null) head += packet.id;
		return [`${head}[${args.map((a) => (a instanceof EncodedJson ? a.json : JSON.stringify(a))).join(',')}]`];
	}
}

/** The `parser` option of the realtime server; clients keep the standard parser (same wire format). */
export const sharedJsonParser = { Encoder: SharedJsonEncoder, Decoder };
