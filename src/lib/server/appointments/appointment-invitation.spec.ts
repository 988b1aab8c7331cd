import { describe, expect, it } from 'vitest';
import {
	buildAppointmentInvitation,
	mailboxAddress,
	type AppointmentInvitation
} from './appointment-invitation';
import { familyMessagesOf } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';

interface IcsProperty {
	name: string;
	params: Record<string, string>;
	value: string;
}

/**
 * A tiny reader of iCalendar lines (RFC 5545 §3.1): continuation lines (starting with a space
 * or a tab) are unfolded, then each line splits into name, parameters and value.
 */
function parseIcs(text: string): IcsProperty[] {
	const unfolded = text
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter((line) => line !== '');
	return unfolded.map((line) => {
		const colon = line.indexOf(':');
		const [name = '', ...params] = line.slice(0, colon).split(';');
		return {
			name: name.toUpperCase(),
			params: Object.fromEntries(
				params.map((p) => {
					const [key = '', value = ''] = p.split('=');
					return [key.toUpperCase(), value.replace(/^"|"$/g, '')];
				})
			),
			value: line.slice(colon + 1)
		};
	});
}

/** The properties of the calendar (outside any component) and of the single VEVENT. */
function readInvitation(text: string) {
	const lines = parseIcs(text);
	const begin = lines.findIndex((l) => l.name === 'BEGIN' && l.value === 'VEVENT');
	const end = lines.findIndex((l) => l.name === 'END' && l.value === 'VEVENT');
	expect(lines.filter((l) => l.name === 'BEGIN' && l.value === 'VEVENT')).toHaveLength(1);
	const calendar = lines.slice(0, begin);
	const event = lines.slice(begin + 1, end);
	const one = (props: IcsProperty[], name: string) => props.find((p) => p.name === name);
	return {
		method: one(calendar, 'METHOD')?.value,
		uid: one(event, 'UID')?.value,
		sequence: one(event, 'SEQUENCE')?.value,
		status: one(event, 'STATUS')?.value,
		start: one(event, 'DTSTART')?.value,
		end: one(event, 'DTEND')?.value,
		stamp: one(event, 'DTSTAMP')?.value,
		organizer: one(event, 'ORGANIZER'),
		attendee: one(event, 'ATTENDEE'),
		summary: one(event, 'SUMMARY')?.value,
		description: one(event, 'DESCRIPTION')?.value.replaceAll('\\n', '\n').replaceAll('\\,', ','),
		location: one(event, 'LOCATION')?.value.replaceAll('\\,', ',')
	};
}

const base: AppointmentInvitation = {
	uid: 'rdv-4f0c2b7e@guichet',
	sequence: 0,
	method: 'REQUEST',
	// Monday 7 December 2026, 14:00–14:45 in Paris (UTC+1).
	startsAt: new Date('2026-12-07T13:00:00Z'),
	endsAt: new Date('2026-12-07T13:45:00Z'),
	reference: 'VO-2026-00042',
	way: { kind: 'phone', callerName: 'Sophie Martin', phone: '06 39 98 00 01' },
	relay: { name: 'Relais Petite Enfance du Val d’Oust', phone: '02 97 00 00 00' },
	organizer: { name: 'Relais Petite Enfance du Val d’Oust', email: 'ne-pas-repondre@guichet.test' },
	attendee: { name: 'Camille Durand', email: 'camille.durand@exemple.test' },
	now: new Date('2026-12-01T09:00:00Z')
};

/** The invitation in a language (French unless said). */
const build = (invitation: AppointmentInvitation, locale: Locale = 'fr') =>
	buildAppointmentInvitation(invitation, familyMessagesOf(locale));

describe('appointment invitation', () => {
	it('keeps its UID across a booking, a reschedule and a cancellation, with SEQUENCE 0, 1, 2 and the right METHOD', () => {
		const booking = readInvitation(build(base));
		const reschedule = readInvitation(
			build({
				...base,
				sequence: 1,
				startsAt: new Date('2026-12-08T08:30:00Z'),
				endsAt: new Date('2026-12-08T09:15:00Z')
			})
		);
		const cancellation = readInvitation(
			build({
				...base,
				sequence: 2,
				method: 'CANCEL',
				startsAt: new Date('2026-12-08T08:30:00Z'),
				endsAt: new Date('2026-12-08T09:15:00Z')
			})
		);

		expect([booking.uid, reschedule.uid, cancellation.uid]).toEqual([base.uid, base.uid, base.uid]);
		expect([booking.sequence, reschedule.sequence, cancellation.sequence]).toEqual(['0', '1', '2']);
		expect([booking.method, reschedule.method, cancellation.method]).toEqual([
			'REQUEST',
			'REQUEST',
			'CANCEL'
		]);
		expect(cancellation.status).toBe('CANCELLED');
		expect(booking.status).toBe('CONFIRMED');
		expect([booking.start, booking.end]).toEqual(['20261207T130000Z', '20261207T134500Z']);
		expect([reschedule.start, reschedule.end]).toEqual(['20261208T083000Z', '20261208T091500Z']);
		expect(booking.stamp).toBe('20261201T090000Z');
	});

	it('names the relay as organizer and the family as attendee', () => {
		const invitation = readInvitation(build(base));
		expect(invitation.organizer?.value.toLowerCase()).toBe('mailto:ne-pas-repondre@guichet.test');
		expect(invitation.organizer?.params.CN).toBe(base.organizer.name);
		expect(invitation.attendee?.value.toLowerCase()).toBe('mailto:camille.durand@exemple.test');
		expect(invitation.attendee?.params.CN).toBe('Camille Durand');
	});

	it('says who calls and at which number for a phone appointment', () => {
		const invitation = readInvitation(build(base));
		expect(invitation.summary).toContain('téléphonique');
		expect(invitation.description).toContain(
			'Sophie Martin, du relais, vous appellera au 06 39 98 00 01'
		);
		expect(invitation.location).toContain('06 39 98 00 01');
	});

	it('gives the place, its address and access notes for an appointment at the relay', () => {
		const invitation = readInvitation(
			build({
				...base,
				way: {
					kind: 'place',
					placeName: 'Maison de l’enfance',
					address: '3 rue des Écoles, 56800 Ploërmel',
					accessNotes: 'Entrée côté parking, rez-de-chaussée'
				}
			})
		);
		expect(invitation.location).toBe('Maison de l’enfance, 3 rue des Écoles, 56800 Ploërmel');
		expect(invitation.description).toContain('Accès : Entrée côté parking, rez-de-chaussée');
		expect(invitation.description).not.toContain('appellera');
	});

	it('speaks the request’s language, with the same UID, SEQUENCE and METHOD', () => {
		const moved = { ...base, sequence: 1 };
		const cancelled = { ...base, sequence: 2, method: 'CANCEL' as const };
		for (const locale of ['en', 'ar'] as const) {
			const translated = [base, moved, cancelled].map((i) => readInvitation(build(i, locale)));
			const french = [base, moved, cancelled].map((i) => readInvitation(build(i)));
			expect(translated.map((i) => [i.uid, i.sequence, i.method, i.status])).toEqual(
				french.map((i) => [i.uid, i.sequence, i.method, i.status])
			);
			expect(translated[0]?.start).toBe(french[0]?.start);
			expect(translated[0]?.summary).not.toBe(french[0]?.summary);
			expect(translated[0]?.description).not.toContain('appellera');
		}
		const english = readInvitation(build(base, 'en'));
		expect(english.summary).toBe('Phone appointment with Relais Petite Enfance du Val d’Oust');
		expect(english.description).toBe(
			[
				'Request VO-2026-00042.',
				'Appointment by phone: Sophie Martin, from the Relais, will call you on 06 39 98 00 01.',
				'Please be ready to answer this number at the time of the appointment.',
				'Cannot come? Please tell the Relais on 02 97 00 00 00.'
			].join('\n')
		);
		expect(english.location).toBe('By phone (call to 06 39 98 00 01)');
		const arabic = readInvitation(build(base, 'ar'));
		expect(arabic.summary).toContain('موعد بالهاتف');
		// The number reads left to right inside the Arabic text.
		expect(arabic.description).toContain('\u206606 39 98 00 01\u2069');
	});

	it('reads the address out of MAIL_FROM', () => {
		expect(mailboxAddress('Guichet RPE <ne-pas-repondre@guichet.invalid>')).toBe(
			'ne-pas-repondre@guichet.invalid'
		);
		expect(mailboxAddress('relais@example.org')).toBe('relais@example.org');
	});
});
