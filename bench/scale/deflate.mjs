/**
 * Per-message deflate, measured: the bare server with it off and on (threshold 0), 2,000
 * phones, broadcasts of a phone-sized event and of a phone's snapshot size. Run by hand:
 *   node bench/scale/deflate.mjs
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ms, percentile, root, startProcess } from './common.mjs';

const PHONES = Number(process.env.BENCH_PHONES || 2000);
for (const deflate of [false, true]) {
	const bare = await startProcess(join(root, 'bench/scale/bare-server.mjs'), deflate ? { BARE_DEFLATE: '1' } : {});
	const phones = fork(join(root, 'bench/scale/phones.mjs'));
	let n = 0;
	const call = (op, args) =>
		new Promise((resolve, reject) => {
			const id = ++n;
			const on = (m) => m.id === id && (phones.off('message', on), m.error ? reject(new Error(m.error)) : resolve(m.result));
			phones.on('message', on);
			phones.send({ id, op, args });
		});
	await call('connect', { set: 'p', url: bare.url, kind: 'bare', count: PHONES });
	const rows = [];
	for (const bytes of [200, 2700]) {
		const lat = [];
		for (let r = 0; r < 8; r++) lat.push(...(await call('fanout', { set: 'p', trigger: { kind: 'bare', url: bare.url, bytes } })).latencies);
		rows.push(`${bytes} B: p50 ${ms(percentile(lat, 50))}, p99 ${ms(percentile(lat, 99))}`);
	}
	console.log(`deflate ${deflate ? 'on ' : 'off'}: RSS ${bare.rssMb().toFixed(0)} MB with ${PHONES} sockets; ${rows.join('; ')}`);
	phones.kill();
	await bare.stop();
}
process.exit(0);
