import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { familyMessagesOf } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';
import { databaseUnavailableError, handleDatabaseUnavailable } from './unavailable-response';

const refused = () =>
	new Error('Failed query: select 1', {
		cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
			code: 'ECONNREFUSED'
		})
	});

/** Just what the handle and handleError read of an event. */
function fakeEvent(locale: Locale = 'fr'): RequestEvent {
	const locals = {
		requestId: 'req-12345678',
		log: pino({ level: 'silent' }),
		locale,
		t: familyMessagesOf(locale)
	};
	return { locals } as unknown as RequestEvent;
}

const run = (event: RequestEvent, resolve: (event: RequestEvent) => Promise<Response>) =>
	handleDatabaseUnavailable({
		event,
		resolve: resolve as (event: RequestEvent, opts?: ResolveOptions) => Promise<Response>
	});

describe('database unavailable', () => {
	it('turns the 500 of a load that could not reach the database into a 503, keeping the page', async () => {
		const event = fakeEvent();
		const response = await run(event, async () => {
			// What SvelteKit does: call handleError, then render the error page with a 500.
			const body = databaseUnavailableError(event, refused());
			return new Response(`<h1>${body?.message}</h1>`, {
				status: 500,
				headers: { 'content-type': 'text/html', 'x-request-id': 'req-12345678' }
			});
		});

		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('5');
		expect(response.headers.get('x-request-id')).toBe('req-12345678');
		expect(await response.text()).toBe(
			'<h1>Le service est momentanément indisponible. Réessayez dans quelques instants.</h1>'
		);
	});

	it('answers a calm 503 page when a handle (the session lookup) throws the error', async () => {
		const response = await run(fakeEvent(), async () => {
			throw refused();
		});

		expect(response.status).toBe(503);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		const page = await response.text();
		expect(page).toContain('<html lang="fr" dir="ltr">');
		expect(page).toContain('momentanément indisponible');
		expect(page).toContain('<code>req-12345678</code>');
		expect(page).not.toContain('ECONNREFUSED');
	});

	it('speaks the language of the family page, right to left in Arabic', async () => {
		const response = await run(fakeEvent('ar'), async () => {
			throw refused();
		});

		const page = await response.text();
		expect(page).toContain('<html lang="ar" dir="rtl">');
		expect(page).toContain(familyMessagesOf('ar').common.error.unavailableTitle);
		expect(page).not.toContain('indisponible');
		expect(page).toContain('<a href="/ar">');
	});

	it('leaves other errors and other 500s alone', async () => {
		const bug = new TypeError('x is undefined');
		await expect(run(fakeEvent(), async () => Promise.reject(bug))).rejects.toBe(bug);

		const event = fakeEvent();
		expect(databaseUnavailableError(event, bug)).toBeUndefined();
		const response = await run(event, async () => new Response('oops', { status: 500 }));
		expect(response.status).toBe(500);
	});
});
