import type { SendCommand } from '$lib/client/use-meeting.svelte';

/** How the chair's components send a command (typed like `meeting.send`); the page shows a refusal once, at the top. */
export type Act = SendCommand;
