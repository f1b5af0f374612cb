/** Made at build time by vite.config.ts from the phone screens' code (src/lib/i18n/screen-keys.ts). */
declare module 'virtual:screen-keys' {
	export const screens: Record<string, { words: string[]; prefixes: string[] }>;
}
