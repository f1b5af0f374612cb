// `npm run start:province`: the province server on one machine — WORKERS processes (default 2)
// of the same build, on PORT, PORT+1, …, sharing DATABASE_URL (PostgreSQL) and REDIS_URL.
// Put a load balancer with sticky sessions in front (docs/province.md); each process alone
// is also a complete server. Ctrl+C stops them all, each finishing its writes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild } from './ensure-build.js';

const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]);
if (missing.length) {
	console.error(`Thiếu / missing: ${missing.join(', ')}. Ví dụ / e.g.\n  DATABASE_URL=postgres://doithoai@127.0.0.1/doithoai REDIS_URL=redis://127.0.0.1:6379 ADMIN_TOKEN=… npm run start:province`);
	process.exit(1);
}
if (!process.env.ADMIN_TOKEN) console.warn('ADMIN_TOKEN chưa đặt: mỗi tiến trình sẽ có đường dẫn quản trị riêng / not set: each process would make its own admin link');
const workers = Math.max(1, Number(process.env.WORKERS || 2));
const base = Number(process.env.PORT || 3000);
const server = join(ensureBuild(), 'server.js');
const children = Array.from({ length: workers }, (_, i) =>
	spawn(process.execPath, [server], { stdio: 'inherit', env: { ...process.env, PORT: String(base + i) } })
);
let left = children.length;
for (const child of children) child.on('exit', () => --left === 0 && process.exit(0));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => children.forEach((c) => c.kill(signal)));
