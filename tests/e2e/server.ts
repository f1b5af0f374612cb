/** Runs the production build as a child process so a test can kill -9 it and start it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as import('node:net').AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

export class ServerProcess {
	readonly dataDir = mkdtempSync(join(tmpdir(), 'doi-thoai-e2e-'));
	port = 0;
	#child: ChildProcess | null = null;
	output = '';

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(): Promise<void> {
		this.port ||= await freePort();
		const child = spawn(process.execPath, [`${process.env.BUILD_DIR || 'build'}/server.js`], {
			env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, ADMIN_TOKEN, PUBLIC_URL: `http://127.0.0.1:${this.port}` },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		this.#child = child;
		child.stdout!.on('data', (d) => (this.output += d));
		child.stderr!.on('data', (d) => (this.output += d));
		const deadline = Date.now() + 15_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`server exited: ${this.output}`);
			try {
				if ((await fetch(this.url)).ok) return;
			} catch {
				/* not listening yet */
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`server did not start: ${this.output}`);
	}

	/** SIGKILL is the power cut / crash case; SIGTERM the graceful Ctrl-C. */
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
}
