import { defineConfig } from 'vitest/config';

// `npm run test:province`: two processes of the production build with a real PostgreSQL and
// Redis. Not part of `npm test` (it needs the build); .ci/run calls it after `npm test`.
export default defineConfig({
	test: {
		include: ['tests/province/cluster/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 90_000,
		fileParallelism: false
	}
});
