/** Province server processes: the production build (`build/server.js`) with DATABASE_URL and REDIS_URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './pg';

export const ADMIN_TOKEN = 'province-admin-token-0123456789';
export const BUILD = join(process.env.BUILD_DIR || 'build', 'server.js');

export function buildMissing(): string | null {
	return existsSync(BUILD) ? null : `${BUILD} not found (run "npm run build" first)`;
}

export class AppProcess {
	readonly dataDir = mkdtempSync(join(tmpdir(), 'doi-thoai-province-'));
	port = 0;
	output = '';
	#child: ChildProcess | null = null;

	constructor(
		readonly name: string,
		private env: Record<string, string>
	) {}

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	get pid() {
		return this.#child?.pid;
	}

	async start(): Promise<void> {
		this.port ||= await freePort();
		const child = spawn(process.execPath, [BUILD], {
			env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, ADMIN_TOKEN, PUBLIC_URL: this.url },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		this.#child = child;
		child.stdout!.on('data', (d) => (this.output += d));
		child.stderr!.on('data', (d) => (this.output += d));
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`${this.name} exited: ${this.output}`);
			try {
				if ((await fetch(`${this.url}/api/meetings`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).ok) return;
			} catch {
				/* not listening yet */
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`${this.name} did not start: ${this.output}`);
	}

	async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
		const child = this.#child;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		child.kill(signal);
		await exited;
		this.#child = null;
	}

	async dispose(): Promise<void> {
		await this.stop('SIGKILL');
		rmSync(this.dataDir, { recursive: true, force: true });
	}

	api(method: string, path: string, body?: unknown) {
		return fetch(`${this.url}${path}`, {
			method,
			headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		}).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
	}
}
