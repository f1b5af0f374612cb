import { onMount } from 'svelte';
import type { CommandAck, Snapshot } from '../domain/protocol';
import type { MeetingState } from '../domain/types';
import { MeetingClient } from './meeting.svelte';

/** What a screen reads: the server-rendered snapshot until the live client takes over. */
export interface LiveMeetingView {
	readonly state: MeetingState;
	readonly client: MeetingClient | null;
	send(type: string, payload?: unknown): Promise<CommandAck>;
	now(): number;
}

/**
 * Call from a screen's script. socket.io-client never runs during SSR: the client is made
 * on mount and closed on unmount.
 */
export function useMeeting(snapshot: () => Snapshot): LiveMeetingView {
	let client = $state<MeetingClient | null>(null);
	const offset = snapshot().serverTime - Date.now();
	onMount(() => {
		client = new MeetingClient(snapshot());
		return () => client?.close();
	});
	return {
		get state() {
			return client?.state ?? snapshot().state;
		},
		get client() {
			return client;
		},
		send: (type, payload) => (client ? client.send(type, payload) : new Promise(() => undefined)),
		now: () => client?.now() ?? Date.now() + offset
	};
}
