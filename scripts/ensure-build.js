// Builds the app when the build is missing or older than the sources (`npm start`, `npm run demo`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not URL.pathname: on Windows that is "/C:/…" (and %-encoded for spaces or "Đ").
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Every entry the production build makes (vite.server.config.ts); a build missing one is stale. */
const ENTRIES = ['server.js', 'demo.js'];
const SOURCES = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts', 'vite.server.config.ts'];

/** @param {string} path @returns {number} */
function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** @returns {string} the build directory, up to date */
export function ensureBuild() {
	const buildDir = join(root, process.env.BUILD_DIR || 'build');
	const entries = ENTRIES.map((name) => join(buildDir, name));
	const newestSource = Math.max(...SOURCES.map((p) => join(root, p)).filter(existsSync).map(newestMtime));
	const stale = entries.some((entry) => !existsSync(entry) || newestSource > statSync(entry).mtimeMs);
	if (stale) {
		console.log('Đang biên dịch ứng dụng (lần đầu hơi lâu) / building the app…');
		const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
		if (result.status !== 0) process.exit(result.status ?? 1);
	}
	return buildDir;
}
