import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { logger } from '$lib/server/log';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { startServer } from '$lib/server/startup';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { m } from '$lib/i18n';

export const init: ServerInit = startServer;

/**
 * What the logs say of the address: the route's pattern (`/(public)/suivi/[token]`), never
 * the path itself, which carries tracking tokens, password links and draft ids.
 */
export function loggedRoute(event: { route: { id: string | null } }): string {
	return event.route.id ?? 'unmatched';
}

/** Every request gets an id: in the logs, in the x-request-id header, on the error page. */
const handleRequestId: Handle = async ({ event, resolve }) => {
	const incoming = event.request.headers.get('x-request-id');
	event.locals.requestId =
		incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
	event.locals.log = logger.child({ requestId: event.locals.requestId });
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	event.locals.log.info(
		{
			method: event.request.method,
			route: loggedRoute(event),
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

/** Sets locals.user and locals.session (null when absent) from the session cookie. */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const secure = event.url.protocol === 'https:';
		const { session, user } = await validateSessionToken(runtimeDatabase(), token);
		if (session) {
			setSessionCookie(event.cookies, token, session.expiresAt, secure);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

/** Pages carrying personal data must not be kept by shared caches. */
const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	// A page may ask for a stricter policy (the tracking page: its token is in the address).
	if (!response.headers.has('referrer-policy'))
		response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	if (event.locals.user) response.headers.set('cache-control', 'private, no-store');
	return response;
};

export const handle = sequence(handleRequestId, handleSession, handleSecurityHeaders);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const reference = event.locals.requestId ?? crypto.randomUUID();
	if (status === 404) return { message: m.common.error.notFound, reference };
	(event.locals.log ?? logger).error(
		{ err: error, status, route: loggedRoute(event), reference },
		`unexpected error: ${message}`
	);
	return { message: m.common.error.unexpected, reference };
};
