import ical, {
	ICalAttendeeRole,
	ICalAttendeeStatus,
	ICalCalendarMethod,
	ICalEventStatus
} from 'ical-generator';
import type { FamilyMessages } from '$lib/i18n/family';
import type { MeetingWay } from '$lib/i18n/fr/family-mail';

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export interface AppointmentInvitation {
	/** The appointment's `icalUid`: the same for the booking and every later change. */
	uid: string;
	/** The appointment's `icalSequence`: calendars ignore an update whose sequence is not higher. */
	sequence: number;
	method: InvitationMethod;
	startsAt: Date;
	endsAt: Date;
	reference: string;
	way: MeetingWay;
	relay: { name: string; phone: string };
	/** The relay's name and the address mails come from (MAIL_FROM). */
	organizer: { name: string; email: string };
	attendee: { name: string; email: string };
	/** DTSTAMP: when this version of the invitation was made. */
	now: Date;
}

const PROD_ID = { company: 'Guichet', product: 'Rendez-vous RPE', language: 'FR' };

/**
 * The iTIP message of one appointment (RFC 5546): METHOD:REQUEST for a booking or a change,
 * METHOD:CANCEL with STATUS:CANCELLED for a cancellation. Times are written in UTC, which
 * every calendar shows in its own zone, so no VTIMEZONE has to be shipped. The texts (summary,
 * description, location) are in the request's language, `t`; the UID and SEQUENCE are not.
 */
export function buildAppointmentInvitation(
	invitation: AppointmentInvitation,
	t: FamilyMessages
): string {
	const texts = t.familyMail.appointment.invitation;
	const cancelled = invitation.method === 'CANCEL';
	const calendar = ical({
		prodId: PROD_ID,
		method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST
	});
	calendar.createEvent({
		id: invitation.uid,
		sequence: invitation.sequence,
		stamp: invitation.now,
		start: invitation.startsAt,
		end: invitation.endsAt,
		status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		summary: texts.summary(invitation.relay.name, invitation.way),
		description: texts.description({
			reference: invitation.reference,
			way: invitation.way,
			relayPhone: invitation.relay.phone
		}),
		location: texts.location(invitation.way),
		organizer: { name: invitation.organizer.name, email: invitation.organizer.email },
		attendees: [
			{
				name: invitation.attendee.name,
				email: invitation.attendee.email,
				role: ICalAttendeeRole.REQ,
				status: ICalAttendeeStatus.NEEDSACTION,
				// The relay does not read replies (its address does not take mail): no RSVP asked.
				rsvp: false
			}
		]
	});
	return calendar.toString();
}

/** The address part of `Name <address>` (MAIL_FROM), or the value itself. */
export function mailboxAddress(from: string): string {
	const match = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from);
	return (match?.[1] ?? from).trim();
}
