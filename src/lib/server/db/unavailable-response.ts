import type { Handle, RequestEvent } from '@sveltejs/kit';
import { familyMessagesOf, type FamilyMessages } from '$lib/i18n/family';
import { DEFAULT_LOCALE, directionOf, type Locale } from '$lib/i18n/locales';
import { localizedPath } from '$lib/i18n/localized-path';
import { isDatabaseUnavailable } from './unavailable';

/** Seconds a client or a proxy should wait before trying again: a restart takes a few. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * What `handleError` answers for an error: when the database is out of reach it marks the
 * request, so that `handleDatabaseUnavailable` turns SvelteKit's 500 into a 503 (handleError
 * cannot choose the status itself), and the page says so calmly. Undefined for other errors.
 */
export function databaseUnavailableError(
	event: RequestEvent,
	error: unknown
): App.Error | undefined {
	if (!isDatabaseUnavailable(error)) return undefined;
	event.locals.databaseUnavailable = true;
	const reference = event.locals.requestId ?? crypto.randomUUID();
	// A warning, not an error: this is an outage the operator already sees, not a bug.
	event.locals.log?.warn({ err: error, reference }, 'database unavailable');
	return { message: messagesOf(event).common.error.unavailable, reference, unavailable: true };
}

/** The page's language (handleLocale ran first); French if the outage came before it. */
const localeOf = (event: RequestEvent): Locale => event.locals.locale ?? DEFAULT_LOCALE;
const messagesOf = (event: RequestEvent): FamilyMessages =>
	event.locals.t ?? familyMessagesOf(DEFAULT_LOCALE);

/**
 * A 500 caused by an unreachable database becomes a 503 with Retry-After, keeping SvelteKit's
 * body (the calm error page, or the action's JSON). An error thrown by a later handle (the
 * session lookup) never reaches a page at all: it gets a small page of its own here, since
 * SvelteKit would answer it with its bare 500 fallback.
 */
export const handleDatabaseUnavailable: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		const body = databaseUnavailableError(event, error);
		if (!body) throw error;
		return unavailableResponse(
			unavailablePage(body, localeOf(event), messagesOf(event)),
			new Headers({ 'content-type': 'text/html; charset=utf-8' })
		);
	}
	if (!event.locals.databaseUnavailable || response.status !== 500) return response;
	return unavailableResponse(response.body, new Headers(response.headers));
};

function unavailableResponse(body: BodyInit | null, headers: Headers): Response {
	headers.set('retry-after', String(RETRY_AFTER_SECONDS));
	headers.set('cache-control', 'no-store');
	return new Response(body, { status: 503, statusText: 'Service Unavailable', headers });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The fallback page: the same words as the error page, without the layout it cannot load. */
function unavailablePage(error: App.Error, locale: Locale, t: FamilyMessages): string {
	const texts = t.common.error;
	const title = escapeHtml(texts.unavailableTitle);
	const reference = error.reference
		? `<p>${escapeHtml(texts.reference)} <code>${escapeHtml(error.reference)}</code></p>`
		: '';
	return [
		'<!doctype html>',
		`<html lang="${locale}" dir="${directionOf(locale)}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(t.common.pageTitle(texts.unavailableTitle))}</title></head>`,
		`<body><main><h1>${title}</h1><p>${escapeHtml(error.message)}</p>${reference}`,
		`<p><a href="${localizedPath('/', locale)}">${escapeHtml(texts.backHome)}</a></p></main></body>`,
		'</html>'
	].join('\n');
}
