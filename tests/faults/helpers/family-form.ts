import { addMonths, addYears } from '../../../src/lib/time/calendar-date';
import { todayInParis } from '../../../src/lib/time/paris';
import { request, type Answer } from './app-process';

/** One family of the load: its own client address (per-address limits), its own email. */
export interface Family {
	address: string;
	email: string;
	parentNames: string;
	/** INSEE code and name of the commune it lives in. */
	commune: { inseeCode: string; name: string };
}

/** Where a family got to: its draft (the idempotency key) once it had one, and whether sent. */
export interface FamilyOutcome {
	family: Family;
	draftId: string | null;
	sent: boolean;
	/** The answer that stopped it, when not sent: a 503 while the database was down. */
	stoppedBy?: { step: string; status: number };
}

/** Every HTTP answer a form press got, for the test's checks (statuses, calm page). */
export type RecordAnswer = (target: string, startedAt: number, answer: Answer) => void;

const SENT = /^\/demande\/envoyee\/([0-9a-f-]{36})$/;

/** The request form's steps in order, with what this family types at each (as the pages post). */
function steps(family: Family): [slug: string, fields: Record<string, string | string[]>][] {
	const today = todayInParis();
	return [
		[
			'coordonnees',
			{
				parentNames: family.parentNames,
				email: family.email,
				phone: '0639981234',
				appointmentMode: 'relay',
				contactTimes: 'le matin',
				homeLanguage: ''
			}
		],
		[
			'commune',
			{ residence: family.commune.name, residenceInsee: family.commune.inseeCode, work: '' }
		],
		[
			'enfants',
			{
				childCount: '1',
				child1_status: 'born',
				child1_date: addYears(today, -1),
				child1_support: 'no'
			}
		],
		[
			'besoin',
			{
				desiredStart: addMonths(today, 3),
				regularity: 'regular',
				careKinds: ['childminder_home', 'creche'],
				mon_start: '08:30',
				mon_end: '17:30',
				thu_start: '08:30',
				thu_end: '17:30'
			}
		],
		['envoi', { comment: '', consent: 'on', website: '' }]
	];
}

/**
 * A form press without JavaScript, as a browser posts it: from the app's origin (SvelteKit's
 * CSRF check), through the proxy that names the family's address.
 */
async function press(
	origin: string,
	family: Family,
	path: string,
	fields: Record<string, string | string[]>
): Promise<Answer> {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
	}
	return request(origin, path, {
		method: 'POST',
		headers: {
			accept: 'text/html',
			origin,
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': family.address
		},
		body: body.toString()
	});
}

/**
 * The whole public form, step by step over HTTP, the way a family without JavaScript sends a
 * request. Stops at the first answer that is not the expected redirect (a 503 while the
 * database is down): the family would come back later with the same draft (`resumeFamily`).
 */
export async function sendFamilyRequest(
	origin: string,
	family: Family,
	record: RecordAnswer
): Promise<FamilyOutcome> {
	const startedAt = Date.now();
	const first = await press(origin, family, '/demande', {});
	record('start the form', startedAt, first);
	const draftId = /^\/demande\/([0-9a-f-]{36})\//.exec(String(first.headers.location))?.[1];
	if (first.status !== 303 || !draftId) {
		return {
			family,
			draftId: null,
			sent: false,
			stoppedBy: { step: 'start', status: first.status }
		};
	}
	return pressSteps(origin, family, draftId, record);
}

/**
 * The family comes back to its draft and presses every step again, up to sending: what a
 * person does after a "try again in a moment" page. The same draft is the same idempotency
 * key; once the request is stored, any step answers with the confirmation.
 */
export const resumeFamily = (
	origin: string,
	outcome: FamilyOutcome & { draftId: string },
	record: RecordAnswer
) => pressSteps(origin, outcome.family, outcome.draftId, record);

async function pressSteps(
	origin: string,
	family: Family,
	draftId: string,
	record: RecordAnswer
): Promise<FamilyOutcome> {
	for (const [slug, fields] of steps(family)) {
		const startedAt = Date.now();
		const answer = await press(origin, family, `/demande/${draftId}/${slug}`, fields);
		record(`form step ${slug}`, startedAt, answer);
		const location = String(answer.headers.location ?? '');
		// Stored already (by this press, or by an earlier one whose answer was lost).
		if (answer.status === 303 && SENT.exec(location)?.[1] === draftId) {
			return { family, draftId, sent: true };
		}
		if (answer.status !== 303 || !location.startsWith(`/demande/${draftId}/`)) {
			return { family, draftId, sent: false, stoppedBy: { step: slug, status: answer.status } };
		}
	}
	return { family, draftId, sent: false, stoppedBy: { step: 'envoi', status: 0 } };
}
