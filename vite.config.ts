import { sveltekit } from '@sveltejs/kit/vite';
import type { Server as HttpServer } from 'node:http';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
// Relative imports with their extension: vite.config.ts cannot resolve $lib, and what the config
// itself imports must load as plain ES modules would (Vite's coming native config loader).
import { compression } from './src/lib/server/compress.ts';
import { PHONE_SCREENS, screenKeys } from './src/lib/i18n/screen-keys.ts';

type RealtimeModule = typeof import('./src/lib/server/realtime.ts');

/**
 * The realtime layer (socket.io + the whole domain) is loaded when a dev or preview server
 * starts, through Vite's module runner, not imported by this file: every `vite`/`vitest`
 * start would otherwise bundle the app's ~200 extensionless imports into the config and print
 * a screenful of `configLoader: 'native'` warnings (and the tests never need it).
 */
async function loadRealtime(): Promise<{ attach: RealtimeModule['attachRealtime']; files: string[] }> {
	const { module, dependencies } = await runnerImport<RealtimeModule>('/src/lib/server/realtime.ts');
	return { attach: module.attachRealtime, files: dependencies };
}

/** Dev and preview attach the same realtime layer as the production server. */
function realtime(): Plugin {
	return {
		name: 'doi-thoai-realtime',
		async configureServer(server) {
			if (!server.httpServer) return; // vitest runs Vite without an HTTP server
			const { attach, files } = await loadRealtime();
			attach(server.httpServer as HttpServer);
			// An edit to the realtime layer restarts the dev server (attachRealtime closes the previous one).
			server.watcher.add(files);
			server.watcher.on('change', (file) => {
				if (files.includes(file)) void server.restart();
			});
		},
		async configurePreviewServer(server) {
			// Pages and JSON compressed as by the production server (src/server/main.ts).
			server.middlewares.use(compression);
			(await loadRealtime()).attach(server.httpServer as HttpServer);
		}
	};
}

/**
 * `virtual:screen-keys`: the message keys each phone screen's code names (i18n/screen-keys.ts),
 * so that its pages are sent only those texts. The build also fails if a phone screen's
 * JavaScript reaches the whole catalog: it would cost every phone ~15 KB before it works.
 */
function screenKeysModule(): Plugin {
	const id = 'virtual:screen-keys';
	let root = process.cwd();
	return {
		name: 'doi-thoai-screen-keys',
		configResolved(config) {
			root = config.root;
		},
		resolveId: (source) => (source === id ? `\0${id}` : null),
		load(loaded) {
			if (loaded !== `\0${id}`) return null;
			const screens = Object.fromEntries(
				PHONE_SCREENS.map((route) => {
					const { words, prefixes, files } = screenKeys(root, route);
					files.forEach((file) => this.addWatchFile(file));
					return [route, { words, prefixes }];
				})
			);
			return `export const screens = ${JSON.stringify(screens)};`;
		},
		generateBundle(_options, bundle) {
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			if (!chunks.some((c) => c.fileName.startsWith('_app/immutable/'))) return; // the server's bundle
			const byFile = new Map(chunks.map((c) => [c.fileName, c]));
			for (const route of PHONE_SCREENS) {
				const reached = new Set<string>();
				const walk = (file: string) => {
					if (reached.has(file)) return;
					reached.add(file);
					byFile.get(file)?.imports.forEach(walk);
				};
				for (const module of [`/src/routes${route}/+page.svelte`, '/src/routes/+layout.svelte', '/src/routes/+layout.ts'])
					for (const c of chunks) if (c.moduleIds.some((m) => m.endsWith(module))) walk(c.fileName);
				const catalog = [...reached].find((file) => byFile.get(file)?.moduleIds.some((m) => m.endsWith('/src/lib/i18n/catalog.ts')));
				if (catalog) this.error(`The phone screen ${route} loads the whole message catalog (${catalog}): import what it needs without it (see src/lib/i18n/screen-keys.ts).`);
			}
		}
	};
}

/**
 * Svelte's own floor (svelte.dev "Browser support"): old phones and in-app WebViews in the
 * hall. esbuild lowers newer syntax to it and fails the build on what it cannot lower
 * (top-level await, new regex flags…). Samsung Internet 14 is Chromium 87: covered by chrome87.
 */
export const BROWSER_FLOOR = ['chrome87', 'edge87', 'safari14', 'firefox83'];

/**
 * The phone's shared code in two chunks (what both phone screens use, then the rest of the
 * delegate's page) instead of ~20 small ones: at 400 ms a round trip and ~300 bytes of headers
 * a file, the number of files is part of what an old phone waits for. Staff screens load them
 * too (they use most of it: the meeting client, the reducers, the i18n).
 */
const SMALL_HELPERS = /vite\/preload-helper|rolldown\/runtime|@sveltejs\/kit\/src\/runtime\/app\/(forms|state|navigation)/;

function phoneChunks() {
	const root = process.cwd();
	const libOf = (route: string) => new Set(screenKeys(root, route).files.filter((f) => f.startsWith(`${root}/src/lib/`) && !f.includes('/lib/server/')));
	const [me, join] = PHONE_SCREENS.map(libOf);
	const inBoth = new Set([...me].filter((f) => join.has(f)));
	const file = (id: string) => id.split('?')[0];
	return [
		// With them the small helpers every page loads anyway: Vite's for dynamic imports (+layout.ts),
		// the bundler's runtime, SvelteKit's forms (`use:enhance`) and page state.
		{ name: 'phone-common', priority: 2, test: (id: string) => inBoth.has(file(id)) || SMALL_HELPERS.test(id) },
		{ name: 'phone-me', priority: 1, test: (id: string) => me.has(file(id)) }
	];
}

export default defineConfig({
	plugins: [sveltekit(), realtime(), screenKeysModule()],
	// The browser's code only: the server bundle runs on Node and keeps its own target.
	environments: {
		client: {
			build: {
				target: BROWSER_FLOOR,
				rolldownOptions: {
					output: { codeSplitting: { groups: phoneChunks() } },
					// Syntax the floor cannot run and the bundler cannot lower is an error, not a warning.
					onwarn(warning, warn) {
						if (warning.code === 'TOLERATED_TRANSFORM') throw new Error(`Below the browser floor (${BROWSER_FLOOR.join(', ')}): ${warning.message}`);
						warn(warning);
					}
				}
			}
		}
	},
	server: { host: true },
	test: {
		include: ['src/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/province/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 20_000
	}
});
