import { describe, expect, it } from 'vitest';
import { handleError, handleLocale, loggedRoute } from './hooks.server';

describe('request logs', () => {
	it('name the route pattern, never the path with its token', () => {
		expect(loggedRoute({ route: { id: '/(public)/suivi/[token]' } })).toBe(
			'/(public)/suivi/[token]'
		);
		expect(loggedRoute({ route: { id: null } })).toBe('unmatched');
	});
});

describe('handleError', () => {
	const capture = () => {
		const lines: { level: string; msg: string }[] = [];
		const log = {
			warn: (_context: object, msg: string) => lines.push({ level: 'warn', msg }),
			error: (_context: object, msg: string) => lines.push({ level: 'error', msg })
		};
		const event = { locals: { log, requestId: 'ref-1' }, route: { id: '/(public)/suivi' } };
		return { lines, event };
	};
	const call = (event: unknown, status: number, message: string) =>
		handleError({ error: new Error(message), event, status, message } as unknown as Parameters<
			typeof handleError
		>[0]);

	it.each([
		[400, 'Bad Request'],
		[405, 'Method Not Allowed'],
		[413, 'Payload Too Large'],
		[415, 'Unsupported Media Type']
	])('notes a %i as a refused request, not as an error of the server', async (status, message) => {
		const { lines, event } = capture();
		const body = await call(event, status, message);
		expect(lines).toEqual([{ level: 'warn', msg: 'request refused' }]);
		expect(body).toMatchObject({ reference: 'ref-1' });
		expect(body?.message).not.toBe(message);
	});

	it('logs a 500 as an unexpected error, with the reference shown to the user', async () => {
		const { lines, event } = capture();
		const body = await call(event, 500, 'boom');
		expect(lines).toEqual([{ level: 'error', msg: 'unexpected error: boom' }]);
		expect(body).toMatchObject({ reference: 'ref-1' });
	});
});

describe('handleLocale', () => {
	const run = async (pathname: string, routeId: string | null, cookie?: string) => {
		const set: string[] = [];
		const event = {
			url: new URL(`http://localhost${pathname}`),
			route: { id: routeId },
			request: new Request(`http://localhost${pathname}`, {
				headers: { 'accept-language': 'ar-MA,ar;q=0.9' }
			}),
			cookies: {
				get: () => cookie,
				set: (name: string, value: string) => set.push(`${name}=${value}`)
			},
			locals: {} as { locale?: string }
		};
		const response = await handleLocale({
			event,
			resolve: async () => new Response('<html lang="%guichet.lang%">')
		} as unknown as Parameters<typeof handleLocale>[0]);
		return { response, locale: event.locals.locale, set };
	};

	it('guesses a family page’s language from the browser and tells caches it varies', async () => {
		const { response, locale, set } = await run('/demande', '/(public)/demande');
		expect(locale).toBe('ar');
		expect(set).toEqual([]);
		expect(response.headers.get('vary')).toBe('Accept-Language, Cookie');
	});

	it('takes the language the address names, remembers it, and does not vary', async () => {
		const { response, locale, set } = await run('/en/demande', '/(public)/demande', 'ar');
		expect(locale).toBe('en');
		expect(set).toEqual(['guichet_langue=en']);
		expect(response.headers.get('vary')).toBeNull();
	});

	it('keeps staff pages in French whatever the browser or the cookie says', async () => {
		const { response, locale } = await run('/relais/file', '/(staff)/relais/file', 'ar');
		expect(locale).toBe('fr');
		expect(response.headers.get('vary')).toBeNull();
	});
});
