import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * The README's two commands (`npm install && npm start`, `npm install && npm test`) on a
 * supported Node: nothing alarming in what they print. `npm install` runs `svelte-kit sync`,
 * which loads vite.config.ts the way every `vite build`/`vite dev` does; `npm start` builds
 * with both configs. Each step is bounded (a dry run against the lock file).
 */
const ALARMING = /warn|\(!\)|EBADENGINE|deprecated|error/i;
const root = join(import.meta.dirname, '..', '..');

function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...env } });
	expect(result.status, `${command} ${args.join(' ')}\n${result.stderr}`).toBe(0);
	return `${result.stdout}\n${result.stderr}`;
}

describe('the start-up console', () => {
	it('[L4] `npm install` prints no warning: no package refuses this Node, no Vite config-loader notice', () => {
		const out = run('npm', ['install', '--dry-run', '--offline', '--no-audit', '--no-fund']);
		expect(out.split('\n').filter((line) => ALARMING.test(line))).toEqual([]);
	}, 100_000);

	it('[L4] both Vite configs load without a warning (every build, `vite dev` and test run loads them)', async () => {
		const warnings: string[] = [];
		const logger = createLogger('info');
		logger.warn = (message) => void warnings.push(message);
		logger.warnOnce = (message) => void warnings.push(message);
		for (const file of ['vite.config.ts', 'vite.server.config.ts']) {
			const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, file), root, 'info', logger);
			expect(loaded?.path).toBe(join(root, file));
		}
		expect(warnings).toEqual([]);
	}, 60_000);
});
