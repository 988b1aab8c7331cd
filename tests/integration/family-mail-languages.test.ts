import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import {
	childcareRequests,
	mailOutbox,
	requestChildren,
	type OutboxMessage
} from '../../src/lib/server/db/schema';
import { config } from '../../src/lib/server/config';
import type { Locale } from '../../src/lib/i18n/locales';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { cancelAppointment } from '../../src/lib/server/appointments/change-appointment';
import { sendDueReminders } from '../../src/lib/server/appointments/appointment-reminders';
import { offerSlots } from '../../src/lib/server/appointments/offer-slots';
import { eraseByFamily } from '../../src/lib/server/requests/rights/erase-request';
import { enqueueConfirmationMail } from '../../src/lib/server/requests/request-mails';
import { sendFollowUps } from '../../src/lib/server/requests/follow-ups/send-follow-ups';
import { findRequestByTrackingToken } from '../../src/lib/server/requests/tracking';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune, submitRequest } from './request-fixtures';
import { makeQueueRelay, requestRow } from './queue-fixtures';
import { heldRequest } from './follow-up-fixtures';
import {
	makeBookingRelay,
	slotAt,
	at,
	BOOKING_ARRIVAL as arrival,
	BOOKING_NOW as now,
	HOUR
} from './booking-fixtures';

/**
 * Every mail and invitation of a request is in the request's language (`locale`), and its
 * tracking link names that language, so that it opens in it.
 */
let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The token of each tracking link in `text` that names `locale`. */
const linkTokens = (text: string, locale: Locale) =>
	[
		...text.matchAll(
			new RegExp(`${escapeRegExp(config.publicUrl)}/${locale}/suivi/([a-z0-9]+)`, 'g')
		)
	].map((match) => match[1] ?? '');

const mailsTo = (to: string) =>
	t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(asc(mailOutbox.createdAt));

const setLocale = (requestId: string, locale: Locale) =>
	t.db.update(childcareRequests).set({ locale }).where(eq(childcareRequests.id, requestId));

/** The invitation attached to a mail, as a calendar reads it (lines unfolded, text unescaped). */
function invitationOf(mail: OutboxMessage) {
	const attachment = mail.attachments.find((a) => a.filename.endsWith('.ics'));
	if (!attachment) return null;
	const lines = Buffer.from(attachment.content, 'base64')
		.toString('utf8')
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n');
	const value = (name: string) =>
		lines
			.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
			?.replace(/^[^:]*:/, '')
			.replaceAll('\\n', '\n')
			.replaceAll('\\,', ',')
			.replaceAll('\\;', ';');
	return {
		filename: attachment.filename,
		uid: value('UID'),
		sequence: Number(value('SEQUENCE')),
		method: value('METHOD'),
		summary: value('SUMMARY') ?? '',
		description: value('DESCRIPTION') ?? ''
	};
}

/** Sentences of the French mails and invitations that must not appear in another language. */
const FRENCH = [
	'Bonjour',
	'Votre demande',
	'votre demande',
	'Ce lien est personnel',
	'Une question ?',
	'Quand :',
	'vous appellera',
	'téléphonique',
	'Rappel',
	'Demande '
];

/** Books, moves and cancels an appointment of a new request in `locale`, with a reminder between. */
async function appointmentLife(locale: Locale, relayName: string) {
	const { animator, request } = await makeBookingRelay(t.db, arrival, relayName);
	await setLocale(request.id, locale);
	const before = (await mailsTo(request.email)).length;
	// Thursday 4 March 2027, 10:00 in Paris; then Friday 5 March, 15:00.
	const booked = await bookAppointment(
		t.db,
		animator,
		{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) },
		now
	);
	if (!booked.ok) throw new Error(booked.refusal);
	const moved = await bookAppointment(
		t.db,
		animator,
		{ requestId: request.id, ...slotAt(animator.id, at('2027-03-05T14:00:00Z')) },
		now
	);
	if (!moved.ok) throw new Error(moved.refusal);
	expect(
		await sendDueReminders(t.db, new Date(at('2027-03-05T14:00:00Z').getTime() - 30 * HOUR))
	).toBe(1);
	expect(await cancelAppointment(t.db, animator, booked.appointment.id, now)).toEqual({ ok: true });
	const [bookedMail, movedMail, reminder, cancelled, ...more] = (
		await mailsTo(request.email)
	).slice(before);
	expect(more).toEqual([]);
	if (!bookedMail || !movedMail || !reminder || !cancelled) throw new Error('a mail is missing');
	return { request, uid: booked.appointment.icalUid, bookedMail, movedMail, reminder, cancelled };
}

describe('the mails of a request in Arabic', () => {
	it('confirm the request in Arabic, with a tracking link to /ar/suivi/ that opens it', async () => {
		const relay = await makeRelay(t.db, 'Relais des Langues');
		const commune = await makeCommune(t.db, relay.id, 'Saint-Langue');
		const email = 'amina.haddad@exemple.test';
		const sent = await submitRequest(
			t.db,
			commune.inseeCode,
			{ contact: { parentNames: 'Amina Haddad', email } },
			{ now }
		);
		// The request form stores the family's language with the request; the confirmation the
		// submission queues is queued again here for a request in Arabic.
		await setLocale(sent.requestId, 'ar');
		await t.db.delete(mailOutbox).where(eq(mailOutbox.to, email));
		const request = await requestRow(t.db, sent.requestId);
		const children = await t.db
			.select()
			.from(requestChildren)
			.where(eq(requestChildren.requestId, sent.requestId));
		await t.db.transaction((tx) =>
			enqueueConfirmationMail(tx, request, children, sent.trackingToken, now)
		);

		const [mail, ...others] = await mailsTo(email);
		expect(others).toEqual([]);
		if (!mail) throw new Error('no confirmation');
		expect(mail.subject).toContain('وصلنا طلبك');
		expect(mail.subject).toContain(sent.reference);
		expect(mail.text).toContain('مرحبًا');
		expect(mail.text).toContain('رقم طلبك');
		expect(mail.text).toContain('Relais Petite Enfance');
		for (const french of [
			'Bonjour',
			'Numéro de votre demande',
			'Ce lien est personnel',
			'Une question ?'
		])
			expect(mail.text).not.toContain(french);
		expect(linkTokens(mail.text, 'ar')).toEqual([sent.trackingToken]);
		expect(mail.text).not.toMatch(/\/(fr|en)\/suivi\//);
		expect((await findRequestByTrackingToken(t.db, sent.trackingToken))?.id).toBe(sent.requestId);
	});

	it('ask the follow-up question in Arabic, with answer links under /ar/suivi/', async () => {
		const { commune, animator } = await makeQueueRelay(t.db, 'Relais Suivi Arabe');
		const held = await heldRequest(
			t.db,
			{ inseeCode: commune.inseeCode, animator },
			at('2026-03-02T09:00:00Z')
		);
		await setLocale(held.id, 'ar');
		expect((await sendFollowUps(t.db, at('2026-04-02T07:00:00Z'))).sent).toBeGreaterThan(0);
		// The last mail of the request, after its confirmation (sent in French before the change).
		const mail = (
			await t.db
				.select()
				.from(mailOutbox)
				.where(eq(mailOutbox.requestId, held.id))
				.orderBy(asc(mailOutbox.createdAt))
		).at(-1);
		expect(mail?.subject).toBe('هل وجدت من يرعى طفلك؟');
		expect(mail?.text).toContain('نعم، وجدنا');
		expect(mail?.text).toMatch(/\/ar\/suivi\/[a-z0-9]+\/nouvelles\?reponse=found/);
		expect(linkTokens(mail?.text ?? '', 'ar').length).toBeGreaterThan(1);
		for (const french of FRENCH) expect(mail?.text).not.toContain(french);
	});

	it('tell the appointment in Arabic, right to left in the HTML part', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival, 'Relais Arabe');
		await setLocale(request.id, 'ar');
		const booked = await bookAppointment(
			t.db,
			animator,
			{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) },
			now
		);
		if (!booked.ok) throw new Error(booked.refusal);
		const mail = (await mailsTo(request.email)).at(-1);
		if (!mail) throw new Error('no booking mail');
		expect(mail.subject).toContain('موعدك مع المكتب');
		expect(mail.html).toMatch(/^<div lang="ar" dir="rtl">/);
		expect(linkTokens(mail.text, 'ar')).toHaveLength(1);
		expect(invitationOf(mail)?.summary).toContain('موعد بالهاتف');
		for (const french of FRENCH) expect(mail.text).not.toContain(french);
	});
});

describe('the appointment of a request in English', () => {
	it('is booked, reminded, moved and cancelled in English, invitation included, with the UID and SEQUENCE of a French one', async () => {
		const english = await appointmentLife('en', 'Relais Anglais');
		const { bookedMail, movedMail, reminder, cancelled } = english;

		// "Thursday 4 March" or "Thursday, 4 March", as the ICU of the machine writes en-GB.
		expect(bookedMail.subject).toMatch(
			new RegExp(
				`^Your appointment with the Relais on Thursday,? 4 March 2027 at 10:00 \\(${english.request.reference}\\)$`
			)
		);
		expect(bookedMail.text).toContain('Hello Famille Rendez-vous');
		expect(bookedMail.text).toMatch(/When: Thursday,? 4 March 2027, 10:00 – 10:45\./);
		expect(bookedMail.html).toMatch(/^<div lang="en" dir="ltr">/);
		expect(movedMail.subject).toMatch(
			/^Your appointment has moved to Friday,? 5 March 2027 at 15:00/
		);
		expect(reminder.subject).toMatch(
			new RegExp(
				`^Reminder: appointment with the Relais on Friday,? 5 March 2027 at 15:00 \\(${english.request.reference}\\)$`
			)
		);
		expect(reminder.text).toContain('This is a reminder of your appointment with Relais Anglais');
		expect(cancelled.subject).toContain('Your appointment with the Relais is cancelled');
		for (const mail of [bookedMail, movedMail, reminder, cancelled]) {
			for (const french of FRENCH) expect(mail.text, mail.subject).not.toContain(french);
			expect(linkTokens(mail.text, 'en'), mail.subject).toHaveLength(1);
		}

		const invitations = [bookedMail, movedMail, cancelled].map(invitationOf);
		expect(invitationOf(reminder)).toBeNull();
		for (const invitation of invitations) {
			expect(invitation?.filename).toBe('appointment.ics');
			expect(invitation?.summary).toBe('Phone appointment with Relais Anglais');
			expect(invitation?.description).toContain(`Request ${english.request.reference}.`);
			expect(invitation?.description).toContain('from the Relais, will call you on');
			expect(invitation?.description).toContain('Cannot come? Please tell the Relais on');
			for (const french of FRENCH) expect(invitation?.description).not.toContain(french);
		}
		expect(invitations.map((i) => [i?.uid, i?.sequence, i?.method])).toEqual([
			[english.uid, 0, 'REQUEST'],
			[english.uid, 1, 'REQUEST'],
			[english.uid, 2, 'CANCEL']
		]);

		// The same life in French: the same calendar rules, in French words.
		const french = await appointmentLife('fr', 'Relais Français');
		const frenchInvitations = [french.bookedMail, french.movedMail, french.cancelled].map(
			invitationOf
		);
		expect(frenchInvitations.map((i) => [i?.sequence, i?.method])).toEqual(
			invitations.map((i) => [i?.sequence, i?.method])
		);
		expect(new Set(frenchInvitations.map((i) => i?.uid))).toEqual(new Set([french.uid]));
		expect(frenchInvitations[0]?.summary).toBe('Rendez-vous téléphonique avec le Relais Français');
		expect(french.reminder.subject).toMatch(
			/^Rappel : rendez-vous avec le relais le vendredi 5 mars 2027 à 15 h 00/
		);
		expect(linkTokens(french.bookedMail.text, 'fr')).toHaveLength(1);
	});
});

describe('the other mails of a request in English', () => {
	it('offer slots and confirm the erasure in English', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival, 'Relais Offre');
		await setLocale(request.id, 'en');
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
		const offer = (await mailsTo(request.email)).at(-1);
		expect(offer?.subject).toBe(`Choose your appointment with the Relais (${request.reference})`);
		expect(offer?.text).toMatch(/- Friday,? 5 March 2027, 10:00 – 10:45, by phone/);
		expect(linkTokens(offer?.text ?? '', 'en')).toHaveLength(1);
		for (const french of FRENCH) expect(offer?.text).not.toContain(french);

		expect(await eraseByFamily(t.db, request.token, now)).toEqual({ ok: true });
		const erasure = (await mailsTo(request.email)).at(-1);
		expect(erasure?.subject).toBe('Your data have been deleted');
		expect(erasure?.text).toContain('As you asked, the Relais has deleted the personal data');
		expect(erasure?.text).not.toContain('/suivi/');
	});
});
