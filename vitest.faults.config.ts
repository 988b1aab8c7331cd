import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Fault tests (tests/faults): each starts its own PostgreSQL cluster and `node build`
 * processes, so they run after the build, one file at a time (two slow cores are enough to
 * disturb timings), and apart from `npm run test:unit`.
 */
export default defineConfig({
	// Without the SvelteKit plugin (nothing here is a page), the domain modules the tests import
	// still resolve their `$lib/…` imports.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		environment: 'node',
		include: ['tests/faults/**/*.test.ts'],
		fileParallelism: false,
		expect: { requireAssertions: true },
		testTimeout: 150_000,
		hookTimeout: 90_000
	}
});
