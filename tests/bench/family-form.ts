import { request } from '../faults/helpers/app-process';

/**
 * The family's request form as a browser without JavaScript posts it: start a draft, then
 * the contact, commune, children and need steps. What is left is the last press ("Envoyer"),
 * the submission the benchmark times. Each family has its own address in X-Forwarded-For
 * (the app runs with ADDRESS_HEADER=x-forwarded-for), as real families behind a proxy: the
 * per-address limits (20 drafts and 20 submissions an hour) then apply to each as in life.
 */
export interface PreparedDraft {
	draftId: string;
	address: string;
}

/** Addresses 10.x.y.z from a random start, so that two runs in the same hour share none. */
export function familyAddresses(): () => string {
	let next = Math.floor(Math.random() * 0xf00000);
	return () => {
		const n = next++ % 0xffffff;
		return `10.${(n >> 16) & 0xff}.${(n >> 8) & 0xff}.${n & 0xff}`;
	};
}

const formHeaders = (origin: string, address: string) => ({
	origin,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded',
	'x-forwarded-for': address
});

/** A start date the need step accepts: about six months ahead, within its three years. */
export function plausibleStart(today: Date): string {
	const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 6, 1));
	return date.toISOString().slice(0, 10);
}

async function post(origin: string, path: string, address: string, fields: Record<string, string>) {
	const answer = await request(origin, path, {
		method: 'POST',
		headers: formHeaders(origin, address),
		body: new URLSearchParams(fields).toString()
	});
	const location = answer.headers.location;
	if (answer.status !== 303 || typeof location !== 'string')
		throw new Error(
			`POST ${path.replace(/[0-9a-f-]{36}/, '<brouillon>')} : ${answer.status} au lieu de 303`
		);
	return location;
}

/** A new draft, left at its first step: the "request form step" page. */
export async function startDraft(origin: string, address: string): Promise<string> {
	const location = await post(origin, '/demande', address, {});
	const draftId = /\/demande\/([0-9a-f-]{36})\//.exec(location)?.[1];
	if (!draftId) throw new Error(`brouillon non créé (redirection vers ${location})`);
	return draftId;
}

export async function prepareDraft(
	origin: string,
	address: string,
	commune: { inseeCode: string; name: string },
	today: Date
): Promise<PreparedDraft> {
	const draftId = await startDraft(origin, address);
	const step = (slug: string) => `/demande/${draftId}/${slug}`;
	await post(origin, step('coordonnees'), address, {
		parentNames: 'Famille Banc',
		email: `banc+${draftId.slice(0, 8)}@example.org`,
		appointmentMode: 'relay'
	});
	await post(origin, step('commune'), address, {
		residence: commune.name,
		residenceInsee: commune.inseeCode
	});
	await post(origin, step('enfants'), address, {
		childCount: '1',
		child1_status: 'born',
		child1_date: new Date(today.getTime() - 200 * 86_400_000).toISOString().slice(0, 10)
	});
	const next = await post(origin, step('besoin'), address, {
		desiredStart: plausibleStart(today),
		regularity: 'regular',
		mon_start: '08:00',
		mon_end: '17:00',
		thu_start: '08:00',
		thu_end: '17:00',
		careKinds: 'creche'
	});
	if (!next.endsWith('/envoi')) throw new Error(`étape « besoin » refusée (vers ${next})`);
	return { draftId, address };
}

/** The body of the last press: the consent, as the form sends it. */
export const submissionBody = new URLSearchParams({ consent: 'on' }).toString();
export const submissionHeaders = formHeaders;

/** `count` drafts, `concurrency` families at a time. */
export async function prepareDrafts(
	origin: string,
	count: number,
	concurrency: number,
	nextAddress: () => string,
	commune: { inseeCode: string; name: string },
	today: Date
): Promise<PreparedDraft[]> {
	const drafts: PreparedDraft[] = [];
	let started = 0;
	const worker = async () => {
		while (started < count) {
			started++;
			drafts.push(await prepareDraft(origin, nextAddress(), commune, today));
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
	return drafts;
}
