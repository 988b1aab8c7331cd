import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { familyMessagesOf } from '../../src/lib/i18n/family';
import { stepSlugs } from '../../src/lib/forms/request-steps';
import { startOnlineDraft } from '../../src/lib/server/requests/drafts';
import {
	createChildminderSession,
	validateChildminderSession,
	type ChildminderSessionInfo
} from '../../src/lib/server/directory/childminder-auth/childminder-session';
import { issueSignInLink } from '../../src/lib/server/directory/childminder-auth/sign-in-links';
import * as requestStart from '../../src/routes/(public)/demande/+page.server';
import * as requestStep from '../../src/routes/(public)/demande/[draft]/[step]/+page.server';
import * as requestSent from '../../src/routes/(public)/demande/envoyee/[key]/+page.server';
import * as trackingLookup from '../../src/routes/(public)/suivi/+page.server';
import * as tracking from '../../src/routes/(public)/suivi/[token]/+page.server';
import * as trackingData from '../../src/routes/(public)/suivi/[token]/donnees/+page.server';
import * as trackingDataJson from '../../src/routes/(public)/suivi/[token]/donnees.json/+server';
import * as trackingErase from '../../src/routes/(public)/suivi/[token]/effacer/+page.server';
import * as trackingNews from '../../src/routes/(public)/suivi/[token]/nouvelles/+page.server';
import * as childminderSignIn from '../../src/routes/(public)/assistante-maternelle/+page.server';
import * as childminderLink from '../../src/routes/(public)/assistante-maternelle/lien/[token]/+page.server';
import * as declaration from '../../src/routes/(childminder)/assistante-maternelle/mes-disponibilites/+page.server';
import * as declarationAdd from '../../src/routes/(childminder)/assistante-maternelle/mes-disponibilites/ajouter/+page.server';
import * as signIn from '../../src/routes/(public)/connexion/+page.server';
import * as passwordLink from '../../src/routes/(public)/compte/mot-de-passe/[token]/+page.server';
import { rowsOf } from './rows';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { makeCommune, submitRequest } from './request-fixtures';
import { makeChildminder } from './directory-fixtures';

/**
 * Property-based fuzz of every public form action and of the links a family or a childminder
 * receives, in process: the route modules' own loads and actions, called as SvelteKit calls
 * them, on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL). Arbitrary fields,
 * duplicated fields, unicode, huge values, missing fields, arbitrary tokens: never a 500 (an
 * exception that is not SvelteKit's redirect or error, or a status of 500 or more), and an
 * answer that refuses (4xx) leaves every table as it was. Valid input may write: a run that
 * the action accepts (a redirect or a success) is not checked for writes.
 *
 * In process rather than over HTTP: ten times faster, and the database can be read before and
 * after. The HTTP stack in front of the actions (body limits, content types, CSRF, the hooks)
 * has its own tests (tests/e2e/http-hardening.spec.ts).
 */

// readForm reads the page's catalogue for its refusals from the request being served.
const serving: { event: RequestEvent | null } = { event: null };
vi.mock('$app/server', () => ({
	getRequestEvent: () => {
		if (!serving.event) throw new Error('no request is being served');
		return serving.event;
	}
}));

/** Counters of attempts: a refused attempt is counted on purpose (rate limits). */
const COUNTERS = new Set(['rate_limit_hits', 'sign_in_attempts']);
const RUNS = 25;
/** One seed for the whole file: a failure is replayed by running the file again. */
const SEED = 15_062_026;

let t: TestDatabase;
let trackingToken = '';
let draftId = '';
let linkToken = '';
let childminder: ChildminderSessionInfo;
let fingerprintQuery = '';
let address = 0;

const log = pino({ level: 'silent' });

beforeAll(async () => {
	t = await createTestDatabase();
	const relay = await makeRelay(t.db, 'Relais des Essais');
	const commune = await makeCommune(t.db, relay.id);
	await makeStaff(t.db, relay, 'admin');
	trackingToken = (await submitRequest(t.db, commune.inseeCode)).trackingToken;
	draftId = (await startOnlineDraft(t.db, '192.0.2.1')) ?? '';
	const am = await makeChildminder(t.db, commune.inseeCode);
	linkToken = await issueSignInLink(t.db, am.id);
	const session = await validateChildminderSession(
		t.db,
		(await createChildminderSession(t.db, am.id)).token
	);
	if (!session || !draftId) throw new Error('fixtures not made');
	childminder = session;
	const tables = rowsOf<{ table_name: string }>(
		await t.db.execute(sql`select table_name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)
	).map((row) => row.table_name);
	// Every row of every table, hashed in one query: equal fingerprints = nothing written.
	fingerprintQuery = tables
		.map(
			(name) =>
				`select '${name}' as t, count(*)::int as n, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from "${name}" x`
		)
		.join(' union all ');
}, 60_000);
afterAll(async () => t.close());

async function fingerprint(skip: ReadonlySet<string>): Promise<Record<string, string>> {
	const rows = rowsOf<{ t: string; n: number; h: string }>(
		await t.db.execute(sql.raw(fingerprintQuery))
	);
	return Object.fromEntries(rows.filter((r) => !skip.has(r.t)).map((r) => [r.t, `${r.n}:${r.h}`]));
}

type Fields = [string, string][];

function eventOf(
	path: string,
	params: Record<string, string>,
	fields: Fields | null,
	options: { childminder?: boolean; multipart?: boolean } = {}
): RequestEvent {
	const url = new URL(path, 'http://localhost:3000');
	let request: Request;
	if (fields === null) request = new Request(url);
	else if (options.multipart) {
		const form = new FormData();
		for (const [name, value] of fields) form.append(name, value);
		request = new Request(url, { method: 'POST', body: form });
	} else {
		request = new Request(url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(fields).toString()
		});
	}
	address += 1;
	const client = `198.18.${(address >> 8) & 255}.${address & 255}`;
	const event = {
		request,
		url,
		params,
		route: { id: path },
		locals: {
			db: t.db,
			t: familyMessagesOf('fr'),
			locale: 'fr',
			log,
			requestId: 'fuzz',
			user: null,
			session: null,
			childminder: options.childminder ? childminder : null
		},
		cookies: {
			get: () => undefined,
			getAll: () => [],
			set: () => undefined,
			delete: () => undefined,
			serialize: () => ''
		},
		getClientAddress: () => client,
		setHeaders: () => undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		fetch
	};
	return event as unknown as RequestEvent;
}

/** The status SvelteKit would answer with; anything else thrown is a 500. */
async function statusOf(event: RequestEvent, run: (event: RequestEvent) => unknown) {
	serving.event = event;
	try {
		const result = await run(event);
		if (isActionFailure(result)) return result.status;
		if (result instanceof Response) return result.status;
		return 200;
	} catch (error) {
		if (isRedirect(error)) return error.status;
		if (isHttpError(error)) return error.status;
		throw error;
	} finally {
		serving.event = null;
	}
}

/** Names the forms use, and a few they do not: a field may come twice, or not at all. */
const KNOWN_NAMES = [
	'parentNames',
	'email',
	'phone',
	'appointmentMode',
	'contactTimes',
	'homeLanguage',
	'residence',
	'residenceInsee',
	'work',
	'workInsee',
	'childCount',
	'child1_status',
	'child1_date',
	'child1_support',
	'desiredStart',
	'regularity',
	'careKinds',
	'mon_start',
	'mon_end',
	'comment',
	'consent',
	'website',
	'intent',
	'reason',
	'details',
	'appointment',
	'slot',
	'answer',
	'confirm',
	'licenceNumber',
	'password',
	'passwordConfirm',
	'placeId',
	'places',
	'ageGroup',
	'from',
	'publishAddress',
	'publishPhone',
	'publishEmail',
	'offer',
	'__proto__',
	'constructor'
];
const PLAUSIBLE_VALUES = [
	'',
	'on',
	'1',
	'0',
	'-1',
	'99999999999999999999',
	'NaN',
	'2026-02-30',
	'2026-12-01',
	'0000-00-00',
	'08:30',
	'25:99',
	'relay',
	'phone',
	'found',
	'still_looking',
	'born',
	'expected',
	'regular',
	'childminder_home',
	'back',
	'famille@exemple.test',
	'a@b',
	'+33612345678',
	'35047',
	'00000000-0000-0000-0000-000000000000',
	'<script>alert(1)</script>',
	"'; drop table childcare_requests; --",
	'\u0000',
	'\uFEFF\u202E',
	'😀'.repeat(50),
	'x'.repeat(40_000),
	'é'.repeat(12_000)
];

const name = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) }
);
const value = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_VALUES) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.integer().map(String) }
);
const fields: fc.Arbitrary<Fields> = fc.array(fc.tuple(name, value), { maxLength: 24 });
const multipart = fc.boolean();

/** A link token: the real one, one of the right shape, or anything at all. */
const tokenLike = (real: () => string) =>
	fc.oneof(
		fc.constant(null).map(() => real()),
		fc.stringMatching(/^[a-z2-7]{32}$/),
		fc.uuid(),
		fc.string({ unit: 'grapheme', maxLength: 80 }),
		fc.constant('x'.repeat(5_000))
	);

/** Runs `action` on arbitrary forms: never a 500, nothing written when it refuses. */
async function fuzzAction(
	label: string,
	params: fc.Arbitrary<Record<string, string>>,
	path: (params: Record<string, string>) => string,
	action: ((event: RequestEvent) => unknown) | undefined,
	options: {
		childminder?: boolean;
		/** Tables the action writes even when it refuses, on purpose. */
		alsoWrites?: readonly string[];
		/** An action with no field (a button): every form is the same click, none refused. */
		fieldless?: boolean;
	} = {}
): Promise<void> {
	if (!action) throw new Error(`${label}: no such action`);
	const skip = new Set([...COUNTERS, ...(options.alsoWrites ?? [])]);
	const statuses = new Map<number, number>();
	await fc.assert(
		fc.asyncProperty(params, fields, multipart, async (p, form, asMultipart) => {
			const before = await fingerprint(skip);
			const status = await statusOf(
				eventOf(path(p), p, form, { ...options, multipart: asMultipart }),
				action
			);
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			expect(status, label).toBeLessThan(500);
			if (status >= 400)
				expect(await fingerprint(skip), `${label}: refused, yet wrote`).toEqual(before);
		}),
		{ numRuns: RUNS, seed: SEED }
	);
	// Some forms were refused: the fuzz did try invalid input.
	if (!options.fieldless)
		expect(
			[...statuses.keys()].some((status) => status >= 400),
			label
		).toBe(true);
}

/** Runs a load (or a GET endpoint) with arbitrary tokens: never a 500, never a write. */
async function fuzzLoad(
	label: string,
	params: fc.Arbitrary<Record<string, string>>,
	path: (params: Record<string, string>) => string,
	load: ((event: RequestEvent) => unknown) | undefined
): Promise<void> {
	if (!load) throw new Error(`${label}: no load`);
	await fc.assert(
		fc.asyncProperty(params, async (p) => {
			const { audit_log: auditBefore, ...before } = await fingerprint(new Set());
			const status = await statusOf(eventOf(path(p), p, null), load);
			expect(status, label).toBeLessThan(500);
			const { audit_log: auditAfter, ...after } = await fingerprint(new Set());
			expect(after, `${label}: a GET wrote`).toEqual(before);
			// Only a link that opens its page may leave a trace: the family's download is audited.
			if (status >= 400) expect(auditAfter, `${label}: a refused GET wrote`).toBe(auditBefore);
		}),
		{ numRuns: RUNS, seed: SEED }
	);
}

const none = fc.constant({});
/** Her buttons that carry no field: confirming as is, no free place, signing out. */
const FIELDLESS = new Set(['confirm', 'noPlace', 'signOut']);
const trackingParams = tokenLike(() => trackingToken).map((token) => ({ token }));
const stepParams = fc
	.record({
		draft: fc.oneof(
			fc.constant(null).map(() => draftId),
			fc.uuid(),
			fc.string({ unit: 'grapheme', maxLength: 40 })
		),
		step: fc.oneof(fc.constantFrom(...Object.values(stepSlugs)), fc.string({ maxLength: 12 }))
	})
	.map((p) => ({ draft: p.draft, step: p.step }));

const loose = <T>(value: T) => value as unknown as (event: RequestEvent) => unknown;

describe('fuzz of the public forms: never a 500, nothing written when refused', () => {
	it('the request form: starting it, each step and sending', async () => {
		await fuzzAction(
			'POST /demande/[draft]/[step]',
			stepParams,
			(p) => `/demande/${p.draft}/${p.step}`,
			loose(requestStep.actions.default),
			// The draft keeps what the family typed, even invalid (request-wizard.ts), so that
			// going back or fixing one field loses nothing; nothing else is written.
			{ alsoWrites: ['request_drafts'] }
		);
	});

	it('starting a request writes a draft whatever the form holds, and never fails', async () => {
		await fc.assert(
			fc.asyncProperty(fields, async (form) => {
				const status = await statusOf(
					eventOf('/demande', {}, form),
					loose(requestStart.actions.default)
				);
				expect([303, 429]).toContain(status);
			}),
			{ numRuns: 10, seed: SEED }
		);
	});

	it('asking for a tracking link again', async () => {
		await fuzzAction('POST /suivi', none, () => '/suivi', loose(trackingLookup.actions.default));
	});

	for (const action of Object.keys(tracking.actions)) {
		it(`the tracking page's ${action}`, async () => {
			await fuzzAction(
				`POST /suivi/[token]?/${action}`,
				trackingParams,
				(p) => `/suivi/${p.token}`,
				loose(tracking.actions[action])
			);
		});
	}

	it('the erasure form', async () => {
		await fuzzAction(
			'POST /suivi/[token]/effacer',
			trackingParams,
			(p) => `/suivi/${p.token}/effacer`,
			loose(trackingErase.actions.default)
		);
	});

	for (const action of Object.keys(trackingNews.actions)) {
		it(`the follow-up answer ${action}`, async () => {
			await fuzzAction(
				`POST /suivi/[token]/nouvelles?/${action}`,
				trackingParams,
				(p) => `/suivi/${p.token}/nouvelles`,
				loose(trackingNews.actions[action])
			);
		});
	}

	it('a childminder asking for her link', async () => {
		await fuzzAction(
			'POST /assistante-maternelle',
			none,
			() => '/assistante-maternelle',
			loose(childminderSignIn.actions.default)
		);
	});

	it('a childminder opening her link', async () => {
		await fuzzAction(
			'POST /assistante-maternelle/lien/[token]',
			tokenLike(() => linkToken).map((token) => ({ token })),
			(p) => `/assistante-maternelle/lien/${p.token}`,
			loose(childminderLink.actions.default)
		);
	});

	for (const action of Object.keys(declaration.actions)) {
		it(`her self-declaration's ${action}`, async () => {
			await fuzzAction(
				`POST /assistante-maternelle/mes-disponibilites?/${action}`,
				none,
				() => '/assistante-maternelle/mes-disponibilites',
				loose(declaration.actions[action]),
				{ childminder: true, fieldless: FIELDLESS.has(action) }
			);
		});
	}

	it('her self-declaration of a free place', async () => {
		await fuzzAction(
			'POST /assistante-maternelle/mes-disponibilites/ajouter',
			none,
			() => '/assistante-maternelle/mes-disponibilites/ajouter',
			loose(declarationAdd.actions.default),
			{ childminder: true }
		);
	});

	it('the sign-in page', async () => {
		await fuzzAction('POST /connexion', none, () => '/connexion', loose(signIn.actions.default));
	});

	it('the password link', async () => {
		await fuzzAction(
			'POST /compte/mot-de-passe/[token]',
			fc.oneof(fc.stringMatching(/^[a-z2-7]{32}$/), fc.string({ maxLength: 80 })).map((token) => ({
				token
			})),
			(p) => `/compte/mot-de-passe/${p.token}`,
			loose(passwordLink.actions.default)
		);
	});
});

describe('fuzz of the links: any token opens nothing, answers no 500 and writes nothing', () => {
	const loads: [string, string, (event: RequestEvent) => unknown][] = [
		['/suivi/[token]', '', loose(tracking.load)],
		['/suivi/[token]/donnees', '/donnees', loose(trackingData.load)],
		['/suivi/[token]/donnees.json', '/donnees.json', loose(trackingDataJson.GET)],
		['/suivi/[token]/effacer', '/effacer', loose(trackingErase.load)],
		['/suivi/[token]/nouvelles', '/nouvelles', loose(trackingNews.load)]
	];
	for (const [label, suffix, load] of loads) {
		it(label, async () => {
			await fuzzLoad(label, trackingParams, (p) => `/suivi/${p.token}${suffix}`, load);
		});
	}

	it('/assistante-maternelle/lien/[token]', async () => {
		await fuzzLoad(
			'/assistante-maternelle/lien/[token]',
			tokenLike(() => linkToken).map((token) => ({ token })),
			(p) => `/assistante-maternelle/lien/${p.token}`,
			loose(childminderLink.load)
		);
	});

	it('/demande/[draft]/[step] and /demande/envoyee/[key]', async () => {
		await fuzzLoad(
			'/demande/[draft]/[step]',
			stepParams,
			(p) => `/demande/${p.draft}/${p.step}`,
			loose(requestStep.load)
		);
		await fuzzLoad(
			'/demande/envoyee/[key]',
			fc.oneof(fc.uuid(), fc.string({ maxLength: 60 })).map((key) => ({ key })),
			(p) => `/demande/envoyee/${p.key}`,
			loose(requestSent.load)
		);
	});

	it('/compte/mot-de-passe/[token]', async () => {
		await fuzzLoad(
			'/compte/mot-de-passe/[token]',
			fc.oneof(fc.stringMatching(/^[a-z2-7]{32}$/), fc.string({ maxLength: 80 })).map((token) => ({
				token
			})),
			(p) => `/compte/mot-de-passe/${p.token}`,
			loose(passwordLink.load)
		);
	});
});
