import { defineConfig } from 'vitest/config';

/**
 * Fault tests (tests/faults): each starts its own PostgreSQL cluster and `node build`
 * processes, so they run after the build, one file at a time (two slow cores are enough to
 * disturb timings), and apart from `npm run test:unit`.
 */
export default defineConfig({
	test: {
		environment: 'node',
		include: ['tests/faults/**/*.test.ts'],
		fileParallelism: false,
		expect: { requireAssertions: true },
		testTimeout: 150_000,
		hookTimeout: 90_000
	}
});
