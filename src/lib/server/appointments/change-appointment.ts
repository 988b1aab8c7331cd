import { and, eq, sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { appointments, type Appointment } from '../db/schema';
import { PG_EXCLUSION_VIOLATION, pgErrorCode } from '../db/errors';
import { retriedTransaction } from '../db/retried-transaction';
import type { Db } from '../db/types';
import { auditActorOf, type StaffActor } from '../queue/staff-actor';
import { isUuid } from '$lib/ids';
import { sendAppointmentMail } from './appointment-mail';
import {
	lockRelayRequest,
	lockTrackedRequest,
	recordRequestStep,
	type AppointmentRequest
} from './appointment-request';
import {
	APPOINTMENT_ENTITY,
	checkSlot,
	type AppointmentSlot,
	type SlotRefusal
} from './appointment-slot';
import { lockAnimatorAgendas } from './lock-animator-agendas';
import { releaseExpiredOffersOverlapping } from './release-expired-offers';

/**
 * Changes to a booked appointment: moved to another time (the same row, the same calendar
 * UID, SEQUENCE + 1, still under the exclusion constraint), cancelled (SEQUENCE + 1), marked
 * held or missed. The animator may do all of it; the family may move or cancel from the
 * tracking page until 24 hours before the start. Every change writes the request's timeline,
 * the audit log and (move, cancel) the family's mail with the updated invitation.
 */

/** The family can no longer move or cancel online this close to the start. */
export const FAMILY_CHANGE_LIMIT_MS = 24 * 3_600_000;

export type ChangeRefusal =
	| 'not_found'
	/** Not booked any more (cancelled, held, missed): nothing to change (409). */
	| 'not_booked'
	/** Family: less than 24 hours before the start (409). */
	| 'too_late'
	/** Held or missed: only once it has started (409). */
	| 'not_started'
	| 'slot_taken'
	| SlotRefusal;

export type ChangeResult = { ok: true } | { ok: false; refusal: ChangeRefusal };

type Who = { kind: 'staff'; actor: StaffActor } | { kind: 'family'; token: string };

export interface NewTime extends AppointmentSlot {
	/** Phone appointments: the number to call; the one already set (or the family's) otherwise. */
	phone?: string | null;
}

export const rescheduleAppointment = (
	db: Db,
	actor: StaffActor,
	appointmentId: string,
	slot: NewTime,
	now = new Date()
) => reschedule(db, { kind: 'staff', actor }, appointmentId, slot, now);

/** The family moves its appointment to one of the free slots (the route offers only those). */
export const rescheduleByFamily = (
	db: Db,
	trackingToken: string,
	appointmentId: string,
	slot: AppointmentSlot,
	now = new Date()
) => reschedule(db, { kind: 'family', token: trackingToken }, appointmentId, slot, now);

export const cancelAppointment = (
	db: Db,
	actor: StaffActor,
	appointmentId: string,
	now = new Date()
) => cancel(db, { kind: 'staff', actor }, appointmentId, now);

export const cancelByFamily = (
	db: Db,
	trackingToken: string,
	appointmentId: string,
	now = new Date()
) => cancel(db, { kind: 'family', token: trackingToken }, appointmentId, now);

export interface LockedAppointment {
	request: AppointmentRequest;
	appointment: Appointment;
	actor: AuditActor;
}

/** The request (locked) and its booked appointment, if `who` may see them. */
async function lockAppointment(
	tx: Db,
	who: Who,
	appointmentId: string
): Promise<LockedAppointment | null> {
	if (!isUuid(appointmentId)) return null;
	const [found] = await tx
		.select({ requestId: appointments.requestId, relayId: appointments.relayId })
		.from(appointments)
		.where(eq(appointments.id, appointmentId));
	if (!found) return null;
	const request =
		who.kind === 'staff'
			? await lockRelayRequest(tx, who.actor.relayId, found.requestId)
			: await lockTrackedRequest(tx, who.token);
	if (!request || request.id !== found.requestId) return null;
	const [appointment] = await tx
		.select()
		.from(appointments)
		.where(eq(appointments.id, appointmentId))
		.for('update');
	if (!appointment) return null;
	const actor: AuditActor = who.kind === 'staff' ? auditActorOf(who.actor) : { kind: 'family' };
	return { request, appointment, actor };
}

const tooLateForFamily = (who: Who, appointment: Appointment, now: Date) =>
	who.kind === 'family' && appointment.startsAt.getTime() - now.getTime() < FAMILY_CHANGE_LIMIT_MS;

async function reschedule(
	db: Db,
	who: Who,
	appointmentId: string,
	slot: NewTime,
	now: Date
): Promise<ChangeResult> {
	try {
		return await retriedTransaction(db, async (tx): Promise<ChangeResult> => {
			const locked = await lockAppointment(tx, who, appointmentId);
			if (!locked) return { ok: false, refusal: 'not_found' };
			if (locked.appointment.status !== 'booked') return { ok: false, refusal: 'not_booked' };
			if (tooLateForFamily(who, locked.appointment, now)) return { ok: false, refusal: 'too_late' };
			const refusal = await moveBookedAppointment(tx, locked, slot, now);
			return refusal ? { ok: false, refusal } : { ok: true };
		});
	} catch (error) {
		if (pgErrorCode(error) === PG_EXCLUSION_VIOLATION) return { ok: false, refusal: 'slot_taken' };
		throw error;
	}
}

/**
 * Moves a booked appointment to a new time inside the caller's transaction, the request
 * locked: the same row and calendar UID, SEQUENCE + 1, a new reminder, the request's
 * timeline, the audit entry and the family's updated invitation. Every move goes through
 * here: a reschedule, a second booking of the same request (book-appointment.ts), the family
 * choosing an offered slot while an appointment is booked (offer-slots.ts). An overlap
 * throws (23P01): the caller's transaction rolls back and the caller answers `slot_taken`.
 */
export async function moveBookedAppointment(
	tx: Db,
	locked: LockedAppointment,
	slot: NewTime,
	now: Date
): Promise<SlotRefusal | null> {
	const { request, appointment, actor } = locked;
	const phone =
		slot.kind === 'phone' ? slot.phone?.trim() || appointment.phone || request.phone : null;
	const refusal = await checkSlot(tx, request.relayId, slot, phone, now);
	if (refusal) return refusal;

	await lockAnimatorAgendas(tx, [slot.animatorId]);
	await releaseExpiredOffersOverlapping(tx, request.relayId, slot, now);
	await tx
		.update(appointments)
		.set({
			animatorId: slot.animatorId,
			kind: slot.kind,
			placeId: slot.kind === 'place' ? slot.placeId : null,
			phone,
			startsAt: slot.startsAt,
			endsAt: slot.endsAt,
			icalSequence: sql`${appointments.icalSequence} + 1`,
			// A new time deserves its own reminder.
			reminderSentAt: null,
			updatedAt: now
		})
		.where(eq(appointments.id, appointment.id));
	const change = {
		appointmentId: appointment.id,
		from: appointment.startsAt.toISOString(),
		startsAt: slot.startsAt.toISOString(),
		kind: slot.kind
	};
	await recordRequestStep(
		tx,
		request,
		actor,
		{ kind: 'appointment_rescheduled', visibleToFamily: true, details: change },
		now
	);
	await recordAudit(tx, {
		actor,
		relayId: request.relayId,
		action: 'appointment.rescheduled',
		entityType: APPOINTMENT_ENTITY,
		entityId: appointment.id,
		details: { requestId: request.id, ...change }
	});
	await sendAppointmentMail(tx, appointment.id, 'rescheduled', now);
	return null;
}

/** The request's booked appointment, locked; a request has at most one (migration 0005). */
export async function lockBookedAppointment(
	tx: Db,
	requestId: string
): Promise<Appointment | null> {
	const [booked] = await tx
		.select()
		.from(appointments)
		.where(and(eq(appointments.requestId, requestId), eq(appointments.status, 'booked')))
		.for('update');
	return booked ?? null;
}

async function cancel(db: Db, who: Who, appointmentId: string, now: Date): Promise<ChangeResult> {
	return db.transaction(async (tx): Promise<ChangeResult> => {
		const locked = await lockAppointment(tx, who, appointmentId);
		if (!locked) return { ok: false, refusal: 'not_found' };
		const { request, appointment, actor } = locked;
		if (appointment.status !== 'booked') return { ok: false, refusal: 'not_booked' };
		if (tooLateForFamily(who, appointment, now)) return { ok: false, refusal: 'too_late' };

		await tx
			.update(appointments)
			.set({
				status: 'cancelled',
				icalSequence: sql`${appointments.icalSequence} + 1`,
				updatedAt: now
			})
			.where(and(eq(appointments.id, appointment.id), eq(appointments.status, 'booked')));
		const details = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() };
		await recordRequestStep(
			tx,
			request,
			actor,
			{
				kind: 'appointment_cancelled',
				visibleToFamily: true,
				// No appointment left: the request can be booked again.
				move: { from: 'appointment_booked', to: 'in_progress' },
				keepEvent: true,
				details
			},
			now
		);
		await recordAudit(tx, {
			actor,
			relayId: request.relayId,
			action: 'appointment.cancelled',
			entityType: APPOINTMENT_ENTITY,
			entityId: appointment.id,
			details: { requestId: request.id, ...details }
		});
		await sendAppointmentMail(tx, appointment.id, 'cancelled', now);
		return { ok: true };
	});
}

export type AppointmentOutcome = 'attended' | 'no_show';

/**
 * The animator says how it went, once the appointment has started. Held: the request moves
 * to "appointment held" (if it was at "appointment booked"). Missed: it goes back to "in
 * progress", for the relay to call back and book again. No mail: nothing changes in the family's calendar.
 */
export async function markAppointmentOutcome(
	db: Db,
	actor: StaffActor,
	appointmentId: string,
	outcome: AppointmentOutcome,
	now = new Date()
): Promise<ChangeResult> {
	return db.transaction(async (tx): Promise<ChangeResult> => {
		const locked = await lockAppointment(tx, { kind: 'staff', actor }, appointmentId);
		if (!locked) return { ok: false, refusal: 'not_found' };
		const { request, appointment, actor: auditActor } = locked;
		if (appointment.status !== 'booked') return { ok: false, refusal: 'not_booked' };
		if (appointment.startsAt.getTime() > now.getTime())
			return { ok: false, refusal: 'not_started' };

		await tx
			.update(appointments)
			.set({ status: outcome, updatedAt: now })
			.where(eq(appointments.id, appointment.id));
		const details = { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString() };
		await recordRequestStep(
			tx,
			request,
			auditActor,
			outcome === 'attended'
				? {
						kind: 'appointment_held',
						visibleToFamily: true,
						move: { from: 'appointment_booked', to: 'appointment_held' },
						details
					}
				: {
						kind: 'appointment_no_show',
						visibleToFamily: false,
						// The relay calls back and books again.
						move: { from: 'appointment_booked', to: 'in_progress' },
						keepEvent: true,
						details
					},
			now
		);
		await recordAudit(tx, {
			actor: auditActor,
			relayId: request.relayId,
			action: `appointment.${outcome}`,
			entityType: APPOINTMENT_ENTITY,
			entityId: appointment.id,
			details: { requestId: request.id, ...details }
		});
		return { ok: true };
	});
}
