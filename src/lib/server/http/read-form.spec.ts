import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { formFields } from '$lib/forms/parse-form';
import { familyMessagesOf } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';
import { MAX_FORM_FIELDS, readForm } from './read-form';

/** The language of the page that posted: what `locals` holds during a real request. */
const pageLocale = vi.hoisted(() => ({ current: 'fr' as Locale }));
vi.mock('$app/server', () => ({
	getRequestEvent: () => ({ locals: { t: familyMessagesOf(pageLocale.current) } })
}));

const post = (body: string, contentType: string | null) =>
	new Request('http://localhost/suivi', {
		method: 'POST',
		body,
		headers: contentType ? { 'content-type': contentType } : {}
	});

async function statusOf(request: Request): Promise<number> {
	try {
		await readForm(request);
		return 200;
	} catch (error) {
		if (isHttpError(error)) return error.status;
		throw error;
	}
}

describe('readForm', () => {
	it('reads an ordinary urlencoded form, repeated names kept in order', async () => {
		const form = await readForm(
			post('email=a%40b.fr&jours=lundi&jours=mardi', 'application/x-www-form-urlencoded')
		);
		expect(formFields(form)).toEqual({ email: 'a@b.fr', jours: ['lundi', 'mardi'] });
	});

	it('reads a multipart form (what an enhanced form sends)', async () => {
		const data = new FormData();
		data.append('email', 'a@b.fr');
		const form = await readForm(new Request('http://localhost/', { method: 'POST', body: data }));
		expect(form.get('email')).toBe('a@b.fr');
	});

	it('accepts as many fields as the limit', async () => {
		const body = 'a=&'.repeat(MAX_FORM_FIELDS - 1) + 'a=';
		const form = await readForm(post(body, 'application/x-www-form-urlencoded'));
		expect(form.getAll('a')).toHaveLength(MAX_FORM_FIELDS);
	});

	it('refuses the 117 KB post of 40,000 fields that froze a server (400)', async () => {
		const body = 'a=&'.repeat(40_000);
		expect(await statusOf(post(body, 'application/x-www-form-urlencoded'))).toBe(400);
		expect(await statusOf(post(body, 'application/x-www-form-urlencoded; charset=UTF-8'))).toBe(
			400
		);
	});

	it('refuses a multipart form with too many parts (400)', async () => {
		const boundary = 'b0undary';
		const part = `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n`;
		const body = part.repeat(MAX_FORM_FIELDS + 1) + `--${boundary}--\r\n`;
		expect(await statusOf(post(body, `multipart/form-data; boundary=${boundary}`))).toBe(400);
	});

	it('answers 400 to a malformed multipart body, never a 500', async () => {
		expect(await statusOf(post('not multipart at all', 'multipart/form-data; boundary=x'))).toBe(
			400
		);
		expect(await statusOf(post('--x\r\nbroken', 'multipart/form-data'))).toBe(400);
	});

	it('refuses in the language of the page that posted', async () => {
		const refusal = async () => {
			try {
				await readForm(post('email=a@b.fr', 'text/plain'));
			} catch (error) {
				return isHttpError(error) ? error.body.message : 'not an HTTP error';
			}
			return 'accepted';
		};
		pageLocale.current = 'en';
		expect(await refusal()).toBe(familyMessagesOf('en').common.error.unsupportedForm);
		pageLocale.current = 'ar';
		expect(await refusal()).toBe(familyMessagesOf('ar').common.error.unsupportedForm);
		pageLocale.current = 'fr';
		expect(await refusal()).toMatch(/^Cette adresse attend un formulaire/);
	});

	it('answers 415 to a body that is not a form', async () => {
		expect(await statusOf(post('email=a@b.fr', 'text/plain'))).toBe(415);
		expect(await statusOf(post('{"email":"a@b.fr"}', 'application/json'))).toBe(415);
		expect(await statusOf(post('email=a@b.fr', null))).toBe(415);
	});
});

describe('formFields', () => {
	it('gathers the repeats of a name into one list, in order, at any count', () => {
		const form = new FormData();
		for (let i = 0; i < MAX_FORM_FIELDS; i += 1) form.append('jour', String(i));
		form.append('email', 'a@b.fr');
		const fields = formFields(form);
		expect(fields.email).toBe('a@b.fr');
		expect(fields.jour).toHaveLength(MAX_FORM_FIELDS);
		expect((fields.jour as string[])[MAX_FORM_FIELDS - 1]).toBe(String(MAX_FORM_FIELDS - 1));
	});
});

describe('readForm and the body limit', () => {
	it('answers 413 when adapter-node stops a body over BODY_SIZE_LIMIT', async () => {
		const overLimit = new ReadableStream({
			start(controller) {
				controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
			}
		});
		const request = new Request('http://localhost/suivi', {
			method: 'POST',
			body: overLimit,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			duplex: 'half'
		} as RequestInit);
		expect(await statusOf(request)).toBe(413);
	});
});
