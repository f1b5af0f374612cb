import { defineConfig } from '@playwright/test';

// The e2e tests start `node build/server.js` themselves (tests/e2e/server.ts) so that a
// test can kill and restart it. `npm test` builds first.
export default defineConfig({
	testDir: 'tests/e2e',
	// Generous: the CI machine is shared (2 cores) and the stories open up to five browsers (check-in: 47 s alone under load).
	timeout: 120_000,
	expect: { timeout: 5_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	outputDir: 'test-results',
	use: {
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
		},
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	}
});
