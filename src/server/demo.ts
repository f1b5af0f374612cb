/**
 * Built to build/demo.js for `npm run demo` (scripts/demo.js), which cannot import .ts.
 * No side effects on import: the script decides whether a running server gets the document
 * over HTTP or, when none answers, the meeting is created here in DATA_DIR.
 */
import { App } from '../lib/server/app';
import { configFromEnv } from '../lib/server/config';
import { createDemoMeeting, DEMO_COMMAND_ID, demoCommandId, demoPlanDocument } from '../lib/server/demo';

export { DEMO_COMMAND_ID, demoCommandId, demoPlanDocument };

/** Creates the demo meeting in DATA_DIR through `App.execute`, the one command path. */
export async function createDemoOffline(): Promise<{ meetingId: string; dataDir: string; duplicate: boolean }> {
	const app = await new App(configFromEnv()).init();
	try {
		const ack = await createDemoMeeting(app);
		if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
		return { meetingId: ack.meetingId!, dataDir: app.config.dataDir, duplicate: ack.duplicate === true };
	} finally {
		await app.close();
	}
}
