import type { Handle } from '@sveltejs/kit';

/** Powerful browser features the portal never uses: no page may ask for them. */
export const PERMISSIONS_POLICY = [
	'camera=()',
	'microphone=()',
	'geolocation=()',
	'payment=()',
	'usb=()',
	'serial=()',
	'bluetooth=()',
	'display-capture=()',
	'browsing-topics=()'
].join(', ');

/** Two years, the value browsers' preload lists ask for. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * Headers every dynamic answer carries. The Content-Security-Policy itself comes from
 * SvelteKit (`kit.csp` in svelte.config.js), which adds the nonce of its inline script.
 *
 * Nothing dynamic is cached unless its route says so: the request form's steps show the
 * typed email and phone, the tracking page the family's request, staff pages everything; a
 * shared computer's cache or a proxy must keep none of it. Static assets are served before
 * this hook and keep their own caching.
 */
export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	// A page may ask for a stricter policy (the tracking page: its token is in the address).
	if (!headers.has('referrer-policy')) headers.set('referrer-policy', 'same-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('permissions-policy', PERMISSIONS_POLICY);
	// Only over https: sent over http it is ignored, and a local http demo must stay reachable.
	if (event.url.protocol === 'https:')
		headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
	if (event.locals.user) headers.set('cache-control', 'private, no-store');
	else if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
	return response;
};
