import { eq } from 'drizzle-orm';
import { m } from '$lib/i18n';
import type { MeetingWay } from '$lib/i18n/fr/family-mail';
import { config } from '../config';
import { appointments, childcareRequests, receptionPlaces, relays, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import type { MailAttachment } from '../mail/enqueue-mail';
import { enqueueFamilyMail } from '../requests/family-mail';
import {
	buildAppointmentInvitation,
	mailboxAddress,
	type InvitationMethod
} from './appointment-invitation';

export type AppointmentChange = 'booked' | 'rescheduled' | 'cancelled';
type AppointmentMailKind = AppointmentChange | 'reminder';

/** Everything a mail or an invitation says about one appointment. */
export interface MailedAppointment {
	id: string;
	requestId: string;
	relayId: string;
	uid: string;
	sequence: number;
	startsAt: Date;
	endsAt: Date;
	reference: string;
	parentNames: string;
	email: string | null;
	way: MeetingWay;
	relay: { name: string; phone: string; email: string };
}

/**
 * Queues the family's mail about a booking, a change or a cancellation, with the invitation
 * that updates their calendar. THE call of the booking code, inside its transaction, after it
 * saved the change and incremented `icalSequence` (the invitation carries the row as it is).
 * A family without an email gets no mail (the relay phones them).
 *
 * Like every mail to a family it carries the request's tracking link (a mail token: see
 * requests/tracking-link.ts), where the family moves or cancels the appointment.
 */
export async function sendAppointmentMail(
	tx: Db,
	appointmentId: string,
	change: AppointmentChange,
	now = new Date()
): Promise<void> {
	const appointment = await loadMailedAppointment(tx, appointmentId);
	await enqueueAppointmentMail(tx, appointment, change, now);
}

export async function enqueueAppointmentMail(
	tx: Db,
	appointment: MailedAppointment,
	kind: AppointmentMailKind,
	now: Date
): Promise<void> {
	if (!appointment.email) return;
	const method: InvitationMethod | null =
		kind === 'cancelled' ? 'CANCEL' : kind === 'reminder' ? null : 'REQUEST';
	const attachments: MailAttachment[] = method
		? [
				{
					filename: 'rendez-vous.ics',
					contentType: 'text/calendar; charset=utf-8',
					content: buildAppointmentInvitation({
						uid: appointment.uid,
						sequence: appointment.sequence,
						method,
						startsAt: appointment.startsAt,
						endsAt: appointment.endsAt,
						reference: appointment.reference,
						way: appointment.way,
						relay: appointment.relay,
						organizer: { name: appointment.relay.name, email: mailboxAddress(config.mailFrom) },
						attendee: { name: appointment.parentNames, email: appointment.email },
						now
					}),
					method
				}
			]
		: [];
	const recipient = {
		requestId: appointment.requestId,
		relayId: appointment.relayId,
		email: appointment.email
	};
	await enqueueFamilyMail(tx, recipient, (trackingLink) => {
		const paragraphs = [
			...mailParagraphs(appointment, kind, trackingLink),
			m.familyMail.signature(appointment.relay.name)
		];
		return {
			subject: subjectOf(appointment, kind),
			text: paragraphs.join('\n\n'),
			html: paragraphs
				.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
				.join('\n')
				// The link's characters need no escaping: it reads the same in the escaped text.
				.replaceAll(trackingLink, `<a href="${trackingLink}">${trackingLink}</a>`),
			attachments
		};
	});
}

function subjectOf(a: MailedAppointment, kind: AppointmentMailKind): string {
	const s = m.familyMail.appointment.subject;
	switch (kind) {
		case 'booked':
			return s.booked(a.reference, a.startsAt);
		case 'rescheduled':
			return s.rescheduled(a.reference, a.startsAt);
		case 'cancelled':
			return s.cancelled(a.reference);
		case 'reminder':
			return s.reminder(a.reference, a.startsAt);
	}
}

function mailParagraphs(
	a: MailedAppointment,
	kind: AppointmentMailKind,
	trackingLink: string
): string[] {
	const t = m.familyMail.appointment;
	const text = {
		parentNames: a.parentNames,
		relayName: a.relay.name,
		reference: a.reference,
		startsAt: a.startsAt,
		endsAt: a.endsAt,
		way: a.way,
		relayPhone: a.relay.phone,
		relayEmail: a.relay.email,
		trackingLink
	};
	if (kind === 'cancelled') {
		return [
			t.greeting(a.parentNames),
			t.intro.cancelled(text),
			t.wasWhen(a.startsAt, a.endsAt),
			t.cancelHint,
			...t.contactLines(text, true)
		];
	}
	return [
		t.greeting(a.parentNames),
		t.intro[kind](text),
		[t.when(a.startsAt, a.endsAt), ...t.wayLines(a.way)].join('\n'),
		...(kind === 'reminder' ? [] : [t.calendarHint]),
		...t.contactLines(text)
	];
}

export async function loadMailedAppointment(
	db: Db,
	appointmentId: string
): Promise<MailedAppointment> {
	const [row] = await db
		.select({
			appointment: appointments,
			requestId: childcareRequests.id,
			reference: childcareRequests.reference,
			parentNames: childcareRequests.parentNames,
			email: childcareRequests.email,
			relay: { name: relays.name, phone: relays.phone, email: relays.email },
			animatorName: staffUsers.name,
			place: {
				name: receptionPlaces.name,
				address: receptionPlaces.address,
				accessNotes: receptionPlaces.accessNotes
			}
		})
		.from(appointments)
		.innerJoin(childcareRequests, eq(childcareRequests.id, appointments.requestId))
		.innerJoin(relays, eq(relays.id, appointments.relayId))
		.innerJoin(staffUsers, eq(staffUsers.id, appointments.animatorId))
		.leftJoin(receptionPlaces, eq(receptionPlaces.id, appointments.placeId))
		.where(eq(appointments.id, appointmentId));
	if (!row) throw new Error(`appointment ${appointmentId} not found`);
	const { appointment } = row;
	return {
		id: appointment.id,
		requestId: row.requestId,
		relayId: appointment.relayId,
		uid: appointment.icalUid,
		sequence: appointment.icalSequence,
		startsAt: appointment.startsAt,
		endsAt: appointment.endsAt,
		reference: row.reference,
		parentNames: row.parentNames,
		email: row.email,
		way: meetingWay(appointment, row.animatorName, row.place),
		relay: row.relay
	};
}

function meetingWay(
	appointment: { id: string; kind: 'place' | 'phone'; phone: string | null },
	animatorName: string,
	place: { name: string; address: string; accessNotes: string } | null
): MeetingWay {
	if (appointment.kind === 'phone') {
		// The schema's check makes the phone required for a phone appointment.
		if (!appointment.phone) throw new Error(`phone appointment ${appointment.id} has no number`);
		return { kind: 'phone', callerName: animatorName, phone: appointment.phone };
	}
	if (!place) throw new Error(`appointment ${appointment.id} at a place has no place`);
	return {
		kind: 'place',
		placeName: place.name,
		address: place.address,
		accessNotes: place.accessNotes
	};
}

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Names and notes typed by people go into the HTML part: escape them. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
