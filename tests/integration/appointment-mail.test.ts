import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import type { HeaderValue } from 'mailparser';
import { appointments, mailOutbox } from '../../src/lib/server/db/schema';
import { sendAppointmentMail } from '../../src/lib/server/appointments/appointment-mail';
import { deliverDueMessages } from '../../src/lib/server/mail/sender';
import { createSmtpTransport, type MailTransport } from '../../src/lib/server/mail/transport';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startSmtpServer, type TestSmtpServer } from './smtp-test-server';
import { insertAppointment, makeCalendarRelay, referenceOf } from './calendar-fixtures';

const quietLog = pino({ level: 'silent' });

/** The `method=` parameter of a parsed Content-Type header. */
const methodOf = (header: HeaderValue | undefined): unknown =>
	header && typeof header === 'object' && 'params' in header && 'method' in header.params
		? header.params.method
		: undefined;

/** One property's value in an iCalendar text, continuation lines unfolded. */
const icsValue = (ics: string, name: string) =>
	ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
		?.replace(/^[^:]*:/, '');

let t: TestDatabase;
let smtp: TestSmtpServer;
let transport: MailTransport;
beforeAll(async () => {
	t = await createTestDatabase();
	smtp = await startSmtpServer();
	transport = createSmtpTransport(smtp.url);
});
afterAll(async () => {
	transport.close?.();
	await smtp.close();
	await t.close();
});
beforeEach(async () => {
	await t.db.delete(mailOutbox);
	smtp.received.length = 0;
});

/** The mail as the family's mail client gets it, through the outbox and a real SMTP server. */
async function deliverOne() {
	const result = await deliverDueMessages(t.db, transport, { log: quietLog });
	expect(result).toEqual({ sent: 1, retried: 0, failed: 0 });
	expect(smtp.received).toHaveLength(1);
	const mail = smtp.received[0];
	if (!mail) throw new Error('no mail received');
	const parts = mail.attachments.map((a) => ({
		contentType: a.contentType,
		method: methodOf(a.headers.get('content-type')),
		filename: a.filename,
		content: a.content.toString('utf8')
	}));
	return { mail, parts };
}

describe('appointment mail', () => {
	it('sends a booking as a text/calendar REQUEST alternative and as rendez-vous.ics, saying who calls and at which number', async () => {
		const team = await makeCalendarRelay(t.db);
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-07T13:00:00Z'),
			contact: { email: 'camille.durand@exemple.test', parentNames: 'Camille Durand' }
		});
		await t.db.delete(mailOutbox); // the request's confirmation

		await t.db.transaction((tx) => sendAppointmentMail(tx, appointment.id, 'booked'));
		const { mail, parts } = await deliverOne();

		const reference = await referenceOf(t.db, appointment.requestId);
		expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(
			'camille.durand@exemple.test'
		);
		expect(mail.subject).toContain(reference);
		expect(mail.text).toContain('lundi 7 décembre 2026, de 14 h 00 à 14 h 45');
		expect(mail.text).toContain(
			`${team.animator.name}, du relais, vous appellera au 06 39 98 00 01`
		);
		expect(mail.text).toMatch(
			/ouvrez la page de suivi de votre demande :\n\S+\/suivi\/[a-z0-9]+\n/
		);
		expect(mail.html).toContain('Camille Durand');
		// The tracking link is a link in the HTML part.
		expect(mail.html).toMatch(/<a href="(\S+\/suivi\/[a-z0-9]+)">\1<\/a>/);

		const alternative = parts.find((p) => p.contentType === 'text/calendar');
		const attachment = parts.find((p) => p.filename === 'rendez-vous.ics');
		expect(alternative?.method).toBe('REQUEST');
		expect(alternative?.filename).toBeUndefined();
		expect(attachment).toBeDefined();
		// The same invitation in both.
		expect(attachment?.content).toBe(alternative?.content);
		const ics = alternative?.content ?? '';
		expect(icsValue(ics, 'METHOD')).toBe('REQUEST');
		expect(icsValue(ics, 'UID')).toBe(appointment.icalUid);
		expect(icsValue(ics, 'SEQUENCE')).toBe('0');
		expect(icsValue(ics, 'DTSTART')).toBe('20261207T130000Z');
	});

	it('sends a cancellation as METHOD:CANCEL with the same UID and the sequence the booking code set', async () => {
		const team = await makeCalendarRelay(t.db);
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-08T09:00:00Z'),
			kind: 'place'
		});
		await t.db.delete(mailOutbox); // the request's confirmation
		await t.db.transaction(async (tx) => {
			await tx
				.update(appointments)
				.set({ status: 'cancelled', icalSequence: 2 })
				.where(eq(appointments.id, appointment.id));
			await sendAppointmentMail(tx, appointment.id, 'cancelled');
		});
		const { mail, parts } = await deliverOne();

		expect(mail.subject).toContain('annulé');
		const alternative = parts.find((p) => p.contentType === 'text/calendar');
		expect(alternative?.method).toBe('CANCEL');
		expect(parts.some((p) => p.filename === 'rendez-vous.ics')).toBe(true);
		const ics = alternative?.content ?? '';
		expect(icsValue(ics, 'METHOD')).toBe('CANCEL');
		expect(icsValue(ics, 'STATUS')).toBe('CANCELLED');
		expect(icsValue(ics, 'UID')).toBe(appointment.icalUid);
		expect(icsValue(ics, 'SEQUENCE')).toBe('2');
	});

	it('gives the place, its address and access notes, and escapes names in the HTML part', async () => {
		const team = await makeCalendarRelay(t.db);
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-09T09:00:00Z'),
			kind: 'place',
			contact: { parentNames: 'Léa <b>Roux</b> & Tom' }
		});
		await t.db.delete(mailOutbox); // the request's confirmation
		await t.db.transaction((tx) => sendAppointmentMail(tx, appointment.id, 'rescheduled'));
		const { mail, parts } = await deliverOne();

		expect(mail.subject).toContain('déplacé');
		expect(mail.text).toContain('Maison de l’enfance, 3 rue des Écoles, 56800 Ploërmel');
		expect(mail.text).toContain('Accès : Entrée côté parking');
		expect(mail.html).toContain('Léa &lt;b&gt;Roux&lt;/b&gt; &amp; Tom');
		expect(mail.html).not.toContain('<b>Roux</b>');
		expect(parts.find((p) => p.contentType === 'text/calendar')?.method).toBe('REQUEST');
	});

	it('queues nothing when the change rolls back', async () => {
		const team = await makeCalendarRelay(t.db);
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-10T09:00:00Z')
		});
		await t.db.delete(mailOutbox); // the request's confirmation
		await expect(
			t.db.transaction(async (tx) => {
				await sendAppointmentMail(tx, appointment.id, 'booked');
				throw new Error('the booking failed');
			})
		).rejects.toThrow('the booking failed');
		expect(await t.db.$count(mailOutbox)).toBe(0);
	});
});
