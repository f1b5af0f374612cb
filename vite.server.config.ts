import { defineConfig } from 'vite';

// Compiles the production entries next to the adapter's handler.js: Node 20 cannot import
// .ts, and $lib aliases do not exist there.
//   src/server/main.ts → server.js (the server: `npm start`)
//   src/server/demo.ts → demo.js   (the demo meeting, used by `npm run demo`)
export default defineConfig({
	build: {
		ssr: true,
		outDir: process.env.BUILD_DIR || 'build',
		emptyOutDir: false,
		target: 'node20',
		rollupOptions: {
			input: { server: 'src/server/main.ts', demo: 'src/server/demo.ts' },
			external: [/^\.\/handler\.js$/],
			// Code both entries share goes into its own folder, away from the adapter's files.
			output: { entryFileNames: '[name].js', chunkFileNames: 'entries/[name]-[hash].js', format: 'es' }
		}
	}
});
