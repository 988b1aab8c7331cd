import type { APIRequestContext } from '@playwright/test';
import {
	SIGN_IN_PATH,
	e2eCoordinator,
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectPath,
	signOutButton,
	spareCoordinator,
	submitSignIn,
	test,
	type StaffRole
} from './fixtures';
import { randomUUID } from 'node:crypto';
import { actionUrl, actionsOfRoute, pagesOfGroup, pathOfRoute } from './helpers/route-actions';
import { E2E_BASE_URL } from './helpers/server';

/**
 * The coordinator's pages: only a coordinator opens them or posts their forms. Every action
 * each page's `+page.server.ts` exports is posted to as well (read from the source, so an
 * action added later is covered).
 */
const COORDINATOR_PAGES = [
	'/territoire',
	'/territoire/relais/nouveau',
	'/territoire/communes',
	'/territoire/elus',
	'/territoire/annuaire'
] as const;

/**
 * The relays' pages (the families' files, the team, the agenda…): the coordinator works the
 * territory, not the families' files, and gets 403 on every one of them. Read from the route
 * folders, so that a page added later is covered. The observatory is not among them: its
 * anonymised counts are the coordinator's too, for the whole deployment.
 */
const REFUSED_GROUPS = ['(staff)'] as const;

const OTHER_ROLES: readonly StaffRole[] = ['admin', 'animator', 'official'];

const coordinatorRoute = (pagePath: string) => `(coordinator)${pagePath}`;

/** A form posted the way a browser without JavaScript does. */
const formHeaders = { origin: E2E_BASE_URL, accept: 'text/html' };
const someField = { essai: 'oui' };

/** Every GET and POST of these pages, as [label, request] pairs. */
function everyRequest(pages: readonly { path: string; route: string }[]) {
	return pages.flatMap(({ path, route }) => [
		{
			label: `GET ${path}`,
			send: (client: APIRequestContext) =>
				client.get(path, { headers: formHeaders, maxRedirects: 0 })
		},
		...actionsOfRoute(route).map((action) => {
			const url = actionUrl(path, action);
			return {
				label: `POST ${url}`,
				send: (client: APIRequestContext) =>
					client.post(url, { headers: formHeaders, form: someField, maxRedirects: 0 })
			};
		})
	]);
}

const coordinatorPages = () =>
	COORDINATOR_PAGES.map((path) => ({ path, route: coordinatorRoute(path) }));

async function expectForbidden(
	requests: ReturnType<typeof everyRequest>,
	client: APIRequestContext,
	who: string
): Promise<void> {
	for (const { label, send } of requests) {
		const response = await send(client);
		expect(response.status(), `${who}: ${label}`).toBe(403);
		// The portal's own refusal, not a cross-site check or an empty answer.
		expect(await response.text(), `${who}: ${label}`).toContain('Accès non autorisé');
	}
}

test.describe('coordinator pages', () => {
	test('@http an anonymous visitor is sent to sign in, from every page and every form', async ({
		request
	}) => {
		for (const { label, send } of everyRequest(coordinatorPages())) {
			const response = await send(request);
			expect(response.status(), label).toBe(303);
			expect(response.headers()['location'], label).toMatch(
				new RegExp(`^${SIGN_IN_PATH}\\?redirectTo=%2Fterritoire`)
			);
		}
	});

	for (const role of OTHER_ROLES) {
		test(`@http a relay's ${role} gets 403 on every page and every form`, async ({ requestAs }) => {
			const client = await requestAs(demoAccount(role, 'vilaine-ouest'));
			await expectForbidden(everyRequest(coordinatorPages()), client, role);
		});
	}

	test('@http the coordinator opens every one of them', async ({ requestAs }) => {
		// What makes the 403s above mean something: the pages exist and answer their role.
		const client = await requestAs(e2eCoordinator);
		for (const path of COORDINATOR_PAGES) {
			const response = await client.get(path, { headers: formHeaders, maxRedirects: 0 });
			expect(response.status(), path).toBe(200);
		}
	});
});

test.describe("the families' files", () => {
	test("@http the coordinator gets 403 on the relay's pages, a request's file and their forms", async ({
		requestAs
	}) => {
		// A real request of the demo, found the way its relay's admin finds it.
		const admin = await requestAs(demoAccount('admin', 'vilaine-ouest'));
		const queue = await admin.get('/relais/file', { headers: formHeaders });
		expect(queue.status()).toBe(200);
		const reference = /\/relais\/demandes\/([A-Z]+-\d{4}-\d{5})"/.exec(await queue.text())?.[1];
		expect(reference, 'the demo queue lists requests').toBeTruthy();
		const requestPath = `/relais/demandes/${reference}`;
		expect((await admin.get(requestPath, { headers: formHeaders })).status()).toBe(200);

		// A made-up id: the role is checked before anything is looked up.
		const params = { reference: reference ?? '', id: randomUUID() };
		const pages = REFUSED_GROUPS.flatMap(pagesOfGroup).map((route) => ({
			route,
			path: pathOfRoute(route, params)
		}));
		for (const path of ['/relais', '/relais/file', requestPath, '/relais/agenda', '/relais/equipe'])
			expect(pages.map((page) => page.path)).toContain(path);
		const client = await requestAs(e2eCoordinator);
		await expectForbidden(everyRequest(pages), client, 'coordinator');
	});
});

test.describe('the observatory', () => {
	test('@http the coordinator opens every page of it, for the whole deployment', async ({
		requestAs
	}) => {
		// Read from the route folder, so that a page added later is covered.
		const pages = pagesOfGroup('(observatory)').map((route) => pathOfRoute(route, {}));
		for (const path of ['/observatoire', '/observatoire/demande', '/observatoire/tension'])
			expect(pages).toContain(path);
		const client = await requestAs(e2eCoordinator);
		for (const path of pages) {
			const response = await client.get(path, { headers: formHeaders, maxRedirects: 0 });
			expect(response.status(), path).toBe(200);
			if (path !== '/observatoire/methode')
				expect(await response.text(), path).toContain('Tout le territoire');
		}
	});
});

test.describe('a coordinator signing in', () => {
	test('@http is sent to the territory, and from the sign-in page once signed in', async ({
		request
	}) => {
		const response = await request.post(SIGN_IN_PATH, {
			headers: formHeaders,
			form: { email: e2eCoordinator.email, password: e2eCoordinator.password },
			maxRedirects: 0
		});
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toBe('/territoire');
		// Signed in already: the sign-in page sends to the territory too.
		const again = await request.get(SIGN_IN_PATH, { headers: formHeaders, maxRedirects: 0 });
		expect(again.status()).toBe(303);
		expect(again.headers()['location']).toBe('/territoire');
	});

	test('lands on the territory; the relay home says access is not allowed', async ({ page }) => {
		const account = spareCoordinator(1);
		await page.goto(SIGN_IN_PATH);
		await submitSignIn(page, account.email, account.password);
		await expectPath(page, '/territoire');
		await expect(signOutButton(page)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toHaveCount(0);
		await expectNoA11yViolations(page);

		const refused = await page.goto('/relais');
		expect(refused?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeVisible();
		// The way back leads to the coordinator's own home, not to another refusal.
		await expect(
			page.getByRole('main').getByRole('link', { name: 'Revenir à l’accueil' })
		).toHaveAttribute('href', '/territoire');
		await expectNoA11yViolations(page);
	});
});
