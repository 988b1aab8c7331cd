import { expect, test, type APIRequestContext } from '@playwright/test';
import { addMonths, addYears } from '../../../src/lib/time/calendar-date';
import { todayInParis } from '../../../src/lib/time/paris';
import { uniqueClientAddress } from './client-address';
import type { RelaySlug } from './accounts';

/** A commune served by each demo relay (src/lib/server/seed/demo-territory.ts). */
export const demoCommunes: Record<RelaySlug, { name: string; inseeCode: string }> = {
	'vilaine-ouest': { name: 'Bruz', inseeCode: '35047' },
	'vilaine-est': { name: 'Cesson-Sévigné', inseeCode: '35051' },
	rennes: { name: 'Rennes', inseeCode: '35238' },
	'val-d-ille-aubigne': { name: 'Melesse', inseeCode: '35173' }
};

let sent = 0;

export interface SentRequest {
	reference: string;
	parentNames: string;
	email: string;
}

/**
 * A family's request sent through the public form's own server steps (the same actions the
 * form posts to, without its pages), from an address of its own so that the per-address
 * limit never blocks another test. Tests that need a request in a given relay use it; the
 * page-by-page form has its own spec (request-form.spec.ts). `family.commune` sends it from
 * another commune than the relay's usual one (the relay is then only what the test expects,
 * and the request goes wherever that commune is served).
 */
export async function sendFamilyRequest(
	request: APIRequestContext,
	relay: RelaySlug,
	family: { parentNames?: string; commune?: { name: string; inseeCode: string } } = {}
): Promise<SentRequest> {
	sent += 1;
	const id = `${Date.now().toString(36)}${sent}`;
	const parentNames = family.parentNames ?? `Famille Essai ${id}`;
	const email = `famille-${id}@exemple.test`;
	const commune = family.commune ?? demoCommunes[relay];
	const today = todayInParis();
	const baseURL = test.info().project.use.baseURL;
	if (!baseURL) throw new Error('sendFamilyRequest needs the project’s baseURL');
	// SvelteKit refuses a form POST whose Origin is not the site's (CSRF).
	const headers = { 'x-forwarded-for': uniqueClientAddress(), origin: new URL(baseURL).origin };

	const post = async (path: string, fields: Record<string, string | string[]>): Promise<string> => {
		const form = new URLSearchParams();
		for (const [name, value] of Object.entries(fields)) {
			for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
		}
		// Asked the way `use:enhance` asks: the action's outcome as JSON, never a page.
		const response = await request.post(path, {
			headers: {
				...headers,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded'
			},
			data: form.toString(),
			maxRedirects: 0
		});
		const body = await response.text();
		const outcome = JSON.parse(body) as { type?: string; location?: string };
		expect(outcome.type, `POST ${path}: ${body}`).toBe('redirect');
		return outcome.location ?? '';
	};

	const first = await post('/demande', {});
	const draft = /^\/demande\/([0-9a-f-]{36})\//.exec(first)?.[1];
	if (!draft) throw new Error(`no draft in ${first}`);
	const step = (slug: string) => `/demande/${draft}/${slug}`;
	await post(step('coordonnees'), {
		parentNames,
		email,
		phone: '0639981234',
		appointmentMode: 'relay',
		contactTimes: 'le matin',
		homeLanguage: ''
	});
	await post(step('commune'), {
		residence: commune.name,
		residenceInsee: commune.inseeCode,
		work: ''
	});
	await post(step('enfants'), {
		childCount: '1',
		child1_status: 'born',
		child1_date: addYears(today, -1),
		child1_support: 'no'
	});
	await post(step('besoin'), {
		desiredStart: addMonths(today, 3),
		regularity: 'regular',
		careKinds: ['childminder_home', 'creche'],
		mon_start: '08:30',
		mon_end: '17:30',
		thu_start: '08:30',
		thu_end: '17:30'
	});
	const done = await post(step('envoi'), { comment: '', consent: 'on', website: '' });
	const key = /^\/demande\/envoyee\/([0-9a-f-]{36})$/.exec(done)?.[1];
	if (!key) throw new Error(`not sent: ${done}`);

	// The confirmation page's data holds the reference (VO-2026-00042).
	const data = await request.get(`/demande/envoyee/${key}/__data.json`, { headers });
	const reference = /[A-Z]{2,4}-\d{4}-\d{5,}/.exec(await data.text())?.[0];
	if (!reference) throw new Error('no reference on the confirmation');
	return { reference, parentNames, email };
}
