import { describe, expect, it } from 'vitest';
import {
	PERMISSIONS_POLICY,
	STRICT_TRANSPORT_SECURITY,
	handleSecurityHeaders
} from './security-headers';

async function answer(
	url: string,
	options: { signedIn?: boolean; headers?: Record<string, string> } = {}
): Promise<Headers> {
	const event = {
		url: new URL(url),
		locals: { user: options.signedIn ? { id: 'u' } : null }
	};
	const response = await handleSecurityHeaders({
		event,
		resolve: async () => new Response('<p>page</p>', { headers: options.headers })
	} as unknown as Parameters<typeof handleSecurityHeaders>[0]);
	return response.headers;
}

describe('security headers', () => {
	it('forbid caching a page by default: the request form shows the typed email and phone', async () => {
		const headers = await answer('https://guichet.example.fr/demande/0e1d/coordonnees');
		expect(headers.get('cache-control')).toBe('no-store');
	});

	it('keep a cache policy a route chose, except for a signed-in person', async () => {
		const chosen = { 'cache-control': 'public, max-age=60' };
		expect((await answer('https://g.example/', { headers: chosen })).get('cache-control')).toBe(
			'public, max-age=60'
		);
		expect(
			(await answer('https://g.example/', { headers: chosen, signedIn: true })).get('cache-control')
		).toBe('private, no-store');
	});

	it('ask for https for two years when the origin is https, not over http', async () => {
		expect((await answer('https://g.example/')).get('strict-transport-security')).toBe(
			STRICT_TRANSPORT_SECURITY
		);
		expect((await answer('http://localhost:3000/')).get('strict-transport-security')).toBeNull();
	});

	it('deny framing, sniffing, powerful features, and keep the referrer on the site', async () => {
		const headers = await answer('http://localhost:3000/');
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY);
		expect(PERMISSIONS_POLICY).toContain('camera=()');
		expect(headers.get('referrer-policy')).toBe('same-origin');
	});
});
