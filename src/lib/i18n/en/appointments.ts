import type { appointments as fr } from '../fr/appointments';
import { formatsFor } from '$lib/format/locale-formats';

/**
 * Texts of appointments that a family reads: the appointment part of its tracking page (see
 * the French module).
 */

const f = formatsFor('en');
const on = (when: Date) => f.dateTime(when, { weekday: true });

const way = (p: { kind: 'place' | 'phone'; placeName: string | null }) =>
	p.kind === 'phone' ? 'by phone' : `at the Relais (${p.placeName ?? 'meeting place'})`;
const times = (startsAt: Date, endsAt: Date) => `${f.time(startsAt)} to ${f.time(endsAt)}`;

export const appointments: typeof fr = {
	family: {
		title: 'Your appointment with the Relais',
		slotLine: (p) =>
			`${f.date(p.startsAt, { weekday: true })}, ${times(p.startsAt, p.endsAt)}, ${way(p)}`,
		offered: {
			title: 'Choose your appointment',
			legend: 'The times the Relais offers you',
			hint: (until: Date) => `We keep them for you until ${on(until)}.`,
			submit: 'Choose this time',
			done: 'Your appointment is booked. You will get an email with an invitation for your calendar.'
		},
		booked: {
			when: (line: string) => `Appointment: ${line}.`,
			phone: (phone: string | null) =>
				phone ? `The Relais will call you on ${f.phone(phone)}.` : 'The Relais will call you.',
			place: (name: string, address: string) => `Address: ${name}, ${address}.`,
			access: (notes: string) => `How to get there: ${notes}`,
			tooLate: (relayPhone: string) =>
				`Your appointment is in less than 24 hours. To change it, call the Relais on ${f.phone(relayPhone)}.`,
			moveTitle: 'Change the time of the appointment',
			moveLegend: 'New time',
			moveHint: 'You can do this until 24 hours before the appointment.',
			moveDay: (day: string) => f.date(day, { weekday: true, year: false }),
			timeLine: (p) => `${times(p.startsAt, p.endsAt)}, ${way(p)}`,
			noFreeSlot: (relayPhone: string) =>
				`There is no other free time at the moment. Call the Relais on ${f.phone(relayPhone)}.`,
			move: 'Move the appointment',
			cancelTitle: 'Cancel the appointment',
			cancelText: 'Your request stays open. The Relais will offer you another appointment.',
			cancel: 'Cancel this appointment',
			moved: 'Your appointment is moved. You will get an email with the new invitation.',
			cancelled: 'Your appointment is cancelled. You will get an email to confirm.'
		},
		errors: {
			slotRequired: 'Choose a time.'
		},
		refusal: {
			not_found: 'We cannot find this appointment or this request.',
			not_open: 'This request is closed. You cannot book an appointment any more.',
			no_longer_offered:
				'This time is no longer offered. Someone chose it already, or the 48 hours are over.',
			not_booked:
				'This appointment is no longer planned. It was cancelled, or it has already taken place.',
			too_late:
				'Your appointment is in less than 24 hours. You cannot move or cancel it online any more. Call the Relais.',
			not_started: 'The appointment has not started yet.',
			slot_taken: 'Someone has just taken this time. Choose another one.',
			invalid_range: 'This time is no longer possible. Choose another one.',
			in_the_past: 'This time has already passed. Choose another one.',
			animator_not_found: 'This time is no longer possible. Choose another one.',
			outside_opening_hours: 'This time is no longer possible. Choose another one.',
			place_required: 'This time is no longer possible. Choose another one.',
			place_not_found: 'This meeting place no longer exists. Choose another time.',
			phone_required:
				'Your phone number is missing. Add it to your contact details, then choose again.'
		}
	}
};
