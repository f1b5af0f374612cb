/**
 * A real PostgreSQL for a test: `initdb` in a temp dir, `pg_ctl start` on a random loopback
 * port (no Unix socket), stopped and removed afterwards. PostgreSQL refuses to run as root
 * (CI runs as root): then the cluster belongs to the `postgres` user (Debian's package makes
 * it) or `nobody`, and every command runs through `runuser -u <user>`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
	url: string;
	port: number;
	dir: string;
	/** Stops the server (fast: `-m immediate`) and removes the data dir. */
	stop(): Promise<void>;
}

/** The newest Debian PostgreSQL's binaries, or PG_BIN; null when none is installed. */
export function postgresBin(): string | null {
	if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'pg_ctl'))) return process.env.PG_BIN;
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')) && existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresMissing(): string | null {
	return postgresBin() ? null : 'PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin; apt-get install postgresql, or set PG_BIN)';
}

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function runAsUser(): { user: string; uid: number; gid: number } | null {
	if (process.getuid?.() !== 0) return null;
	for (const user of ['postgres', 'nobody']) {
		const id = spawnSync('id', ['-u', user], { encoding: 'utf8' });
		const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
		if (id.status === 0) return { user, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
	}
	throw new Error('running as root and neither a postgres nor a nobody user exists');
}

function run(bin: string, args: string[], as: ReturnType<typeof runAsUser>) {
	const [file, argv] = as ? ['runuser', ['-u', as.user, '--', bin, ...args]] : [bin, args];
	return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
}

export async function startPostgres(): Promise<TestPostgres> {
	const bin = postgresBin();
	if (!bin) throw new Error(postgresMissing()!);
	const as = runAsUser();
	const dir = mkdtempSync(join(tmpdir(), 'doi-thoai-pg-'));
	if (as) chownSync(dir, as.uid, as.gid);
	chmodSync(dir, 0o700);
	const data = join(dir, 'data');
	const port = await freePort();
	run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], as);
	const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c synchronous_commit=on -c max_connections=200`;
	run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '30', 'start'], as);
	let stopped = false;
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		port,
		dir,
		async stop() {
			if (stopped) return;
			stopped = true;
			try {
				run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], as);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
