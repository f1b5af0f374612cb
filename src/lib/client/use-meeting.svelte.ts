import { onMount } from 'svelte';
import type { CommandType, EmptyCommand, PayloadOf } from '../domain/commands';
import type { CommandAck, Snapshot } from '../domain/protocol';
import type { MeetingState } from '../domain/types';
import { MeetingClient, type SendOptions } from './meeting.svelte';

/** Sends one command; a misspelt name or a wrong payload does not compile. */
export interface SendCommand {
	<T extends EmptyCommand>(type: T): Promise<CommandAck>;
	<T extends CommandType>(type: T, payload: PayloadOf<T>, options?: SendOptions): Promise<CommandAck>;
}

/** What a screen reads: the server-rendered snapshot until the live client takes over. */
export interface LiveMeetingView {
	readonly state: MeetingState;
	readonly client: MeetingClient | null;
	send: SendCommand;
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
		send: ((type: CommandType, payload: never, options?: SendOptions) => (client ? client.send(type, payload, options) : new Promise(() => undefined))) as SendCommand,
		now: () => client?.now() ?? Date.now() + offset
	};
}
