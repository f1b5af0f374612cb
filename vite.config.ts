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

export default defineConfig({
	plugins: [sveltekit(), realtime()],
	server: { host: true },
	test: {
		include: ['src/**/*.test.ts', 'tests/server/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 20_000
	}
});
