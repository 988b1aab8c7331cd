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
import {
	CHILDMINDER_SESSION_COOKIE,
	deleteChildminderSessionCookie,
	validateChildminderSession
} from '$lib/server/directory/childminder-auth/childminder-session';
import { familyMessagesOf, type FamilyMessages } from '$lib/i18n/family';
import { DEFAULT_LOCALE, directionOf } from '$lib/i18n/locales';
import { chooseLocale, isFamilyRoute, rememberLocale } from '$lib/server/i18n/resolve-locale';
import { handleSecurityHeaders } from '$lib/server/http/security-headers';
import { handleBodyLimit } from '$lib/server/http/body-limit';
import {
	databaseUnavailableError,
	handleDatabaseUnavailable
} from '$lib/server/db/unavailable-response';

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

/**
 * The database on `locals`: loads and actions take it from the event they are given, as they
 * take the user, instead of reaching for a module-level handle (opened by the `init` hook).
 */
const handleDatabase: Handle = ({ event, resolve }) => {
	event.locals.db = runtimeDatabase();
	return resolve(event);
};

/** Sets locals.user and locals.session (null when absent) from the session cookie. */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const secure = event.url.protocol === 'https:';
		const { session, user } = await validateSessionToken(event.locals.db, token);
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

/**
 * Sets locals.childminder (null when absent) from a childminder's own cookie, which her
 * browser sends only to her pages (/assistante-maternelle). Not sliding: a week from her link.
 */
const handleChildminderSession: Handle = async ({ event, resolve }) => {
	event.locals.childminder = null;
	const token = event.cookies.get(CHILDMINDER_SESSION_COOKIE);
	if (token) {
		const session = await validateChildminderSession(event.locals.db, token);
		if (session) event.locals.childminder = session;
		else deleteChildminderSessionCookie(event.cookies, event.url.protocol === 'https:');
	}
	return resolve(event);
};

/**
 * The language of the page (locals.locale, locals.t): named by the address, remembered in a
 * cookie, guessed from the browser; French on staff pages. `<html lang dir>` follows it. A
 * family page whose address names no language varies with the cookie and the browser's
 * languages: `Vary` tells a cache so.
 */
export const handleLocale: Handle = async ({ event, resolve }) => {
	const { locale, named } = chooseLocale(
		event.url,
		event.route.id,
		event.cookies,
		event.request.headers.get('accept-language')
	);
	if (named) rememberLocale(event.cookies, named, event.url.protocol === 'https:');
	event.locals.locale = locale;
	event.locals.t = familyMessagesOf(locale);
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%guichet.lang%', locale).replace('%guichet.dir%', directionOf(locale))
	});
	if (!named && (event.route.id === null || isFamilyRoute(event.route.id)))
		response.headers.append('vary', 'Accept-Language, Cookie');
	return response;
};

// handleBodyLimit refuses an oversized body before the database is touched.
// handleDatabaseUnavailable wraps the session lookup, which needs the database; the security
// headers wrap it in turn, so that its fallback page carries them too.
export const handle = sequence(
	handleRequestId,
	handleLocale,
	handleSecurityHeaders,
	handleBodyLimit,
	handleDatabase,
	handleDatabaseUnavailable,
	handleSession,
	handleChildminderSession
);

/** SvelteKit's own 4xx messages are English: the visitor reads the page's language. */
function refusalMessage(t: FamilyMessages, status: number): string {
	if (status === 403) return t.common.error.forbidden;
	if (status === 413) return t.common.error.tooLarge;
	if (status === 415) return t.common.error.unsupportedForm;
	return t.common.error.badRequest;
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const t = event.locals.t ?? familyMessagesOf(DEFAULT_LOCALE);
	const reference = event.locals.requestId ?? crypto.randomUUID();
	if (status === 404) return { message: t.common.error.notFound, reference };
	const unavailable = databaseUnavailableError(event, error);
	if (unavailable) return unavailable;
	const log = event.locals.log ?? logger;
	const context = { status, route: loggedRoute(event), reference };
	// A 4xx that reaches here (a body over the limit, a malformed address, a method the route
	// does not have) is the client's mistake, not the server's: noted, not an error.
	if (status < 500) {
		log.warn({ ...context, reason: message }, 'request refused');
		return { message: refusalMessage(t, status), reference };
	}
	log.error({ ...context, err: error }, `unexpected error: ${message}`);
	return { message: t.common.error.unexpected, reference };
};
