import type { TextTarget } from '$lib/domain/minutes/text-targets';

/** What a shared text box needs from the screen's session (the secretary's). */
export interface TextSession {
	local(target: TextTarget): { text: string; nextBase: number; pending: number };
	saveText(target: TextTarget, text: string): void;
	conflictOf(target: TextTarget): { mine: string; refusalIds: string[] } | null;
	resolve(target: TextTarget, text: string, refusalIds: string[]): void;
	serverTextOf(target: TextTarget): string;
	editing(target: string | null): void;
	editorsOf(prefix: string): string[];
}
