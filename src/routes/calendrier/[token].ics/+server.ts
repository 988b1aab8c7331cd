import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { renderCalendarFeed } from '$lib/server/appointments/calendar-feed';
import { m } from '$lib/i18n';

/** 160 bits in lower-case base32 (generateToken): anything else cannot be a feed. */
const TOKEN = /^[a-z2-7]{32}$/;

/**
 * An animator's private calendar feed, read by calendar apps without a session: the token in
 * the address is the only key. Unknown, replaced or revoked → 404, like a page that never was.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const body = TOKEN.test(params.token) ? await renderCalendarFeed(locals.db, params.token) : null;
	if (body === null) error(404, m.common.error.notFound);
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="rendez-vous.ics"',
			// Personal data behind a secret address: no shared cache, no referrer, no index.
			'cache-control': 'private, no-store',
			'referrer-policy': 'no-referrer',
			'x-robots-tag': 'noindex'
		}
	});
};
