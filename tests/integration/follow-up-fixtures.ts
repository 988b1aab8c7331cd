import { and, eq } from 'drizzle-orm';
import type { RequestStatus } from '../../src/lib/childcare-request-options';
import { appointments, childcareRequests, mailOutbox } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { m } from '../../src/lib/i18n';
import { forceStatus, receiveRequest } from './queue-fixtures';

/**
 * A request whose appointment was held at `heldAt` (a phone appointment, `attended`), in
 * `status` (by default `appointment_held`). Appointments are inserted as the agenda leaves
 * them: no page makes an appointment in the past.
 */
export async function heldRequest(
	db: Database,
	place: { inseeCode: string; animator: { id: string; relayId: string } },
	heldAt: Date,
	status: RequestStatus = 'appointment_held'
) {
	const request = await receiveRequest(
		db,
		place.inseeCode,
		new Date(heldAt.getTime() - 7 * 86_400_000)
	);
	await forceStatus(db, request.id, status, place.animator.id);
	await pastAppointment(db, request.id, place.animator, heldAt, 'attended');
	return request;
}

let offset = 0;

/** An appointment of the request at `startsAt` (a few seconds apart from every other one). */
export async function pastAppointment(
	db: Database,
	requestId: string,
	animator: { id: string; relayId: string },
	startsAt: Date,
	status: 'attended' | 'no_show'
) {
	// The animator cannot be in two appointments at once (an exclusion constraint): each
	// fixture's appointment lasts a second, a second after the previous one.
	offset += 2;
	const start = new Date(startsAt.getTime() + offset * 1000);
	await db.insert(appointments).values({
		relayId: animator.relayId,
		requestId,
		animatorId: animator.id,
		kind: 'phone',
		phone: '0600000000',
		startsAt: start,
		endsAt: new Date(start.getTime() + 1000),
		status,
		icalUid: `${crypto.randomUUID()}@guichet`
	});
}

/** The follow-up mails queued for a request. */
export const followUpMailsOf = (db: Database, requestId: string) =>
	db
		.select()
		.from(mailOutbox)
		.where(
			and(
				eq(mailOutbox.requestId, requestId),
				eq(mailOutbox.subject, m.familyMail.followUp.subject)
			)
		);

/** A request taken by phone, without an email (the relay phones the family). */
export const withoutEmail = (db: Database, requestId: string) =>
	db
		.update(childcareRequests)
		.set({ channel: 'phone', email: null })
		.where(eq(childcareRequests.id, requestId));

/** The token of the answer link for `answer` in a follow-up mail's text. */
export function answerTokenIn(text: string): string {
	const token = /\/suivi\/([a-z0-9]+)\/nouvelles\?reponse=found/.exec(text)?.[1];
	if (!token) throw new Error(`no answer link in:\n${text}`);
	return token;
}
