import { getContext, setContext } from 'svelte';
import type { Draft } from './draft.svelte';

/** One part of a screen that the admin edits and saves on its own (a plan section). */
export interface EditedPart {
	title: string;
	draft: Draft<unknown>;
	save: () => unknown;
}

const KEY = Symbol('unsaved-changes');

/**
 * The parts of a screen with changes not yet saved. The screen's layout asks before a
 * navigation would drop them and lists them with "save all"; each part registers itself.
 */
export class UnsavedChanges {
	#parts = $state.raw<EditedPart[]>([]);

	get dirty(): EditedPart[] {
		return this.#parts.filter((part) => part.draft.dirty);
	}

	/** Registers a part for as long as it is on screen (call from onMount); returns the unregister function. */
	add(part: EditedPart): () => void {
		this.#parts = [...this.#parts, part];
		return () => (this.#parts = this.#parts.filter((p) => p !== part));
	}

	/** Each part sends its own command, in screen order; a refused one stays dirty with its error. */
	saveAll(): void {
		for (const part of this.dirty) if (!part.draft.busy) part.save();
	}
}

export function provideUnsavedChanges(): UnsavedChanges {
	return setContext(KEY, new UnsavedChanges());
}

/** Null outside a screen that tracks unsaved changes. */
export function useUnsavedChanges(): UnsavedChanges | null {
	return getContext<UnsavedChanges | undefined>(KEY) ?? null;
}
