import { existsSync } from 'node:fs';
import { defineConfig, type LaunchOptions } from '@playwright/test';
import {
	E2E_BASE_URL as BASE_URL,
	E2E_DATA_DIR,
	E2E_OUTBOX_DIR,
	E2E_PGLITE_DIR,
	E2E_PORT as PORT,
	E2E_SMTP_PORT as SMTP_SINK_PORT
} from './tests/e2e/helpers/server';

// The server under test must use its own embedded database and outbox, never a database or
// mail server the shell happens to point at. Playwright starts the web server with
// `{ ...process.env, ...webServer.env }`, so the only way to drop a variable is to delete it
// from this process.
delete process.env.DATABASE_URL;
delete process.env.SMTP_URL;
delete process.env.PUBLIC_URL;

// Debian's chromium (Playwright's own download is never used on these machines). When it is
// absent and no path is given, `undefined` lets Playwright fall back to a browser it manages.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const chromiumPath =
	process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

const launchOptions: LaunchOptions = {
	executablePath: chromiumPath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	]
};

const onCi = Boolean(process.env.CI);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: onCi ? 1 : 0,
	forbidOnly: onCi,
	timeout: 30_000,
	// Assertions wait up to 10 s: on a machine twice as slow (or running other work), a page
	// that answers in 3 s must not fail. A test that needs more in all says so (test.slow()).
	expect: { timeout: 10_000 },
	reporter: [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		locale: 'fr-FR',
		launchOptions,
		// The server reads the client address from this header (ADDRESS_HEADER below) and
		// refuses requests without it. Some forms are limited per address: every test replaces
		// it with an address of its own (fixtures.ts), so no test's attempts count against
		// another's.
		extraHTTPHeaders: { 'x-forwarded-for': '127.0.0.1' },
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			// Journeys tagged @phone are about a phone-sized screen: the mobile project runs them.
			grepInvert: /@phone/,
			use: { viewport: { width: 1280, height: 800 } }
		},
		{
			// A phone-sized viewport; no touch emulation, so the keyboard tests still run.
			// Tests tagged @http talk HTTP without a browser: one run (desktop) is enough.
			// Tests tagged @desktop are about a wide screen (a phone never gets what they test).
			name: 'mobile',
			grepInvert: /@http|@desktop/,
			use: {
				viewport: { width: 375, height: 740 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: false
			}
		}
	],
	webServer: [
		{
			// A real SMTP server on loopback: the portal's mail crosses SMTP as in production,
			// and lands as .eml files in the folder the tests read (helpers/outbox.ts).
			// Starts first: it clears the whole data folder of the last run (database and mail).
			command: `rm -rf ${E2E_DATA_DIR} && node tests/e2e/smtp-sink.mjs`,
			port: SMTP_SINK_PORT,
			reuseExistingServer: false,
			timeout: 30_000,
			stdout: 'ignore',
			stderr: 'pipe',
			env: { SMTP_SINK_PORT: String(SMTP_SINK_PORT), SMTP_SINK_DIR: E2E_OUTBOX_DIR }
		},
		{
			// A fresh embedded database each run, given the e2e coordinator accounts first (no
			// page creates a coordinator; helpers/coordinator-accounts.ts), then the demo and the
			// requests held 31 days ago that the follow-up test answers (server/seed-follow-ups.ts).
			command: `rm -rf ${E2E_PGLITE_DIR} && node_modules/.bin/tsx tests/e2e/server/seed-coordinators.ts && node_modules/.bin/tsx tests/e2e/server/seed-follow-ups.ts && node_modules/.bin/tsx tests/e2e/server/seed-observatory-markers.ts && node build`,
			url: `${BASE_URL}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			stdout: 'ignore',
			stderr: 'pipe',
			// Lets the server close PGlite cleanly instead of being killed mid-write.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
			env: {
				PORT: String(PORT),
				ORIGIN: BASE_URL,
				// As scripts/start.js: the body-limit handle keeps 512K except for the import upload.
				BODY_SIZE_LIMIT: '16M',
				PGLITE_DATA_DIR: E2E_PGLITE_DIR,
				SMTP_URL: `smtp://127.0.0.1:${SMTP_SINK_PORT}`,
				MAIL_SENDER_INTERVAL_MS: '300',
				ADDRESS_HEADER: 'x-forwarded-for',
				DEMO_SEED: 'auto',
				LOG_LEVEL: 'warn'
			}
		}
	]
});
