import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The several-instances test (tests/scale): two `node build` processes on one PostgreSQL
 * cluster of its own, raced over HTTP. It runs after the build, one file at a time, and apart
 * from `npm run test:unit` (`npm run build && npm run test:scale`).
 */
export default defineConfig({
	// Without the SvelteKit plugin (nothing here is a page), the domain modules the test uses to
	// prepare its data still resolve their `$lib/…` imports.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		environment: 'node',
		include: ['tests/scale/**/*.test.ts'],
		fileParallelism: false,
		expect: { requireAssertions: true },
		// Minutes, not seconds: about 7,000 form posts and 1,050 mails on two cores, which other
		// work may share (the test counts harm, never time: a slow run is not a failure).
		testTimeout: 900_000,
		hookTimeout: 300_000
	}
});
