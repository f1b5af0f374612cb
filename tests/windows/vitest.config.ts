import { defineConfig } from 'vitest/config';

// `npm run test:windows`: the production build under Wine (tests/windows/README.md). Not part
// of `npm test`; .ci/run calls it after `npm test`, when the build exists.
export default defineConfig({
	test: {
		include: ['tests/windows/**/*.test.ts'],
		environment: 'node',
		testTimeout: 240_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});
