import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		// tests/postgres holds what only a real PostgreSQL server can show (several
		// connections racing); .ci/run runs it with TEST_DATABASE_URL set.
		include: [
			'src/**/*.spec.ts',
			// The benchmark's pure parts (figures, verdicts, table, manifest); the load itself is
			// `npm run bench`, not a test.
			'tests/bench/**/*.spec.ts',
			'tests/integration/**/*.test.ts',
			...(process.env.TEST_DATABASE_URL ? ['tests/postgres/**/*.test.ts'] : [])
		],
		globalSetup: ['tests/integration/global-setup.ts'],
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
