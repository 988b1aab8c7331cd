import { request, type Answer } from './app-process';
import type { RecordAnswer } from './family-form';

/** A signed-in member of a relay's staff, as their browser holds it: a session cookie. */
export interface StaffSession {
	email: string;
	address: string;
	cookie: string;
}

/** Signs in through `/connexion` as a person does; throws when the account is refused. */
export async function signInStaff(
	origin: string,
	account: { email: string; password: string },
	address: string
): Promise<StaffSession> {
	const answer = await request(origin, '/connexion', {
		method: 'POST',
		headers: {
			accept: 'text/html',
			origin,
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address
		},
		body: new URLSearchParams({ email: account.email, password: account.password }).toString()
	});
	const setCookie = answer.headers['set-cookie']?.find((c) => c.startsWith('guichet_session='));
	const cookie = setCookie?.split(';')[0];
	if (answer.status !== 303 || !cookie) {
		throw new Error(`sign-in of ${account.email} refused: ${answer.status}`);
	}
	return { email: account.email, address, cookie };
}

const headersOf = (origin: string, staff: StaffSession, form: boolean) => ({
	accept: 'text/html',
	cookie: staff.cookie,
	'x-forwarded-for': staff.address,
	...(form ? { origin, 'content-type': 'application/x-www-form-urlencoded' } : {})
});

/** One slot of the booking page: `<animator id>_<start, ISO>` (slot-choice.ts's `slotKey`). */
const SLOT_KEY =
	/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;

/**
 * An animator's turn at the desk: "take the next request" in the queue, open its booking page,
 * book one of its free slots. Stops at the first answer that is not the expected one (a 503
 * while the database is down, an empty queue, a slot just taken by a colleague).
 */
export async function takeAndBook(
	origin: string,
	staff: StaffSession,
	record: RecordAnswer,
	pick: (slots: string[]) => string | undefined
): Promise<void> {
	let startedAt = Date.now();
	const taken: Answer = await request(origin, '/relais/file?/takeNext', {
		method: 'POST',
		headers: headersOf(origin, staff, true),
		body: ''
	});
	record('take next', startedAt, taken);
	const reference = /^\/relais\/demandes\/([A-Z]{2,4}-\d{4}-\d{5,})$/.exec(
		String(taken.headers.location ?? '')
	)?.[1];
	if (taken.status !== 303 || !reference) return;

	startedAt = Date.now();
	const page = await request(origin, `/relais/demandes/${reference}/rendez-vous/__data.json`, {
		headers: { ...headersOf(origin, staff, false), accept: 'application/json' }
	});
	record('booking page', startedAt, page);
	const slot = pick([...new Set(page.body.match(SLOT_KEY) ?? [])]);
	if (page.status !== 200 || !slot) return;

	startedAt = Date.now();
	const booked = await request(origin, `/relais/demandes/${reference}/rendez-vous?/book`, {
		method: 'POST',
		headers: headersOf(origin, staff, true),
		body: new URLSearchParams({ slot, phone: '' }).toString()
	});
	record('book a slot', startedAt, booked);
}
