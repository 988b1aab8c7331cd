import type { APIRequestContext, APIResponse } from '@playwright/test';
import { demoAccount, expect, test, uniqueClientAddress } from './fixtures';
import { E2E_BASE_URL } from './helpers/server';
import { demoTrackingToken, openDemoRequests } from './helpers/demo-requests';

/**
 * What an attacker's client sees over HTTP: a form of absurd size, bodies that are not forms,
 * hostile redirect targets, and the headers every page carries. No browser is involved: the
 * tag @http keeps them out of the phone-sized project, where they would only run twice.
 */

const headers = (ip: string, contentType?: string) => ({
	origin: E2E_BASE_URL,
	accept: 'text/html',
	'x-forwarded-for': ip,
	...(contentType ? { 'content-type': contentType } : {})
});

async function post(
	request: APIRequestContext,
	path: string,
	ip: string,
	contentType: string,
	data: string
) {
	return request.post(path, { headers: headers(ip, contentType), data, maxRedirects: 0 });
}

test('@http a post of 40,000 empty fields is refused at once, and the server goes on answering', async ({
	request
}) => {
	const ip = uniqueClientAddress();
	const flood = 'a=&'.repeat(40_000);
	for (const path of ['/suivi', '/connexion']) {
		const [refused, health] = await Promise.all([
			post(request, path, ip, 'application/x-www-form-urlencoded', flood),
			request.get('/healthz')
		]);
		expect(refused.status(), path).toBe(400);
		expect(health.status()).toBe(200);
	}
});

test('@http bodies that are not forms get 415 or 400, never a 500', async ({ request }) => {
	const ip = uniqueClientAddress();
	for (const path of ['/suivi', '/connexion', '/demande']) {
		expect((await post(request, path, ip, 'text/plain', 'email=a@b.fr')).status(), path).toBe(415);
		expect((await post(request, path, ip, 'application/json', '{}')).status(), path).toBe(415);
		const noType = await request.post(path, {
			headers: headers(ip),
			maxRedirects: 0
		});
		expect(noType.status(), `${path} without content type`).toBe(415);
		const broken = await post(
			request,
			path,
			ip,
			'multipart/form-data; boundary=zz',
			'--zz\r\nbroken'
		);
		expect(broken.status(), `${path} malformed multipart`).toBe(400);
	}
});

test('@http after signing in, a hostile redirect target leads to the role’s home, never off the site', async ({
	request
}) => {
	const official = demoAccount('official', 'vilaine-ouest');
	const ip = uniqueClientAddress();
	const targets: [string, string][] = [
		['%2F%09%2F127.0.0.1%3A4711%2Frelais', official.home],
		['%2F%0A%2Fevil.example', official.home],
		['%2F%5Cevil.example', official.home],
		['https%3A%2F%2Fevil.example%2F', official.home],
		['%2Fobservatoire%3Fannee%3D2026', '/observatoire?annee=2026']
	];
	for (const [target, expected] of targets) {
		const response = await request.post(`/connexion?redirectTo=${target}`, {
			headers: headers(ip),
			form: { email: official.email, password: official.password },
			maxRedirects: 0
		});
		expect(response.status(), target).toBe(303);
		expect(response.headers()['location'], target).toBe(expected);
	}
});

test('@http pages carry a Content-Security-Policy with a nonce, and forms with typed data are not cached', async ({
	request
}) => {
	const home = await request.get('/');
	const policy = home.headers()['content-security-policy'] ?? '';
	expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).not.toContain('unsafe-inline');
	expect(home.headers()['permissions-policy']).toContain('camera=()');

	const ip = uniqueClientAddress();
	const started = await request.post('/demande', {
		headers: headers(ip),
		form: {},
		maxRedirects: 0
	});
	const step = started.headers()['location'] ?? '';
	expect(step).toMatch(/^\/demande\/[0-9a-f-]{36}\/coordonnees$/);
	const page = await request.get(step, { headers: headers(ip) });
	expect(page.status()).toBe(200);
	expect(page.headers()['cache-control']).toBe('no-store');
});

/** The attributes of a Set-Cookie line, lower-cased, without the value. */
const cookieAttributes = (line: string) =>
	line
		.split(';')
		.slice(1)
		.map((part) => part.trim().toLowerCase());

function setCookie(response: APIResponse, name: string): string[] {
	const line = response
		.headersArray()
		.filter((header) => header.name.toLowerCase() === 'set-cookie')
		.map((header) => header.value)
		.find((value) => value.startsWith(`${name}=`));
	expect(line, `a ${name} cookie is set`).toBeTruthy();
	return cookieAttributes(line ?? '');
}

test('@http every kind of page says nosniff, keeps the referrer on the site, refuses frames, and asks no HSTS over http', async ({
	request,
	requestAs
}) => {
	const tracking = `/suivi/${demoTrackingToken(openDemoRequests.desktop.viewed.rank)}`;
	const admin = await requestAs(demoAccount('admin', 'vilaine-ouest'));
	const pages: [APIRequestContext, string][] = [
		[request, '/'],
		[request, '/connexion'],
		[request, '/suivi'],
		[request, tracking],
		[request, '/assistante-maternelle'],
		[admin, '/relais/file'],
		[admin, '/observatoire']
	];
	for (const [client, path] of pages) {
		const response = await client.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('same-origin');
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['permissions-policy'], path).toContain('geolocation=()');
		// Over http a browser ignores it, and a local demo must stay reachable: only over https
		// (tests/faults/https-behind-proxy.test.ts starts the app behind an https proxy).
		expect(headers['strict-transport-security'], path).toBeUndefined();
	}
});

test('@http what a family reads through its link is never cached', async ({ request }) => {
	const tracking = `/suivi/${demoTrackingToken(openDemoRequests.desktop.viewed.rank)}`;
	for (const path of [
		tracking,
		`${tracking}/donnees`,
		`${tracking}/donnees.json`,
		`${tracking}/effacer`
	]) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toContain('no-store');
	}
});

test('@http the session and language cookies: HttpOnly, SameSite=Lax, Path=/, not Secure over http', async ({
	request
}) => {
	const account = demoAccount('animator', 'val-d-ille-aubigne');
	const signedIn = await request.post('/connexion', {
		headers: headers(uniqueClientAddress()),
		form: { email: account.email, password: account.password },
		maxRedirects: 0
	});
	expect(signedIn.status()).toBe(303);
	const session = setCookie(signedIn, 'guichet_session');
	expect(session).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
	expect(session.some((attribute) => attribute.startsWith('expires='))).toBe(true);
	// Secure only when the portal is reached over https (https-behind-proxy.test.ts).
	expect(session).not.toContain('secure');

	const english = await request.get('/en/demande', { maxRedirects: 0 });
	expect(english.status()).toBe(200);
	const locale = setCookie(english, 'guichet_langue');
	expect(locale).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
	expect(locale).not.toContain('secure');
});
