/**
 * The phones: thousands of socket.io clients in one process of their own (forked by run.mjs,
 * driven over IPC), so the server under test never shares an event loop with its clients.
 * Every phone keeps its seq like the real client does: a gap asks for a resync.
 */
import { io } from 'socket.io-client';
import { now } from './common.mjs';

/** @type {Map<string, { socket: import('socket.io-client').Socket, seq: number, got: number, snapshotAt: number, bytes: number }[]>} */
const sets = new Map();

function phone(url, auth, cookie) {
	const socket = io(url, { auth, extraHeaders: cookie ? { cookie } : {}, transports: ['websocket'], reconnection: false, forceNew: true });
	const p = { socket, seq: 0, got: 0, snapshotAt: 0, bytes: 0 };
	socket.on('snapshot', (s) => {
		p.seq = s.seq;
		p.snapshotAt = now();
	});
	socket.on('events', (events) => {
		p.got = now();
		if (!p.bytes) p.bytes = JSON.stringify(events).length;
		const first = events[0]?.seq;
		if (first === undefined) return;
		const last = events.at(-1);
		if (first === p.seq + 1) p.seq = last.data?.through ?? last.seq; // a blank may stand for several
		else if (first > p.seq + 1) socket.emit('resync', (s) => (p.seq = Math.max(p.seq, s.seq)));
	});
	return p;
}

/** Runs fn over items, `size` at a time; stops starting new ones after `deadline` (a time from now()). */
async function inBatches(items, size, fn, deadline = Infinity) {
	for (let i = 0; i < items.length && now() < deadline; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** Resolves on the event, or after 60 s (a phone the server dropped never gets one: counted later). */
function connected(p, event) {
	return new Promise((resolve) => {
		if (p.socket.connected && event !== 'snapshot') return resolve();
		const timer = setTimeout(resolve, 60_000);
		p.socket.once(event, () => (clearTimeout(timer), resolve()));
		p.socket.once('connect_error', () => (clearTimeout(timer), resolve()));
		p.socket.once('disconnect', () => (clearTimeout(timer), resolve()));
	});
}

async function waitFor(condition, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) return false;
		await new Promise((r) => setTimeout(r, 5));
	}
	return true;
}

const handlers = {
	/** Opens the phones 100 at a time; `kind: 'app'` waits for each snapshot, 'bare' for the connection. */
	async connect({ set, url, kind, meetingId, cookies, count, budgetMs = 180_000 }) {
		const started = now();
		const phones = [];
		const n = cookies ? cookies.length : count;
		let done = 0;
		await inBatches(Array.from({ length: n }, (_, i) => i), 100, async (i) => {
			if (++done % 500 === 0 && process.env.BENCH_VERBOSE) console.error(`[phones] ${set}: ${done}/${n} at ${Math.round(now() - started)} ms`);
			const p = kind === 'app' ? phone(url, { meetingId, role: 'delegate' }, cookies[i]) : phone(url, {}, null);
			phones.push(p);
			await connected(p, kind === 'app' ? 'snapshot' : 'connect');
		}, started + budgetMs);
		sets.set(set, phones);
		return { ms: now() - started, opened: phones.length, connected: phones.filter((p) => p.socket.connected).length };
	},

	/**
	 * One broadcast round: the trigger socket asks (a chair's command, or a bare 'go') and every
	 * phone's time to its first message after that is one latency.
	 */
	async fanout({ set, trigger }) {
		const phones = sets.get(set);
		for (const p of phones) p.got = 0;
		const t0 = now();
		let ack;
		if (trigger.kind === 'app') {
			const chair = (handlers.chair ??= await chairSocket(trigger));
			ack = chair.timeout(10_000).emitWithAck('command', { id: `fan-${t0}`.replace('.', '-'), type: 'agenda.setCurrent', payload: { itemId: trigger.itemId } });
		} else {
			const bare = (handlers.bare ??= await bareTrigger(trigger.url));
			bare.emit('go', trigger.bytes);
		}
		// Phones the server dropped (ping timeout while it was busy) cannot receive: counted apart.
		const live = phones.filter((p) => p.socket.connected);
		const complete = await waitFor(() => live.every((p) => p.got >= t0), 15_000);
		if (ack) {
			const answer = await ack;
			if (!answer.ok) throw new Error(`setCurrent refused: ${JSON.stringify(answer)}`);
		}
		return { complete, dropped: phones.length - live.length, latencies: live.filter((p) => p.got >= t0).map((p) => p.got - t0), bytes: live[0]?.bytes ?? 0 };
	},

	/** The router restarts: every phone drops and comes back at a random moment within `windowMs`. */
	async storm({ set, windowMs }) {
		const phones = sets.get(set);
		const t0 = now();
		for (const p of phones) p.snapshotAt = 0;
		await Promise.all(
			phones.map(
				(p) =>
					new Promise((resolve) =>
						setTimeout(() => {
							p.socket.disconnect();
							p.socket.connect();
							resolve();
						}, Math.random() * windowMs)
					)
			)
		);
		const complete = await waitFor(() => phones.every((p) => p.snapshotAt > t0), 30_000);
		const back = phones.filter((p) => p.snapshotAt > t0).map((p) => p.snapshotAt - t0);
		return { complete, allBackMs: Math.max(...back), back: back.length };
	},

	async seqs({ set }) {
		return { seqs: sets.get(set).map((p) => p.seq) };
	},

	/** Every phone checks itself in once, at most `inFlight` waiting for their ack at a time. */
	async checkin({ set, inFlight }) {
		const phones = sets.get(set);
		const latencies = [];
		const failures = [];
		let next = 0;
		const t0 = now();
		await Promise.all(
			Array.from({ length: inFlight }, async () => {
				while (next < phones.length) {
					const p = phones[next++];
					const sent = now();
					try {
						const ack = await p.socket.timeout(30_000).emitWithAck('command', { id: `self-${next}-${Math.random().toString(36).slice(2)}`, type: 'checkin.self', payload: {} });
						latencies.push(now() - sent);
						if (!ack.ok) failures.push(ack.error.code);
					} catch {
						failures.push(p.socket.connected ? 'no answer in 30 s' : 'phone dropped');
					}
				}
			})
		);
		return { totalMs: now() - t0, latencies, failures };
	},

	/**
	 * Several meetings at once (the province bench): each meeting's chair changes the current
	 * item at the same moment; each phone's time to its first message after that is one latency.
	 */
	async fanoutMany({ rounds }) {
		const t0 = now();
		const live = [];
		const acks = [];
		for (const { set, trigger } of rounds) {
			const phones = sets.get(set);
			for (const p of phones) p.got = 0;
			live.push(...phones.filter((p) => p.socket.connected));
			const chairs = (handlers.chairs ??= new Map());
			if (!chairs.has(trigger.meetingId)) chairs.set(trigger.meetingId, await chairSocket(trigger));
		}
		const start = now();
		for (const { trigger } of rounds.filter((r, i) => rounds.findIndex((o) => o.trigger.meetingId === r.trigger.meetingId) === i)) {
			const chair = handlers.chairs.get(trigger.meetingId);
			acks.push(chair.timeout(15_000).emitWithAck('command', { id: `fan-${trigger.meetingId}-${start}`.replace('.', '-'), type: 'agenda.setCurrent', payload: { itemId: trigger.itemId } }));
		}
		const complete = await waitFor(() => live.every((p) => p.got >= start), 20_000);
		for (const answer of await Promise.all(acks)) if (!answer.ok) throw new Error(`setCurrent refused: ${JSON.stringify(answer)}`);
		return { complete, setupMs: start - t0, latencies: live.filter((p) => p.got >= start).map((p) => p.got - start) };
	},

	async close({ set }) {
		for (const p of sets.get(set) ?? []) p.socket.close();
		sets.delete(set);
		return {};
	}
};

async function chairSocket({ url, meetingId, cookie }) {
	const socket = io(url, { auth: { meetingId, role: 'chair' }, extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
	await new Promise((resolve) => socket.once('snapshot', resolve));
	return socket;
}

async function bareTrigger(url) {
	const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { trigger: true } });
	await new Promise((resolve) => socket.once('connect', resolve));
	return socket;
}

process.on('message', async ({ id, op, args }) => {
	try {
		process.send({ id, result: await handlers[op](args) });
	} catch (error) {
		process.send({ id, error: String(error?.stack ?? error) });
	}
});
