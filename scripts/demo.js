// `npm run demo`: creates the demo meeting (seed plan 000, ward Bạch Đằng), dated today and starting within the hour.
// A running server keeps its meetings in memory, so when one answers on PORT the demo goes
// through its API; writing the data files behind its back would be lost or clash. Only when
// no server answers is the meeting created here, in DATA_DIR, through the same command path.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild } from './ensure-build.js';

const port = Number(process.env.PORT || 3000);
const base = `http://127.0.0.1:${port}`;
const dataDir = resolve(process.env.DATA_DIR || 'data');

function adminToken() {
	if (process.env.ADMIN_TOKEN) return process.env.ADMIN_TOKEN;
	const file = join(dataDir, 'admin-token');
	return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

/** @param {string} token @returns {Promise<Response | null>} null when nothing listens on the port */
async function probe(token) {
	try {
		return await fetch(`${base}/api/meetings`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
	} catch (error) {
		// A server that is there but slow must not get the demo written behind its back.
		if (error instanceof Error && error.name === 'TimeoutError') {
			console.error(`Máy chủ trên cổng ${port} không trả lời: thử lại sau. / The server on port ${port} does not answer: try again later.`);
			process.exit(1);
		}
		return null; // nothing listens (ECONNREFUSED)
	}
}

const token = adminToken();
const running = await probe(token);

if (running?.ok) {
	// Our server is up. Its build has demo.js unless it predates it; never rebuild under it.
	const demoEntry = join(resolve(process.env.BUILD_DIR || 'build'), 'demo.js');
	if (!existsSync(demoEntry)) {
		console.error('Máy chủ đang chạy bằng bản biên dịch cũ: dừng máy chủ, chạy lại "npm run demo". / The running server is an old build: stop it and run "npm run demo" again.');
		process.exit(1);
	}
	const { demoPlanDocument, demoCommandId } = await import(pathToFileURL(demoEntry).href);
	const doc = demoPlanDocument();
	const response = await fetch(`${base}/api/meetings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': demoCommandId(doc) },
		body: JSON.stringify(doc)
	});
	const body = await response.json();
	if (!response.ok) {
		console.error(`Không tạo được hội nghị mẫu / could not create the demo (${response.status}):`, JSON.stringify(body, null, 2));
		process.exit(1);
	}
	const made = response.status === 201 ? 'Đã tạo hội nghị mẫu / demo meeting created' : 'Hội nghị mẫu đã có / the demo meeting already exists';
	console.log(`${made}: ${body.url}`);
} else if (running && running.status === 401) {
	console.error(`Máy chủ trên cổng ${port} không nhận mã quản trị: đặt ADMIN_TOKEN hoặc DATA_DIR như khi chạy máy chủ. / The server on port ${port} refused the admin token: set ADMIN_TOKEN or DATA_DIR as for the server.`);
	process.exit(1);
} else {
	const { createDemoOffline } = await import(pathToFileURL(join(ensureBuild(), 'demo.js')).href);
	const { meetingId, duplicate } = await createDemoOffline();
	const made = duplicate ? 'Hội nghị mẫu đã có / the demo meeting already exists' : 'Đã tạo hội nghị mẫu / demo meeting created';
	console.log(`${made}: /m/${meetingId} (${dataDir})`);
	console.log('Chạy "npm start" rồi mở đường dẫn quản trị được in ra. / Run "npm start" and open the admin link it prints.');
}
