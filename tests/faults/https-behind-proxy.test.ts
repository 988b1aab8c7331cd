import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startApp, type AppProcess } from './helpers/app-process';
import { startPostgresCluster, type PostgresCluster } from './helpers/postgres-cluster';

/**
 * Behind a reverse proxy that ends TLS, the app is reached over plain http: only adapter-node's
 * PROTOCOL_HEADER / HOST_HEADER (or an https ORIGIN) make `event.url` https, and with it
 * Strict-Transport-Security and the Secure flag of the cookies. The end-to-end server runs
 * over http (ORIGIN=http://localhost…), where neither may appear: this starts the built app
 * as production runs it behind a proxy, on a PostgreSQL cluster of its own.
 */

const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
const PUBLIC_HOST = 'guichet.example.fr';

let folder = '';
let cluster: PostgresCluster | undefined;
const apps: AppProcess[] = [];

beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'guichet-https-'));
	cluster = await startPostgresCluster();
}, 60_000);

afterAll(async () => {
	await Promise.all(apps.map((app) => app.kill()));
	await cluster?.destroy();
	if (folder) await rm(folder, { recursive: true, force: true });
}, 30_000);

const ownData = () => ({
	DATABASE_URL: cluster?.url ?? '',
	OUTBOX_DIR: path.join(folder, 'outbox'),
	DEMO_SEED: 'never',
	LOG_LEVEL: 'warn'
});

const cookiesOf = (headers: Record<string, string | string[] | undefined>) => {
	const raw = headers['set-cookie'];
	return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
};

/** The attributes of a Set-Cookie line, lower-cased, without the value. */
const attributesOf = (line: string) =>
	line
		.split(';')
		.slice(1)
		.map((part) => part.trim().toLowerCase());

describe('behind a proxy that ends TLS', () => {
	it('PROTOCOL_HEADER: https answers carry HSTS and Secure cookies, http answers neither', async () => {
		const app = await startApp({
			...ownData(),
			// Unset: the origin comes from the proxy's headers.
			ORIGIN: undefined,
			PROTOCOL_HEADER: 'x-forwarded-proto',
			HOST_HEADER: 'x-forwarded-host'
		});
		apps.push(app);

		// A page in English remembers the language in a cookie: the one cookie an anonymous
		// visitor gets.
		const secure = await request(app.origin, '/en/demande', {
			headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': PUBLIC_HOST }
		});
		expect(secure.status).toBe(200);
		expect(secure.headers['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
		const [locale] = cookiesOf(secure.headers);
		expect(locale).toMatch(/^guichet_langue=en;/);
		expect(attributesOf(locale ?? '')).toEqual(
			expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure'])
		);

		const plain = await request(app.origin, '/en/demande', {
			headers: { 'x-forwarded-proto': 'http', 'x-forwarded-host': PUBLIC_HOST }
		});
		expect(plain.status).toBe(200);
		expect(plain.headers['strict-transport-security']).toBeUndefined();
		const [plainLocale] = cookiesOf(plain.headers);
		expect(attributesOf(plainLocale ?? '')).toEqual(
			expect.arrayContaining(['httponly', 'samesite=lax', 'path=/'])
		);
		expect(attributesOf(plainLocale ?? '')).not.toContain('secure');

		// The origin SvelteKit checks form posts against is the proxy's public one.
		const form = { 'content-type': 'application/x-www-form-urlencoded' };
		const sameSite = await request(app.origin, '/suivi', {
			method: 'POST',
			headers: {
				...form,
				'x-forwarded-proto': 'https',
				'x-forwarded-host': PUBLIC_HOST,
				origin: `https://${PUBLIC_HOST}`,
				accept: 'text/html'
			},
			body: 'email='
		});
		expect(sameSite.status).toBe(400);
		const crossSite = await request(app.origin, '/suivi', {
			method: 'POST',
			headers: {
				...form,
				'x-forwarded-proto': 'https',
				'x-forwarded-host': PUBLIC_HOST,
				origin: `http://${PUBLIC_HOST}`,
				accept: 'text/html'
			},
			body: 'email='
		});
		expect(crossSite.status).toBe(403);
		await app.kill('SIGTERM');
	});

	it('an https ORIGIN: every answer carries HSTS, whatever the proxy says', async () => {
		const app = await startApp({ ...ownData(), ORIGIN: `https://${PUBLIC_HOST}` });
		apps.push(app);
		for (const pathname of ['/', '/connexion', '/suivi', '/healthz']) {
			const answer = await request(app.origin, pathname, {
				headers: { 'x-forwarded-proto': 'http' }
			});
			expect(answer.status, pathname).toBe(200);
			expect(answer.headers['strict-transport-security'], pathname).toBe(STRICT_TRANSPORT_SECURITY);
		}
		await app.kill('SIGTERM');
	});
});
