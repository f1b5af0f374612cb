import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
// Relative import on purpose: vite.config.ts cannot resolve $lib.
import { compression } from './src/lib/server/compress';
import { attachRealtime } from './src/lib/server/realtime';

/** Dev and preview attach the same realtime layer as the production server. */
function realtime(): Plugin {
	return {
		name: 'doi-thoai-realtime',
		configureServer(server) {
			if (!server.httpServer) return; // vitest runs Vite without an HTTP server
			attachRealtime(server.httpServer as import('node:http').Server);
		},
		configurePreviewServer(server) {
			// Pages and JSON compressed as by the production server (src/server/main.ts).
			server.middlewares.use(compression);
			attachRealtime(server.httpServer as import('node:http').Server);
		}
	};
}

/**
 * Svelte's own floor (svelte.dev "Browser support"): old phones and in-app WebViews in the
 * hall. esbuild lowers newer syntax to it and fails the build on what it cannot lower
 * (top-level await, new regex flags…). Samsung Internet 14 is Chromium 87: covered by chrome87.
 */
export const BROWSER_FLOOR = ['chrome87', 'edge87', 'safari14', 'firefox83'];

export default defineConfig({
	plugins: [sveltekit(), realtime()],
	// The browser's code only: the server bundle runs on Node and keeps its own target.
	environments: {
		client: {
			build: {
				target: BROWSER_FLOOR,
				rolldownOptions: {
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
		include: ['src/**/*.test.ts', 'tests/server/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 20_000
	}
});
