import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
	test as base,
	expect,
	type APIRequestContext,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { signInWith, type SignInAccount } from './helpers/sign-in';
import { uniqueClientAddress } from './helpers/client-address';

export { expect } from '@playwright/test';
export * from './helpers/accounts';
export * from './helpers/coordinator-accounts';
export { expectNoA11yViolations } from './helpers/a11y';
export { expectNoHorizontalScroll } from './helpers/layout';
export { uniqueClientAddress, useOwnClientAddress } from './helpers/client-address';
export * from './helpers/sign-in';

/** Storage-state files of the accounts this worker has signed in, made on first use. */
interface SignedInStates {
	pathFor(account: SignInAccount): Promise<string>;
}

interface TestFixtures {
	/**
	 * Option: `test.use({ signedInAs: demoAccount('admin', 'vilaine-ouest') })` (or
	 * `signedInAs: e2eCoordinator`) gives the tests a `page` already signed in as that account. Never sign out with it: the session
	 * is shared by the worker's other tests; sign in afresh with `signInAs` instead.
	 */
	signedInAs: SignInAccount | null;
	/** A page of its own context, signed in as `account`, for tests that need two people. */
	pageAs(account: SignInAccount): Promise<Page>;
	/**
	 * An HTTP client (no browser) signed in as `account` through the sign-in form's POST,
	 * from an address of its own: for @http tests of what a role may open or post.
	 */
	requestAs(account: SignInAccount): Promise<APIRequestContext>;
}

interface WorkerFixtures {
	signedInStates: SignedInStates;
}

/**
 * Collects what the browser refused under the Content-Security-Policy. Every page of every
 * test is watched, so a script or style the policy blocks (and the page silently losing its
 * enhancement) fails the test that met it.
 */
function watchPolicyViolations(page: Page, violations: string[]): void {
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
			violations.push(message.text());
	});
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	signedInAs: [null, { option: true }],

	// Every test comes from a client address of its own (its page, its other contexts, its
	// `request`): the per-address limits (failed sign-ins, 20 new request forms an hour) never
	// let one test block another, and a retry starts afresh. A test may still change it.
	extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
		await use({ ...extraHTTPHeaders, 'x-forwarded-for': uniqueClientAddress() });
	},

	page: async ({ page }, use) => {
		const violations: string[] = [];
		watchPolicyViolations(page, violations);
		await use(page);
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
	},

	// The server keeps its data in an embedded PGlite that only its own process can open, so
	// the tests cannot insert a session: each worker signs in through the form once per
	// account and reuses the cookie.
	signedInStates: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, extraHTTPHeaders } = workerInfo.project.use;
			const folder = path.join(workerInfo.project.outputDir, '.auth');
			await mkdir(folder, { recursive: true });
			const states = new Map<string, Promise<string>>();
			const signIn = async (account: SignInAccount): Promise<string> => {
				const file = path.join(
					folder,
					`${workerInfo.project.name}-${workerInfo.workerIndex}-${account.email}.json`
				);
				// Inside a test, new contexts start from the test's options: say what this one
				// needs, or it would inherit another account's cookies or JavaScript being off.
				const context = await browser.newContext({
					baseURL,
					extraHTTPHeaders,
					javaScriptEnabled: true,
					storageState: { cookies: [], origins: [] }
				});
				try {
					await signInWith(await context.newPage(), account);
					await context.storageState({ path: file });
				} finally {
					await context.close();
				}
				return file;
			};
			await use({
				pathFor(account) {
					let state = states.get(account.email);
					if (!state) {
						state = signIn(account);
						states.set(account.email, state);
					}
					return state;
				}
			});
		},
		{ scope: 'worker' }
	],

	storageState: async ({ signedInAs, signedInStates, storageState }, use) => {
		await use(signedInAs ? await signedInStates.pathFor(signedInAs) : storageState);
	},

	pageAs: async ({ browser, signedInStates }, use) => {
		const opened: BrowserContext[] = [];
		const violations: string[] = [];
		await use(async (account) => {
			// Viewport, headers, JavaScript and the rest come from the test's options, which
			// Playwright applies to every context a test creates.
			const context = await browser.newContext({
				storageState: await signedInStates.pathFor(account)
			});
			opened.push(context);
			const page = await context.newPage();
			watchPolicyViolations(page, violations);
			return page;
		});
		await Promise.all(opened.map((context) => context.close()));
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
	},

	requestAs: async ({ playwright }, use, testInfo) => {
		const opened: APIRequestContext[] = [];
		const { baseURL } = testInfo.project.use;
		await use(async (account) => {
			const client = await playwright.request.newContext({
				baseURL,
				extraHTTPHeaders: { 'x-forwarded-for': uniqueClientAddress() }
			});
			opened.push(client);
			const response = await client.post('/connexion', {
				headers: { origin: new URL(baseURL ?? '').origin, accept: 'text/html' },
				form: { email: account.email, password: account.password },
				maxRedirects: 0
			});
			expect(response.status(), `${account.email} signs in`).toBe(303);
			expect(response.headers()['location'], `${account.email} lands home`).toBe(account.home);
			return client;
		});
		await Promise.all(opened.map((client) => client.dispose()));
	}
});
