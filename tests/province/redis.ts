/** A real Redis for a test: `redis-server` on a random loopback port, nothing saved to disk. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './pg';

export function redisMissing(): string | null {
	return spawnSync('redis-server', ['--version']).status === 0 ? null : 'redis-server not found (apt-get install redis-server)';
}

export interface TestRedis {
	url: string;
	port: number;
	/** Kills it (SIGKILL: the stream and everything in it is gone) and starts a fresh one on the same port. */
	restart(): Promise<void>;
	kill(): Promise<void>;
	start(): Promise<void>;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'doi-thoai-redis-'));
	let child: ChildProcess | null = null;
	const start = async () => {
		const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
		child = proc;
		let output = '';
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000);
			proc.stdout!.on('data', (d) => {
				output += d;
				if (output.includes('Ready to accept connections')) {
					clearTimeout(timer);
					resolve();
				}
			});
			proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
		});
	};
	const kill = async () => {
		const proc = child;
		child = null;
		if (!proc || proc.exitCode !== null) return;
		const exited = new Promise((r) => proc.once('exit', r));
		proc.kill('SIGKILL');
		await exited;
	};
	await start();
	return {
		url: `redis://127.0.0.1:${port}`,
		port,
		start,
		kill,
		async restart() {
			await kill();
			await start();
		},
		async stop() {
			await kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
