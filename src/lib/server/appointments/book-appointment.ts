import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { appointments } from '../db/schema';
import { PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../db/errors';
import { retriedTransaction } from '../db/retried-transaction';
import type { Db } from '../db/types';
import { auditActorOf, type StaffActor } from '../queue/staff-actor';
import { sendAppointmentMail } from './appointment-mail';
import {
	delayOf,
	lockRelayRequest,
	recordRequestStep,
	requestOpenness
} from './appointment-request';
import {
	APPOINTMENT_ENTITY,
	checkSlot,
	newIcalUid,
	type AppointmentSlot,
	type SlotRefusal
} from './appointment-slot';
import { lockBookedAppointment, moveBookedAppointment } from './change-appointment';
import { lockAnimatorAgendas } from './lock-animator-agendas';
import { releaseExpiredOffersOverlapping } from './release-expired-offers';

export interface BookingInput extends AppointmentSlot {
	requestId: string;
	/** Phone appointments: the number to call; the family's number when left out. */
	phone?: string | null;
}

export type BookingRefusal =
	/** No such request in the actor's relay (404). */
	| 'not_found'
	/** The request is still waiting in the queue: take it first (409). */
	| 'take_required'
	/** The request is closed (409). */
	| 'not_open'
	/** Another booking or offer holds the animator at that time (409). */
	| 'slot_taken'
	/** The request got an appointment meanwhile, by a path that did not move it (409). */
	| 'already_booked'
	| SlotRefusal;

export type BookingResult =
	/** `moved`: the request had a booked appointment, which now stands at the new time. */
	| { ok: true; appointment: { id: string; icalUid: string }; moved: boolean }
	| { ok: false; refusal: BookingRefusal };

/**
 * An animator books an appointment for a request of their relay, in one transaction: the
 * appointment (status booked), the request moved to "appointment booked" with the delay from
 * its arrival in the event, the audit entry and the family's mail with the invitation.
 *
 * Never twice: the database's exclusion constraint (migration 0004) refuses an overlapping
 * appointment or offer of the same animator. Of fifty people booking one slot at once, one
 * insert wins; the others fail with 23P01, roll back everything and get `slot_taken`. They
 * queue up on the animator's agenda lock before writing, so they never deadlock in that check.
 * A pending offer of the request is withdrawn: the booking answers it.
 *
 * One appointment per request: the database's partial unique index (migration 0005) allows
 * one booked appointment per request. When the request already has one, the booking is a
 * move of it (the same calendar UID, SEQUENCE + 1, an updated invitation), done by the
 * reschedule code. Bookings of one request queue up on the request's row lock, so the second
 * sees the first's appointment and moves it; should a path ever insert without that lock,
 * the index refuses (23505) and the answer is `already_booked`, not a 500.
 */
export async function bookAppointment(
	db: Db,
	actor: StaffActor,
	input: BookingInput,
	now = new Date()
): Promise<BookingResult> {
	try {
		return await retriedTransaction(db, async (tx): Promise<BookingResult> => {
			const request = await lockRelayRequest(tx, actor.relayId, input.requestId);
			if (!request) return { ok: false, refusal: 'not_found' };
			const openness = requestOpenness(request.status);
			if (openness !== 'ok') return { ok: false, refusal: openness };

			const phone = input.kind === 'phone' ? input.phone?.trim() || request.phone : null;
			const refusal = await checkSlot(tx, actor.relayId, input, phone, now);
			if (refusal) return { ok: false, refusal };

			await lockAnimatorAgendas(tx, [input.animatorId]);
			await releaseExpiredOffersOverlapping(tx, actor.relayId, input, now);
			await tx
				.update(appointments)
				.set({ status: 'released', updatedAt: now })
				.where(and(eq(appointments.requestId, request.id), eq(appointments.status, 'offered')));

			const current = await lockBookedAppointment(tx, request.id);
			if (current) {
				const locked = { request, appointment: current, actor: auditActorOf(actor) };
				const moveRefusal = await moveBookedAppointment(tx, locked, { ...input, phone }, now);
				// Checked above with the same slot and number: a refusal here is a bug.
				if (moveRefusal) throw new Error(`bookAppointment: the move was refused (${moveRefusal})`);
				return {
					ok: true,
					appointment: { id: current.id, icalUid: current.icalUid },
					moved: true
				};
			}

			const [booked] = await tx
				.insert(appointments)
				.values({
					relayId: actor.relayId,
					requestId: request.id,
					animatorId: input.animatorId,
					kind: input.kind,
					placeId: input.kind === 'place' ? input.placeId : null,
					phone,
					startsAt: input.startsAt,
					endsAt: input.endsAt,
					status: 'booked',
					icalUid: newIcalUid(),
					bookedAt: now,
					bookedByKind: 'staff',
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: appointments.id, icalUid: appointments.icalUid });
			if (!booked) throw new Error('bookAppointment: the insert returned no row');

			await recordBooking(tx, request, auditActorOf(actor), booked.id, input, now);
			return { ok: true, appointment: booked, moved: false };
		});
	} catch (error) {
		const code = pgErrorCode(error);
		if (code === PG_EXCLUSION_VIOLATION) return { ok: false, refusal: 'slot_taken' };
		if (code === PG_UNIQUE_VIOLATION) return { ok: false, refusal: 'already_booked' };
		throw error;
	}
}

/**
 * What every booking writes besides the appointment, whoever booked (the animator, or the
 * family choosing an offered slot): the request's step with the delay, the audit entry, the
 * family's mail.
 */
export async function recordBooking(
	tx: Db,
	request: Parameters<typeof recordRequestStep>[1],
	actor: Parameters<typeof recordRequestStep>[2],
	appointmentId: string,
	slot: Pick<AppointmentSlot, 'startsAt' | 'kind'>,
	now: Date
): Promise<void> {
	const delay = await delayOf(tx, request.id, slot.startsAt);
	await recordRequestStep(
		tx,
		request,
		actor,
		{
			kind: 'appointment_booked',
			visibleToFamily: true,
			move: { from: 'in_progress', to: 'appointment_booked' },
			details: {
				appointmentId,
				startsAt: slot.startsAt.toISOString(),
				kind: slot.kind,
				...(delay ? { daysFromArrival: delay.daysFromArrival, late: delay.isLate } : {})
			}
		},
		now
	);
	await recordAudit(tx, {
		actor,
		relayId: request.relayId,
		action: 'appointment.booked',
		entityType: APPOINTMENT_ENTITY,
		entityId: appointmentId,
		details: { requestId: request.id, startsAt: slot.startsAt.toISOString(), kind: slot.kind }
	});
	await sendAppointmentMail(tx, appointmentId, 'booked', now);
}
