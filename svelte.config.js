import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The hall's laptop is reached by LAN IP, phones post forms from that origin.
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
