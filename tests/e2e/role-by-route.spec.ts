import type { APIRequestContext, APIResponse } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { demoAccount, type RelaySlug } from './helpers/accounts';
import { e2eCoordinator } from './helpers/coordinator-accounts';
import { linkIn, waitForMailTo } from './helpers/outbox';
import { sendFamilyRequest } from './helpers/requests';
import { reservedChildminders } from './helpers/childminders';
import {
	IDENTITIES,
	allRouteIds,
	formsOf,
	guardedRoutes,
	pathOf,
	type GuardedRoute,
	type Identity,
	type RouteHandler
} from './helpers/route-tree';
import { E2E_BASE_URL } from './helpers/server';

/**
 * Role by route, generated from the route tree (helpers/route-tree.ts): every route outside
 * the public group, every load, endpoint handler and form action it exports, tried as
 * anonymous, as every identity its guard does not admit, and as the right role of another
 * relay, with parameters that are real objects of relay A (Vilaine Ouest). It must refuse
 * without leaking: anonymous to a sign-in page, a wrong role 403, another relay 404 (403),
 * never a 200 nor a 500, and no answer holds relay A's sample data. The right role of relay A
 * opens every load (200): the parameters are real, so the refusals mean something.
 *
 * A route whose parameters this file cannot fill fails its test: a new route is tried or
 * written below in EXCEPTIONS with a reason, never skipped in silence.
 */

const RELAY_A: RelaySlug = 'vilaine-ouest';
const RELAY_B: RelaySlug = 'vilaine-est';

/** Routes outside the public group that are not about roles, and why. */
const EXCEPTIONS: Record<string, string> = {
	'calendrier/[token].ics':
		'a private calendar feed read by calendar apps: the token is the credential, no session is involved (calendar-feed-errors.spec.ts, tests/integration/calendar-feed.test.ts)',
	deconnexion: 'signing out: ends whatever session comes, the same for every identity',
	healthz: "the load balancer's check: public by design, answers ok or 503 and nothing else"
};

/** What each route group admits when a handler names no guard of its own (see rolesOf). */
const GROUP_DEFAULT: Record<string, Identity[]> = {
	'(staff)': ['admin', 'animator'],
	'(coordinator)': ['coordinator'],
	'(observatory)': ['official', 'coordinator', 'admin', 'animator'],
	'(childminder)': ['childminder']
};

/** Relay A's objects, found through the pages their own role opens, and its sample data. */
interface World {
	reference: string;
	listId: string;
	childminderId: string;
	structureId: string;
	mailId: string;
	memberId: string;
	placeId: string;
	importId: string;
	exportTable: string;
	/** The Set-Cookie lines of her signing in. */
	childminderCookie(): Promise<string>;
	/** Words of relay A's data no other identity may ever read. */
	markers: string[];
	client(identity: Identity | 'anonymous', relay?: RelaySlug): Promise<APIRequestContext>;
}

/** Each route's parameters, from relay A's objects (or the territory's, for the coordinator). */
const PARAMS: Record<string, (w: World) => Record<string, string>> = {
	'(coordinator)/territoire/annuaire/imports/[id]': (w) => ({ id: w.importId }),
	'(coordinator)/territoire/communes/[insee]': () => ({ insee: '35047' }),
	'(coordinator)/territoire/relais/[slug]': () => ({ slug: RELAY_A }),
	'(observatory)/observatoire/export/[table].csv': (w) => ({ table: w.exportTable }),
	'(staff)/relais/annuaire/assistantes-maternelles/[id]': (w) => ({ id: w.childminderId }),
	'(staff)/relais/annuaire/assistantes-maternelles/[id]/corriger': (w) => ({
		id: w.childminderId
	}),
	'(staff)/relais/annuaire/structures/[id]': (w) => ({ id: w.structureId }),
	'(staff)/relais/courriels/[id]': (w) => ({ id: w.mailId }),
	'(staff)/relais/demandes/[reference]': (w) => ({ reference: w.reference }),
	'(staff)/relais/demandes/[reference]/liste': (w) => ({ reference: w.reference }),
	'(staff)/relais/demandes/[reference]/listes/[id]': (w) => ({
		reference: w.reference,
		id: w.listId
	}),
	'(staff)/relais/demandes/[reference]/rendez-vous': (w) => ({ reference: w.reference }),
	'(staff)/relais/equipe/[id]': (w) => ({ id: w.memberId }),
	'(staff)/relais/lieux/[id]': (w) => ({ id: w.placeId })
};

/**
 * Parameters that name no object of relay A (a table of the observatory, read by every
 * relay for its own territory): another relay's role opens them (200) and reads its own.
 */
const SHARED_PARAMS = new Set(['(observatory)/observatoire/export/[table].csv']);

const htmlHeaders = { origin: E2E_BASE_URL, accept: 'text/html' };

let addresses = 0;
/** An address of this file's own range, so no per-address limit is shared with other specs. */
const ownAddress = (worker: number) => {
	addresses += 1;
	return `172.16.${worker % 250}.${addresses % 250}`;
};

function firstMatch(html: string, pattern: RegExp, what: string): string {
	const found = pattern.exec(html)?.[1];
	if (!found) throw new Error(`relay A shows no ${what}`);
	return found;
}

const test = base.extend<object, { world: World }>({
	world: [
		async ({ playwright }, use, workerInfo) => {
			const opened: APIRequestContext[] = [];
			const newClient = async () => {
				const client = await playwright.request.newContext({
					baseURL: E2E_BASE_URL,
					extraHTTPHeaders: { 'x-forwarded-for': ownAddress(workerInfo.workerIndex) }
				});
				opened.push(client);
				return client;
			};
			const signedIn = async (email: string, password: string) => {
				const client = await newClient();
				const response = await send(
					client,
					'/connexion',
					{ name: 'sign in', method: 'POST', roles: null },
					{ email, password }
				);
				if (response.status() !== 303) throw new Error(`${email} could not sign in`);
				return client;
			};
			const clients = new Map<string, Promise<APIRequestContext>>();
			const get = async (client: APIRequestContext, url: string) => {
				const response = await send(client, url, { name: 'load', method: 'GET', roles: null }, {});
				if (response.status() !== 200) throw new Error(`GET ${url}: ${response.status()}`);
				return response.text();
			};

			const adminA = await signedIn(
				demoAccount('admin', RELAY_A).email,
				demoAccount('admin', RELAY_A).password
			);
			clients.set(`admin:${RELAY_A}`, Promise.resolve(adminA));

			// A request of this file's own, in relay A, given a list (the right role's own write).
			const family = await sendFamilyRequest(await newClient(), RELAY_A);
			const listPage = await get(adminA, `/relais/demandes/${family.reference}/liste`);
			const give = formsOf(listPage).get('give');
			if (!give) throw new Error('the list page has no form to give the list');
			const given = await adminA.post(`/relais/demandes/${family.reference}/liste?/give`, {
				headers: htmlHeaders,
				form: give,
				maxRedirects: 0
			});
			if (given.status() !== 303) throw new Error(`giving the list: ${given.status()}`);
			const requestPage = await get(adminA, `/relais/demandes/${family.reference}`);
			const listId = firstMatch(requestPage, /\/listes\/([0-9a-f-]{36})"/, 'list given');

			const directory = await get(adminA, '/relais/annuaire');
			const reserved = new Set(reservedChildminders.map((c) => c.licenceNumber));
			// A childminder of relay A that no other spec signs in as.
			let childminder: { id: string; licence: string; email: string } | undefined;
			for (const [, id] of directory.matchAll(
				/\/relais\/annuaire\/assistantes-maternelles\/([0-9a-f-]{36})"/g
			)) {
				const page = await get(adminA, `/relais/annuaire/assistantes-maternelles/${id}`);
				const licence = /\b(35-AM-\d{6})\b/.exec(page)?.[1];
				const email = /([a-z0-9.-]+@am\.rpe-demo\.test)/.exec(page)?.[1];
				if (id && licence && email && !reserved.has(licence)) {
					childminder = { id, licence, email };
					break;
				}
			}
			if (!childminder) throw new Error('relay A shows no childminder with her contacts');

			const structureId = firstMatch(
				await get(adminA, '/relais/annuaire/structures'),
				/\/relais\/annuaire\/structures\/([0-9a-f-]{36})"/,
				'structure'
			);
			const mailId = firstMatch(
				await get(adminA, '/relais/courriels'),
				/\/relais\/courriels\/([0-9a-f-]{36})"/,
				'mail'
			);
			// A member of relay A's team of this file's own (a signed-in person's email is on
			// their own pages, so no demo account can serve as sample data).
			const memberEmail = `role-par-route-${workerInfo.workerIndex}-${Date.now()}@exemple.test`;
			const created = await adminA.post('/relais/equipe?/create', {
				headers: htmlHeaders,
				form: { name: 'Camille Rôle-par-route', email: memberEmail, role: 'animator' },
				maxRedirects: 0
			});
			if (created.status() !== 200) throw new Error(`adding a member: ${created.status()}`);
			let member: { id: string; email: string } | undefined;
			const team = await get(adminA, '/relais/equipe');
			for (const [, id] of team.matchAll(/\/relais\/equipe\/([0-9a-f-]{36})"/g)) {
				if (id && (await get(adminA, `/relais/equipe/${id}`)).includes(memberEmail)) {
					member = { id, email: memberEmail };
					break;
				}
			}
			if (!member) throw new Error('the member just added is not on the team page');
			const placeId = firstMatch(
				await get(adminA, '/relais/lieux'),
				/\/relais\/lieux\/([0-9a-f-]{36})"/,
				'reception place'
			);
			const exportTable = firstMatch(
				await get(adminA, '/observatoire/demande'),
				/\/observatoire\/export\/([\w-]+)\.csv/,
				'observatory export'
			);

			// An import of the coordinator's own, uploaded and left waiting (never started).
			const coordinator = await signedIn(e2eCoordinator.email, e2eCoordinator.password);
			clients.set('coordinator', Promise.resolve(coordinator));
			const upload = await coordinator.post('/territoire/annuaire?/upload', {
				headers: htmlHeaders,
				multipart: {
					kind: 'childminders',
					file: {
						name: 'role-par-route.csv',
						mimeType: 'text/csv',
						buffer: Buffer.from(
							'N° agrément;Nom;Prénom;Nb places;Commune\nROLE-1;Essai;Rôle;2;Bruz\n'
						)
					}
				},
				maxRedirects: 0
			});
			const importId = firstMatch(
				upload.headers()['location'] ?? '',
				/\/imports\/([0-9a-f-]{36})$/,
				'import uploaded'
			);

			// The childminder signs in the way she does: her link by mail, its button.
			let childminderCookie = '';
			const signInChildminder = async () => {
				const client = await newClient();
				const asked = new Date(Date.now() - 1000);
				const sent = await client.post('/assistante-maternelle', {
					headers: htmlHeaders,
					form: { licenceNumber: childminder.licence, email: childminder.email },
					maxRedirects: 0
				});
				if (sent.status() !== 200) throw new Error(`asking her link: ${sent.status()}`);
				const mail = await waitForMailTo(childminder.email, (m) => (m.date ?? asked) >= asked);
				const link = linkIn(mail, '/assistante-maternelle/lien/');
				const opened = await client.post(link.pathname, {
					headers: htmlHeaders,
					form: {},
					maxRedirects: 0
				});
				if (opened.status() !== 303) throw new Error(`opening her link: ${opened.status()}`);
				childminderCookie = opened
					.headersArray()
					.filter((header) => header.name.toLowerCase() === 'set-cookie')
					.map((header) => header.value)
					.join('\n');
				return client;
			};

			const world: World = {
				reference: family.reference,
				listId,
				childminderId: childminder.id,
				structureId,
				mailId,
				memberId: member.id,
				placeId,
				importId,
				exportTable,
				childminderCookie: async () => {
					await world.client('childminder');
					return childminderCookie;
				},
				markers: [
					family.reference,
					family.parentNames,
					family.email,
					childminder.licence,
					childminder.email,
					member.email
				],
				client(identity, relay = RELAY_A) {
					const key =
						identity === 'coordinator' || identity === 'childminder' || identity === 'anonymous'
							? identity
							: `${identity}:${relay}`;
					let client = clients.get(key);
					if (!client) {
						if (identity === 'anonymous') client = newClient();
						else if (identity === 'childminder') client = signInChildminder();
						else if (identity === 'coordinator')
							client = signedIn(e2eCoordinator.email, e2eCoordinator.password);
						else {
							const account = demoAccount(identity, relay);
							client = signedIn(account.email, account.password);
						}
						clients.set(key, client);
					}
					return client;
				}
			};
			await use(world);
			await Promise.all(opened.map((client) => client.dispose()));
		},
		{ scope: 'worker', timeout: 90_000 }
	]
});

const groupOf = (route: GuardedRoute) => route.id.split('/')[0] ?? '';

/**
 * Who a handler should admit: its own guard's roles; for a handler that calls no guard (the
 * hole this test exists to catch), what its route's other handlers admit, else its group.
 */
function rolesOf(route: GuardedRoute, handler: RouteHandler): Identity[] {
	if (handler.roles) return handler.roles;
	const siblings = route.handlers.flatMap((h) => h.roles ?? []);
	return siblings.length > 0 ? [...new Set(siblings)] : (GROUP_DEFAULT[groupOf(route)] ?? []);
}

/** Where an identity is sent to sign in: the staff's page, or the childminder's. */
const signInPattern = (roles: Identity[]) =>
	roles.includes('childminder')
		? /^\/assistante-maternelle\?session=ended$/
		: /^\/connexion\?redirectTo=%2F/;

async function send(
	client: APIRequestContext,
	url: string,
	handler: RouteHandler,
	form: Record<string, string>
): Promise<APIResponse> {
	if (handler.method === 'GET') return client.get(url, { headers: htmlHeaders, maxRedirects: 0 });
	return client.fetch(url, {
		method: handler.method,
		headers: htmlHeaders,
		form,
		maxRedirects: 0
	});
}

async function expectNoLeak(response: APIResponse, world: World, who: string): Promise<void> {
	const body = await response.text();
	for (const marker of world.markers) expect(body, `${who}: leaks ${marker}`).not.toContain(marker);
}

const inScope = guardedRoutes().filter((route) => !(route.id in EXCEPTIONS));

test.describe('role by route, from the route tree', () => {
	test('@http the tree holds the groups this test is about, and the exceptions are real routes', () => {
		const ids = allRouteIds();
		for (const id of Object.keys(EXCEPTIONS)) expect(ids, `exception ${id}`).toContain(id);
		for (const group of Object.keys(GROUP_DEFAULT))
			expect(
				inScope.some((route) => groupOf(route) === group),
				group
			).toBe(true);
		for (const route of inScope) {
			expect(route.unguardedPage, `${route.id}: a page with no server file`).toBe(false);
			expect(route.handlers.length, `${route.id}: no handler`).toBeGreaterThan(0);
		}
		// A filler for a route that no longer exists would hide a renamed one.
		for (const id of Object.keys(PARAMS)) expect(ids, `params of ${id}`).toContain(id);
	});

	test('@http her own cookie is sent only to her pages, HttpOnly and SameSite=Lax', async ({
		world
	}) => {
		const line = (await world.childminderCookie())
			.split('\n')
			.find((value) => value.startsWith('guichet_am_session='));
		expect(line, 'her session cookie').toBeTruthy();
		const attributes = (line ?? '').split(';').map((part) => part.trim().toLowerCase());
		expect(attributes).toEqual(
			expect.arrayContaining(['httponly', 'samesite=lax', 'path=/assistante-maternelle'])
		);
		// The end-to-end server is reached over http (tests/faults/https-behind-proxy.test.ts).
		expect(attributes).not.toContain('secure');
	});

	for (const route of inScope) {
		test(`@http ${route.id}`, async ({ world }) => {
			const fill = PARAMS[route.id];
			if (route.params.length > 0 && !fill)
				throw new Error(`${route.id}: no way to fill [${route.params.join('], [')}]`);
			const ownsObject = route.params.length > 0 && !SHARED_PARAMS.has(route.id);
			const url = pathOf(route.id, fill ? fill(world) : {});

			const load = route.handlers.find((h) => h.method === 'GET');
			// The right role of relay A opens the page: the parameters are real. Its forms give
			// the hidden fields (relay A's ids) each action is then posted with.
			let forms = new Map<string, Record<string, string>>();
			if (load) {
				const openers = rolesOf(route, load);
				expect(openers.length, `${route.id}: its load admits nobody`).toBeGreaterThan(0);
				for (const opener of openers) {
					const response = await send(await world.client(opener), url, load, {});
					expect(response.status(), `${opener} of relay A on GET ${url}`).toBe(200);
					// A private page: no browser or proxy cache keeps it.
					expect(response.headers()['cache-control'], `GET ${url}`).toContain('no-store');
					if (forms.size === 0 && route.handlers.some((h) => h.action))
						forms = formsOf(await response.text());
				}
			}

			for (const handler of route.handlers) {
				const roles = rolesOf(route, handler);
				const target = handler.action
					? `${url}${handler.action === 'default' ? '' : `?/${handler.action}`}`
					: url;
				const form = handler.action ? (forms.get(handler.action) ?? {}) : {};
				const label = `${handler.method} ${target}`;

				const anonymous = await send(await world.client('anonymous'), target, handler, form);
				const refusedAnonymous = `anonymous on ${label}`;
				if (anonymous.status() === 303)
					expect(anonymous.headers()['location'], refusedAnonymous).toMatch(signInPattern(roles));
				else expect([401, 403], refusedAnonymous).toContain(anonymous.status());
				await expectNoLeak(anonymous, world, refusedAnonymous);

				for (const identity of IDENTITIES.filter((i) => !roles.includes(i))) {
					const response = await send(await world.client(identity), target, handler, form);
					const who = `${identity} of relay A on ${label}`;
					// Another kind of session (a staff cookie on her pages, hers on theirs) is no
					// session there: sent to sign in, as anonymous.
					const otherKind = (identity === 'childminder') !== roles.includes('childminder');
					if (otherKind) {
						expect(response.status(), who).toBe(303);
						expect(response.headers()['location'], who).toMatch(signInPattern(roles));
					} else {
						expect(response.status(), who).toBe(403);
						expect(await response.text(), who).toContain('Accès non autorisé');
					}
					await expectNoLeak(response, world, who);
				}

				// The right role of another relay: relay A's object is not found there. A page
				// without parameters shows that relay's own data (200), never relay A's. An
				// action that names no object of relay A acts on the actor's own relay: not tried.
				for (const role of roles.filter(
					(r) => r === 'admin' || r === 'animator' || r === 'official'
				)) {
					const namesObject = ownsObject || Object.keys(form).length > 0;
					if (handler.action && !namesObject) continue;
					const response = await send(await world.client(role, RELAY_B), target, handler, form);
					const who = `${role} of relay B on ${label}`;
					if (namesObject) expect([403, 404], who).toContain(response.status());
					else expect(response.status(), who).toBe(200);
					await expectNoLeak(response, world, who);
				}
			}
		});
	}
});
