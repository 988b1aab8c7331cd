import { eq } from 'drizzle-orm';
import type { FamilyMessages } from '$lib/i18n/family';
import type { MeetingWay } from '$lib/i18n/fr/family-mail';
import { config } from '../config';
import { appointments, childcareRequests, receptionPlaces, relays, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import type { MailAttachment } from '../mail/enqueue-mail';
import { enqueueFamilyMail, htmlMail } from '../requests/family-mail';
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
	const email = appointment.email;
	const method: InvitationMethod | null =
		kind === 'cancelled' ? 'CANCEL' : kind === 'reminder' ? null : 'REQUEST';
	const recipient = { requestId: appointment.requestId, relayId: appointment.relayId, email };
	await enqueueFamilyMail(tx, recipient, (trackingLink, { locale, t }) => {
		const paragraphs = [
			...mailParagraphs(appointment, kind, trackingLink, t),
			t.familyMail.signature(appointment.relay.name)
		];
		const attachments: MailAttachment[] = method
			? [
					{
						filename: t.familyMail.appointment.invitationFile,
						contentType: 'text/calendar; charset=utf-8',
						content: buildAppointmentInvitation(
							{
								uid: appointment.uid,
								sequence: appointment.sequence,
								method,
								startsAt: appointment.startsAt,
								endsAt: appointment.endsAt,
								reference: appointment.reference,
								way: appointment.way,
								relay: appointment.relay,
								organizer: { name: appointment.relay.name, email: mailboxAddress(config.mailFrom) },
								attendee: { name: appointment.parentNames, email },
								now
							},
							t
						),
						method
					}
				]
			: [];
		return {
			subject: subjectOf(appointment, kind, t),
			text: paragraphs.join('\n\n'),
			html: htmlMail(paragraphs, locale)
				// The link's characters need no escaping: it reads the same in the escaped text.
				.replaceAll(trackingLink, `<a href="${trackingLink}">${trackingLink}</a>`),
			attachments
		};
	});
}

function subjectOf(a: MailedAppointment, kind: AppointmentMailKind, t: FamilyMessages): string {
	const s = t.familyMail.appointment.subject;
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
	trackingLink: string,
	messages: FamilyMessages
): string[] {
	const t = messages.familyMail.appointment;
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
