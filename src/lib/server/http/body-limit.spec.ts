import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { familyMessagesOf } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_BODY_LIMIT, IMPORT_UPLOAD_BODY_LIMIT, handleBodyLimit } from './body-limit';
import { readForm } from './read-form';

const UPLOAD_ROUTE = '/(coordinator)/territoire/annuaire';

// readForm takes its refusals' words from the request being served.
vi.mock('$app/server', () => ({
	getRequestEvent: () => ({ locals: { t: familyMessagesOf('fr') } })
}));

function eventOf(request: Request, routeId: string, locale: Locale = 'fr'): RequestEvent {
	return {
		request,
		route: { id: routeId },
		url: new URL(request.url),
		locals: { locale, t: familyMessagesOf(locale) }
	} as unknown as RequestEvent;
}

/** Runs the handle, then reads the body as an action would: the status the client gets. */
async function statusOf(request: Request, routeId = '/(public)/suivi'): Promise<number> {
	const event = eventOf(request, routeId);
	const response = await handleBodyLimit({
		event,
		resolve: async (resolved) => {
			try {
				await readForm(resolved.request);
				return new Response('ok');
			} catch (error) {
				const status = (error as { status?: number }).status;
				return new Response('refused', { status: status ?? 500 });
			}
		}
	});
	return response.status;
}

const urlencoded = (size: number, path = '/suivi') =>
	new Request(`http://localhost${path}`, {
		method: 'POST',
		body: `a=${'x'.repeat(size - 2)}`,
		headers: { 'content-type': 'application/x-www-form-urlencoded' }
	});

/** A body sent in chunks without a content-length, as `Transfer-Encoding: chunked`. */
function chunked(size: number, path: string): Request {
	let sent = 0;
	const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(new TextEncoder().encode('a='));
			sent = 2;
		},
		pull(controller) {
			if (sent >= size) return controller.close();
			controller.enqueue(chunk);
			sent += chunk.byteLength;
		}
	});
	return new Request(`http://localhost${path}`, {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		duplex: 'half'
	} as RequestInit);
}

describe('handleBodyLimit', () => {
	it('lets a body at the default limit through', async () => {
		expect(await statusOf(urlencoded(DEFAULT_BODY_LIMIT))).toBe(200);
	});

	it('closes the connection after refusing a body it did not read', async () => {
		const size = DEFAULT_BODY_LIMIT + 1;
		const request = new Request('http://localhost/suivi', {
			method: 'POST',
			body: 'x'.repeat(size),
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				'content-length': String(size)
			}
		});
		const response = await handleBodyLimit({
			event: eventOf(request, '/(public)/suivi'),
			resolve: async () => new Response('read')
		});
		expect(response.status).toBe(413);
		// Kept open, the connection would carry the unread bytes into the client's next request.
		expect(response.headers.get('connection')).toBe('close');
	});

	it('refuses in the language of the page that posted', async () => {
		const size = DEFAULT_BODY_LIMIT + 1;
		const request = new Request('http://localhost/ar/suivi', {
			method: 'POST',
			body: 'x'.repeat(size),
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				'content-length': String(size)
			}
		});
		const response = await handleBodyLimit({
			event: eventOf(request, '/(public)/suivi', 'ar'),
			resolve: async () => new Response('read')
		});
		expect(response.status).toBe(413);
		expect(await response.text()).toBe(familyMessagesOf('ar').common.error.tooLarge);
	});

	it('refuses with 413, by its content-length, a body one byte over 512K on any route', async () => {
		expect(await statusOf(urlencoded(DEFAULT_BODY_LIMIT + 1))).toBe(413);
		// The import page's other actions keep the default limit too.
		expect(
			await statusOf(
				urlencoded(DEFAULT_BODY_LIMIT + 1, '/territoire/annuaire?/other'),
				UPLOAD_ROUTE
			)
		).toBe(413);
	});

	it('refuses a chunked body without content-length once its count passes the limit', async () => {
		expect(await statusOf(chunked(DEFAULT_BODY_LIMIT + 70_000, '/suivi'))).toBe(413);
		expect(await statusOf(chunked(DEFAULT_BODY_LIMIT - 70_000, '/suivi'))).toBe(200);
	});

	it('gives the import upload its larger limit, and no more', async () => {
		const path = '/territoire/annuaire?/upload';
		expect(await statusOf(urlencoded(2 * 1024 * 1024, path), UPLOAD_ROUTE)).toBe(200);
		expect(await statusOf(chunked(2 * 1024 * 1024, path), UPLOAD_ROUTE)).toBe(200);
		expect(await statusOf(urlencoded(IMPORT_UPLOAD_BODY_LIMIT + 1, path), UPLOAD_ROUTE)).toBe(413);
		expect(await statusOf(chunked(IMPORT_UPLOAD_BODY_LIMIT + 70_000, path), UPLOAD_ROUTE)).toBe(
			413
		);
	});

	it('answers 400 to a content-length that is not a number', async () => {
		const request = new Request('http://localhost/suivi', {
			method: 'POST',
			body: 'a=1',
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		const headers = new Headers(request.headers);
		headers.set('content-length', 'lots');
		const event = eventOf(
			{ ...request, body: request.body, headers, method: 'POST', url: request.url } as Request,
			'/(public)/suivi'
		);
		const response = await handleBodyLimit({ event, resolve: async () => new Response('ok') });
		expect(response.status).toBe(400);
	});
});
