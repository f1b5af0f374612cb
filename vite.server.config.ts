import { defineConfig } from 'vite';

// Compiles the production entry (src/server/main.ts) to build/server.js next to the
// adapter's handler.js: Node 20 cannot import .ts, and $lib aliases do not exist there.
export default defineConfig({
	build: {
		ssr: 'src/server/main.ts',
		outDir: process.env.BUILD_DIR || 'build',
		emptyOutDir: false,
		target: 'node20',
		rollupOptions: {
			external: [/^\.\/handler\.js$/],
			output: { entryFileNames: 'server.js', format: 'es' }
		}
	}
});
