/**
 * Both meeting documents for a meeting with 300 opinions (every outcome, assignments,
 * answers): builders + .docx rendering, as one download of each costs. Target: median
 * ≤ 300 ms on the project machine (issue 11). vitest's table has no median column, so the
 * file also prints one from its own 15 timed runs.
 */
import { bench, describe } from 'vitest';
import { buildBienBan } from '../src/lib/domain/documents/bien-ban';
import { largeMeeting } from '../src/lib/domain/documents/fixtures';
import { buildThongBaoKetLuan } from '../src/lib/domain/documents/thong-bao-ket-luan';
import { renderDocx } from '../src/lib/server/documents/docx';

const meeting = largeMeeting(300);
async function both(): Promise<void> {
	await Promise.all([renderDocx(buildBienBan(meeting)), renderDocx(buildThongBaoKetLuan(meeting))]);
}

const times: number[] = [];
for (let i = 0; i < 3; i++) await both();
for (let i = 0; i < 15; i++) {
	const start = performance.now();
	await both();
	times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`documents, 300 opinions: median ${times[7].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[14].toFixed(0)}) for both .docx`);

describe('documents, 300 opinions', () => {
	bench('biên bản + thông báo kết luận: models and .docx', both, { iterations: 15, warmupIterations: 3 });
	bench('models only (what the live preview rebuilds)', () => {
		buildBienBan(meeting);
		buildThongBaoKetLuan(meeting);
	}, { iterations: 50 });
});
