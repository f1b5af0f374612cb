import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/*
 * Which messages a screen shows, read from its code at build time (the Vite plugin
 * `screenKeys()` in vite.config.ts): the phone's pages are sent only these texts, in one
 * language (server/screen-texts.ts), instead of the whole catalog in both.
 * Node only (file system); never imported by the app itself.
 */

/** The phone's screens (SvelteKit route ids). Their texts come with the page. */
export const PHONE_SCREENS = ['/m/[id]/me', '/m/[id]/join'] as const;
export type PhoneScreen = (typeof PHONE_SCREENS)[number];

/** What a screen's code names: whole keys, and the prefixes of keys it builds (`error.${code}`). */
export interface ScreenKeys {
	words: string[];
	prefixes: string[];
	files: string[];
}

/** Every page also renders the root layout and, when its load fails, the error page. */
const SHARED_ROOTS = ['src/routes/+layout.svelte', 'src/routes/+error.svelte'];

const IMPORT = /\b(?:import|export)\s+(?!type\b)(?:[^'"`;]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** Anything shaped like a key (`me.speak.closed`); the catalog decides which ones are keys. */
const WORD = /\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+\b/g;
/** A key built at run time: `` `minutes.outcome.${kind}` `` or `'status.' + status`. */
const PREFIX = /([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*\.)(?:\$\{|['"]\s*\+)/g;

const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.svelte.ts', '/index.ts'];

function resolveImport(root: string, from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(root, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null; // packages and $app: no texts of ours
	for (const ext of EXTENSIONS) {
		const file = base + ext;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/** Server code runs on the server: its own words count (a form action's message), not its imports. */
const isServerCode = (file: string) => /\.server\.ts$|\/lib\/server\//.test(file);
/** The catalog itself names every key: a screen reaching it would be sent all of them (and load it: see vite.config.ts). */
const isCatalog = (file: string) => /\/lib\/i18n\/(catalog\.ts|messages\/)/.test(file);

/** Walks a screen's code from its page files through what they import, collecting what looks like keys. */
export function screenKeys(root: string, routeId: string): ScreenKeys {
	const dir = join(root, 'src/routes', routeId);
	const roots = [...SHARED_ROOTS.map((f) => join(root, f)), join(dir, '+page.svelte'), join(dir, '+page.server.ts'), join(dir, '+page.ts')];
	const seen = new Set<string>();
	const words = new Set<string>();
	const prefixes = new Set<string>();
	const queue = roots.filter((f) => existsSync(f));
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || isCatalog(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const [word] of code.matchAll(WORD)) words.add(word);
		for (const [, prefix] of code.matchAll(PREFIX)) prefixes.add(prefix);
		if (isServerCode(file)) continue;
		for (const [, spec, dynamic] of code.matchAll(IMPORT)) {
			const next = resolveImport(root, file, spec ?? dynamic);
			if (next && !seen.has(next)) queue.push(next);
		}
	}
	return { words: [...words].sort(), prefixes: [...prefixes].sort(), files: [...seen].sort() };
}
