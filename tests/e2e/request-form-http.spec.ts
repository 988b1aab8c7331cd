import { test, expect, uniqueClientAddress } from './fixtures';
import type { APIRequestContext } from '@playwright/test';
import { E2E_BASE_URL } from './helpers/server';

/**
 * The form's actions as a client that is not a browser sees them: whatever is posted, the
 * answer is a 4xx with a message, never a 500, and an oversized body is refused with 413.
 * (The journeys in a real browser are in request-form.spec.ts.)
 */
const headers = (ip: string) => ({
	origin: E2E_BASE_URL,
	accept: 'text/html',
	'x-forwarded-for': ip
});

async function newDraft(request: APIRequestContext, ip: string, prefix = ''): Promise<string> {
	const response = await request.post(`${prefix}/demande`, {
		headers: headers(ip),
		form: {},
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	const location = response.headers()['location'] ?? '';
	const match = new RegExp(`^${prefix}/demande/([0-9a-f-]{36})/coordonnees$`).exec(location);
	if (!match?.[1]) throw new Error(`unexpected redirect ${location}`);
	return match[1];
}

const oneChild = { childCount: '1', child1_status: 'born', child1_date: '2025-01-15' };
const aNeed = {
	desiredStart: '2099-01-01',
	regularity: 'regular',
	mon_start: '08:00',
	mon_end: '17:00',
	careKinds: 'creche'
};

/** [step slug, fields]: every one is invalid for its step. */
const invalidPosts: [string, Record<string, string>][] = [
	['coordonnees', {}],
	['coordonnees', { parentNames: 'A' }],
	['coordonnees', { parentNames: 'Awa Diop', email: 'awa@', appointmentMode: 'relay' }],
	['coordonnees', { parentNames: 'Awa Diop', email: 'awa@example.org', appointmentMode: 'phone' }],
	['coordonnees', { parentNames: 'Awa Diop', email: 'awa@example.org', appointmentMode: 'visio' }],
	[
		'coordonnees',
		{ parentNames: 'Awa Diop', email: 'awa@example.org', phone: '12', appointmentMode: 'relay' }
	],
	['coordonnees', { parentNames: 'x'.repeat(5000), email: 'a@b.fr', appointmentMode: 'relay' }],
	['coordonnees', { parentNames: 'Awa', email: '\u0000@example.org', appointmentMode: 'relay' }],
	['commune', {}],
	['commune', { residence: 'Paris' }],
	['commune', { residence: '75001' }],
	['commune', { residence: '35760' }],
	['commune', { residence: '35760', residenceInsee: '99999' }],
	['commune', { residence: 'Bruz', work: 'Atlantis' }],
	['commune', { residence: '<script>alert(1)</script>' }],
	['enfants', { childCount: '0' }],
	['enfants', { childCount: '99' }],
	['enfants', { childCount: 'abc' }],
	['enfants', { ...oneChild, child1_status: '' }],
	['enfants', { ...oneChild, child1_date: '2025-02-30' }],
	['enfants', { ...oneChild, child1_date: '2099-01-01' }],
	['enfants', { ...oneChild, child1_status: 'expected', child1_date: '2020-01-01' }],
	['enfants', { ...oneChild, child1_date: "2025-01-01' or 1=1 --" }],
	['besoin', { ...aNeed, desiredStart: '2000-01-01' }],
	['besoin', { ...aNeed, desiredStart: 'demain' }],
	['besoin', { ...aNeed, latestStart: '2098-12-31' }],
	['besoin', { ...aNeed, mon_start: '18:00', mon_end: '08:00' }],
	['besoin', { ...aNeed, mon_start: '25:00' }],
	['besoin', { ...aNeed, careKinds: 'robot' }],
	['besoin', { ...aNeed, regularity: 'sometimes' }],
	['besoin', { ...aNeed, mon_start: '', mon_end: '' }],
	['envoi', { comment: 'x'.repeat(2001), consent: 'on' }],
	['envoi', { comment: 'Merci' }],
	['unknown-step', { anything: 'at all' }]
];

test.describe('request form over HTTP @http', () => {
	test(`${invalidPosts.length} invalid posts get a 4xx, never a 500`, async ({ request }) => {
		expect(invalidPosts.length).toBeGreaterThanOrEqual(30);
		const ip = uniqueClientAddress();
		const draft = await newDraft(request, ip);
		const statuses: string[] = [];
		for (const [slug, form] of invalidPosts) {
			const response = await request.post(`/demande/${draft}/${slug}`, {
				headers: headers(ip),
				form,
				maxRedirects: 0
			});
			statuses.push(`${slug} ${JSON.stringify(form).slice(0, 60)} → ${response.status()}`);
			expect(response.status(), statuses.at(-1)).toBeGreaterThanOrEqual(400);
			expect(response.status(), statuses.at(-1)).toBeLessThan(500);
		}
		// A draft that does not exist is a 4xx too.
		const unknown = await request.post(
			'/demande/00000000-0000-4000-8000-000000000000/coordonnees',
			{
				headers: headers(ip),
				form: { parentNames: 'Awa' },
				maxRedirects: 0
			}
		);
		expect(unknown.status()).toBe(410);
	});

	test('a body over the size limit gets 413 and nothing is kept', async ({ request }) => {
		const ip = uniqueClientAddress();
		const draft = await newDraft(request, ip);
		const response = await request.post(`/demande/${draft}/coordonnees`, {
			headers: headers(ip),
			form: {
				parentNames: 'Awa Diop',
				email: 'awa@example.org',
				appointmentMode: 'relay',
				comment: 'x'.repeat(600 * 1024)
			},
			maxRedirects: 0
		});
		expect(response.status()).toBe(413);
		const page = await request.get(`/demande/${draft}/coordonnees`, { headers: headers(ip) });
		expect(await page.text()).not.toContain('awa@example.org');
	});

	test('starting too many forms from one address gets 429 with a message, and no draft', async ({
		request
	}) => {
		const ip = uniqueClientAddress();
		// 20 new drafts an hour per address (public-form-limits.ts).
		for (let i = 0; i < 20; i++) await newDraft(request, ip);
		const refused = await request.post('/demande', {
			headers: headers(ip),
			form: {},
			maxRedirects: 0
		});
		expect(refused.status()).toBe(429);
		expect(refused.headers()['location']).toBeUndefined();
		expect(await refused.text()).toContain('Beaucoup de demandes ont été commencées');
		// Another family, from its own address, is not affected.
		await newDraft(request, uniqueClientAddress());
	});

	test('a step with too much text gets 413 with a message, and nothing is kept', async ({
		request
	}) => {
		const ip = uniqueClientAddress();
		const draft = await newDraft(request, ip);
		const response = await request.post(`/demande/${draft}/coordonnees`, {
			headers: headers(ip),
			form: {
				parentNames: 'Awa Diop',
				email: 'awa@example.org',
				appointmentMode: 'relay',
				contactTimes: 'x'.repeat(40_000)
			},
			maxRedirects: 0
		});
		expect(response.status()).toBe(413);
		expect(await response.text()).toContain('trop de texte');
		const page = await request.get(`/demande/${draft}/coordonnees`, { headers: headers(ip) });
		expect(await page.text()).not.toContain('awa@example.org');
	});

	test('in English and in Arabic, every redirect keeps the language, and errors are in it', async ({
		request
	}) => {
		const cases = [
			{
				prefix: '/en',
				lang: 'lang="en" dir="ltr"',
				nameRequired: 'Enter your first name and surname',
				emailInvalid: 'Enter a valid email address'
			},
			{
				prefix: '/ar',
				lang: 'lang="ar" dir="rtl"',
				nameRequired: 'اكتبوا اسمكم الشخصي واسم العائلة',
				emailInvalid: 'اكتبوا عنوان بريد إلكتروني صحيحًا'
			}
		];
		for (const { prefix, lang, nameRequired, emailInvalid } of cases) {
			const ip = uniqueClientAddress();
			const draft = await newDraft(request, ip, prefix);
			const step = (slug: string) => `${prefix}/demande/${draft}/${slug}`;
			const page = await request.get(step('coordonnees'), { headers: headers(ip) });
			expect(await page.text()).toContain(lang);

			const refused = await request.post(step('coordonnees'), {
				headers: headers(ip),
				form: { parentNames: 'A', email: 'awa@', appointmentMode: 'relay' },
				maxRedirects: 0
			});
			expect(refused.status(), prefix).toBe(400);
			const text = await refused.text();
			expect(text, prefix).toContain(nameRequired);
			expect(text, prefix).toContain(emailInvalid);
			expect(text, prefix).not.toContain('Indiquez');

			const next = await request.post(step('coordonnees'), {
				headers: headers(ip),
				form: { parentNames: 'Awa Diop', email: 'awa@example.org', appointmentMode: 'relay' },
				maxRedirects: 0
			});
			expect(next.headers()['location'], prefix).toBe(step('commune'));
			const back = await request.post(step('commune'), {
				headers: headers(ip),
				form: { residence: 'Bruz', intent: 'back' },
				maxRedirects: 0
			});
			expect(back.headers()['location'], prefix).toBe(step('coordonnees'));
		}
	});
});
