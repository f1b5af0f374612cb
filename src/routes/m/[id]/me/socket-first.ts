import type { SubmitFunction } from '@sveltejs/kit';

interface SocketFirst {
	/** The live client has started: the command goes over the socket, as on every other screen. */
	live: () => boolean;
	send: (form: FormData) => Promise<void>;
	busy: (on: boolean) => void;
	/** The plain post's answer came back (JavaScript running, socket not yet): ok or refused. */
	posted?: (ok: boolean) => void;
}

/**
 * `use:enhance` for a phone form. With the socket up it sends the command live; before it is
 * (JavaScript late on a crowded hall Wi-Fi) the plain form posts to its action, which sends
 * the same command down the same path. Without JavaScript the browser simply posts the form.
 */
export function socketFirst({ live, send, busy, posted }: SocketFirst): SubmitFunction {
	return ({ formData, cancel }) => {
		if (live()) {
			cancel();
			busy(true);
			void send(formData).finally(() => busy(false));
			return;
		}
		busy(true);
		return async ({ result, update }) => {
			await update({ reset: false });
			busy(false);
			posted?.(result.type === 'success');
		};
	};
}
