import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { childcareRequests, mailOutbox } from '../../src/lib/server/db/schema';
import { config } from '../../src/lib/server/config';
import { sendAppointmentMail } from '../../src/lib/server/appointments/appointment-mail';
import { sendDueReminders } from '../../src/lib/server/appointments/appointment-reminders';
import { chooseOfferedSlot, offerSlots } from '../../src/lib/server/appointments/offer-slots';
import {
	findRequestByTrackingToken,
	requestNewTrackingLink
} from '../../src/lib/server/requests/tracking';
import { enqueueFamilyMail } from '../../src/lib/server/requests/family-mail';
import { mailTrackingToken } from '../../src/lib/server/requests/tracking-link';
import { createTestDatabase, type TestDatabase } from './test-database';
import {
	appointmentsOf,
	makeBookingRelay,
	slotAt,
	at,
	BOOKING_ARRIVAL as arrival,
	BOOKING_NOW as now,
	HOUR
} from './booking-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const mailsOf = (to: string) =>
	t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(asc(mailOutbox.createdAt));

const LINK = new RegExp(
	`${config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/fr/suivi/([a-z0-9]+)`,
	'g'
);

/** The tracking links a mail carries, in its text and in its HTML part. */
function linksOf(mail: { text: string; html: string | null }) {
	const tokens = (body: string) => [...body.matchAll(LINK)].map((match) => match[1] ?? '');
	return { text: tokens(mail.text), html: mail.html === null ? null : tokens(mail.html) };
}

/** Whether the link opens this request's tracking page. */
async function opens(token: string, requestId: string) {
	return (await findRequestByTrackingToken(t.db, token))?.id === requestId;
}

describe('every mail to a family', () => {
	it('carries a tracking link that opens its request: confirmation, offer, booking, move, cancellation, reminder, new link', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		if (!request.token) throw new Error('no tracking token');

		const offered = await offerSlots(
			t.db,
			animator,
			request.id,
			[
				slotAt(animator.id, at('2027-03-05T09:00:00Z')),
				slotAt(animator.id, at('2027-03-05T10:00:00Z')),
				slotAt(animator.id, at('2027-03-06T09:00:00Z'))
			],
			now
		);
		if (!offered.ok) throw new Error(offered.refusal);
		const offerMail = (await mailsOf(request.email)).at(-1);
		const offerLink = offerMail ? linksOf(offerMail).text[0] : undefined;
		if (!offerLink) throw new Error('the offer mail has no link');

		// The family chooses with the link of the offer mail: it works for actions too.
		const [first] = (await appointmentsOf(t.db, request.id)).sort(
			(a, b) => a.startsAt.getTime() - b.startsAt.getTime()
		);
		if (!first) throw new Error('no offered slot');
		const chosen = await chooseOfferedSlot(t.db, offerLink, first.id, now);
		expect(chosen).toEqual({ ok: true, appointmentId: first.id });

		await t.db.transaction((tx) => sendAppointmentMail(tx, first.id, 'rescheduled', now));
		expect(await sendDueReminders(t.db, new Date(first.startsAt.getTime() - 30 * HOUR))).toBe(1);
		await t.db.transaction((tx) => sendAppointmentMail(tx, first.id, 'cancelled', now));

		const mails = await mailsOf(request.email);
		const subjects = mails.map((mail) => mail.subject);
		expect(subjects).toEqual([
			expect.stringContaining('est bien reçue'),
			expect.stringContaining('Choisissez votre rendez-vous'),
			expect.stringContaining('Votre rendez-vous avec le relais le'),
			expect.stringContaining('Votre rendez-vous est déplacé'),
			expect.stringContaining('Rappel'),
			expect.stringContaining('est annulé')
		]);
		for (const mail of mails) {
			const links = linksOf(mail);
			expect(links.text, mail.subject).toHaveLength(1);
			if (links.html) {
				expect(links.html.length, mail.subject).toBeGreaterThan(0);
				expect(new Set(links.html), mail.subject).toEqual(new Set(links.text));
			}
			expect(await opens(links.text[0] ?? '', request.id), mail.subject).toBe(true);
		}
		// The confirmation carries the token issued with the request, the one the family keeps.
		expect(linksOf(mails[0] ?? { text: '', html: null }).text).toEqual([request.token]);

		// A new link replaces the old one in every form: the links of earlier mails stop working.
		expect(await requestNewTrackingLink(t.db, request.email, '192.0.2.90', now)).toEqual({
			ok: true,
			renewed: 1
		});
		const renewal = (await mailsOf(request.email)).at(-1);
		if (!renewal) throw new Error('no new-link mail');
		const [renewed] = linksOf(renewal).text;
		expect(await opens(renewed ?? '', request.id)).toBe(true);
		for (const mail of mails)
			expect(await opens(linksOf(mail).text[0] ?? '', request.id)).toBe(false);
		// And the next mail carries a link that works with the new token.
		await t.db.transaction((tx) => sendAppointmentMail(tx, first.id, 'booked', now));
		const next = (await mailsOf(request.email)).at(-1);
		expect(await opens(next ? (linksOf(next).text[0] ?? '') : '', request.id)).toBe(true);
	});

	it('no link opens another request, and a forged one opens nothing', async () => {
		const { request } = await makeBookingRelay(t.db, arrival, 'Relais Liens');
		const { request: other } = await makeBookingRelay(t.db, arrival, 'Relais Liens bis');
		const token = (await mailTokenFor(request.id)) ?? '';
		const otherToken = (await mailTokenFor(other.id)) ?? '';
		expect(await opens(token, request.id)).toBe(true);
		expect(await opens(otherToken, other.id)).toBe(true);
		// Another request's id with this request's code, or a code changed by one letter.
		expect(
			await findRequestByTrackingToken(t.db, otherToken.slice(0, 32) + token.slice(32))
		).toBeNull();
		const flipped = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
		expect(await findRequestByTrackingToken(t.db, flipped)).toBeNull();
	});

	it('a mail without its tracking link is refused, and nothing is queued', async () => {
		const { request, relay } = await makeBookingRelay(t.db, arrival, 'Relais Oubli');
		const before = (await mailsOf(request.email)).length;
		await expect(
			t.db.transaction((tx) =>
				enqueueFamilyMail(
					tx,
					{ requestId: request.id, relayId: relay.id, email: request.email },
					() => ({ subject: 'Sans lien', text: 'Bonjour, pas de lien ici.' })
				)
			)
		).rejects.toThrow(/no tracking link/);
		expect(await mailsOf(request.email)).toHaveLength(before);
	});
});

/** The mail token of a request, as a mail would carry it. */
async function mailTokenFor(requestId: string): Promise<string | undefined> {
	const [row] = await t.db
		.select({ hash: childcareRequests.trackingTokenHash })
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId));
	return row ? mailTrackingToken(requestId, row.hash) : undefined;
}
