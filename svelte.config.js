import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let parallel work trees build side by side; defaults are normal.
		adapter: adapter({ out: process.env.BUILD_DIR || 'build' }),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit'
		// CSRF: SvelteKit's default origin check stays on. Phones and laptops post forms from
		// the origin they loaded the page from (the laptop's LAN address), which passes it;
		// tests/e2e/csrf.spec.ts proves both sides.
	}
};

export default config;
