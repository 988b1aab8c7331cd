import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { appointments, receptionPlaces, relays } from '../db/schema';
import { PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../db/errors';
import { retriedTransaction } from '../db/retried-transaction';
import type { Db } from '../db/types';
import { enqueueFamilyMail } from '../requests/family-mail';
import { auditActorOf, type StaffActor } from '../queue/staff-actor';
import { isUuid } from '$lib/ids';
import {
	lockRelayRequest,
	lockTrackedRequest,
	recordRequestStep,
	requestOpenness,
	type AppointmentRequest
} from './appointment-request';
import {
	APPOINTMENT_ENTITY,
	checkSlot,
	newIcalUid,
	type AppointmentSlot,
	type SlotRefusal
} from './appointment-slot';
import { recordBooking } from './book-appointment';
import { lockBookedAppointment, moveBookedAppointment } from './change-appointment';
import { lockAnimatorAgendas } from './lock-animator-agendas';
import { releaseExpiredOffersOverlapping } from './release-expired-offers';

/** How long offered slots are held for the family. */
export const OFFER_HOLD_MS = 48 * 3_600_000;
export const OFFER_MIN_SLOTS = 3;
export const OFFER_MAX_SLOTS = 5;

export type OfferRefusal =
	| 'not_found'
	| 'take_required'
	| 'not_open'
	/** Offers are read on the tracking page, whose link goes by email: call the family instead. */
	| 'no_email'
	| 'slot_count'
	| 'slot_taken'
	| SlotRefusal;

export type OfferResult =
	{ ok: true; offerId: string; expiresAt: Date } | { ok: false; refusal: OfferRefusal };

/**
 * The animator offers the family 3 to 5 slots. They are rows of `appointments` with status
 * offered and one offer id, so the exclusion constraint holds them for the family: nobody can
 * book them for 48 hours (then `releaseExpiredOffers` frees them). A previous offer of the
 * request is withdrawn. The family gets a mail listing the slots.
 */
export async function offerSlots(
	db: Db,
	actor: StaffActor,
	requestId: string,
	slots: readonly AppointmentSlot[],
	now = new Date()
): Promise<OfferResult> {
	if (slots.length < OFFER_MIN_SLOTS || slots.length > OFFER_MAX_SLOTS)
		return { ok: false, refusal: 'slot_count' };
	try {
		return await retriedTransaction(db, async (tx): Promise<OfferResult> => {
			const request = await lockRelayRequest(tx, actor.relayId, requestId);
			if (!request) return { ok: false, refusal: 'not_found' };
			const openness = requestOpenness(request.status);
			if (openness !== 'ok') return { ok: false, refusal: openness };
			if (!request.email) return { ok: false, refusal: 'no_email' };
			for (const slot of slots) {
				const refusal = await checkSlot(tx, actor.relayId, slot, request.phone, now);
				if (refusal) return { ok: false, refusal };
			}

			await lockAnimatorAgendas(
				tx,
				slots.map((slot) => slot.animatorId)
			);
			for (const slot of slots) await releaseExpiredOffersOverlapping(tx, actor.relayId, slot, now);
			await tx
				.update(appointments)
				.set({ status: 'released', updatedAt: now })
				.where(and(eq(appointments.requestId, request.id), eq(appointments.status, 'offered')));

			const offerId = randomUUID();
			const expiresAt = new Date(now.getTime() + OFFER_HOLD_MS);
			await tx.insert(appointments).values(
				slots.map((slot) => ({
					relayId: actor.relayId,
					requestId: request.id,
					animatorId: slot.animatorId,
					kind: slot.kind,
					placeId: slot.kind === 'place' ? slot.placeId : null,
					phone: slot.kind === 'phone' ? request.phone : null,
					startsAt: slot.startsAt,
					endsAt: slot.endsAt,
					status: 'offered' as const,
					offerId,
					offerExpiresAt: expiresAt,
					icalUid: newIcalUid(),
					createdAt: now,
					updatedAt: now
				}))
			);

			const actorOf = auditActorOf(actor);
			const startsAt = slots.map((slot) => slot.startsAt.toISOString());
			await recordRequestStep(
				tx,
				request,
				actorOf,
				{
					kind: 'appointment_proposed',
					visibleToFamily: true,
					details: { offerId, startsAt, expiresAt: expiresAt.toISOString() }
				},
				now
			);
			await recordAudit(tx, {
				actor: actorOf,
				relayId: actor.relayId,
				action: 'appointment.offered',
				entityType: APPOINTMENT_ENTITY,
				entityId: offerId,
				details: { requestId: request.id, startsAt, expiresAt: expiresAt.toISOString() }
			});
			await enqueueOfferMail(tx, request, offerId, expiresAt);
			return { ok: true, offerId, expiresAt };
		});
	} catch (error) {
		if (pgErrorCode(error) === PG_EXCLUSION_VIOLATION) return { ok: false, refusal: 'slot_taken' };
		throw error;
	}
}

async function enqueueOfferMail(
	tx: Db,
	request: AppointmentRequest,
	offerId: string,
	expiresAt: Date
): Promise<void> {
	if (!request.email) return;
	const [relay] = await tx
		.select({ name: relays.name, phone: relays.phone })
		.from(relays)
		.where(eq(relays.id, request.relayId));
	if (!relay) throw new Error(`relay ${request.relayId} is missing`);
	const offered = await tx
		.select({
			startsAt: appointments.startsAt,
			endsAt: appointments.endsAt,
			kind: appointments.kind,
			placeName: receptionPlaces.name,
			address: receptionPlaces.address
		})
		.from(appointments)
		.leftJoin(receptionPlaces, eq(receptionPlaces.id, appointments.placeId))
		.where(eq(appointments.offerId, offerId))
		.orderBy(asc(appointments.startsAt));
	const recipient = { requestId: request.id, relayId: request.relayId, email: request.email };
	await enqueueFamilyMail(tx, recipient, (trackingLink, { t }) => ({
		subject: t.familyMail.offer.subject(request.reference),
		text: t.familyMail.offer.text({
			reference: request.reference,
			relayName: relay.name,
			relayPhone: relay.phone,
			expiresAt,
			slots: offered.map((slot) => ({
				startsAt: slot.startsAt,
				endsAt: slot.endsAt,
				where:
					slot.kind === 'phone'
						? { kind: 'phone' as const }
						: { kind: 'place' as const, name: slot.placeName ?? '', address: slot.address ?? '' }
			})),
			trackingLink
		})
	}));
}

export type ChoiceRefusal =
	| 'not_found'
	| 'not_open'
	/** Chosen meanwhile (another tab), expired, or withdrawn by the relay. */
	| 'no_longer_offered';

export type ChoiceResult =
	{ ok: true; appointmentId: string } | { ok: false; refusal: ChoiceRefusal };

/** Thrown inside the transaction to roll back the released offer when the move is refused. */
class ChoiceRefused extends Error {}

/**
 * The family picks one of the slots offered to them, from their tracking page. The request
 * row is locked first, so two tabs choosing queue up; the choice itself is one conditional
 * UPDATE (`status = 'offered' and offer_expires_at > now`): the first tab books, the second
 * finds the slot no longer offered and is told so. The other slots of the offer are released.
 *
 * A request has one booked appointment at most (migration 0005): when it already has one,
 * the relay's offer was a proposal to move it, and choosing moves it there (same calendar
 * UID, SEQUENCE + 1, an updated invitation). The offer is released first, since its rows hold
 * the very time the appointment moves to.
 */
export async function chooseOfferedSlot(
	db: Db,
	trackingToken: string,
	appointmentId: string,
	now = new Date()
): Promise<ChoiceResult> {
	try {
		return await retriedTransaction(db, async (tx): Promise<ChoiceResult> => {
			const request = await lockTrackedRequest(tx, trackingToken);
			if (!request) return { ok: false, refusal: 'not_found' };
			if (requestOpenness(request.status) !== 'ok') return { ok: false, refusal: 'not_open' };
			if (!isUuid(appointmentId)) return { ok: false, refusal: 'no_longer_offered' };

			const current = await lockBookedAppointment(tx, request.id);
			if (current) {
				const movedTo = await releaseOffer(tx, request.id, appointmentId, now);
				if (!movedTo) return { ok: false, refusal: 'no_longer_offered' };
				const locked = { request, appointment: current, actor: { kind: 'family' as const } };
				// The slot was checked when offered; a refusal now (an animator or place retired
				// meanwhile) means it is no longer offered, and the release is rolled back.
				if (await moveBookedAppointment(tx, locked, movedTo, now)) throw new ChoiceRefused();
				return { ok: true, appointmentId: current.id };
			}

			const [chosen] = await tx
				.update(appointments)
				.set({ status: 'booked', bookedAt: now, bookedByKind: 'family', updatedAt: now })
				.where(stillOffered(request.id, appointmentId, now))
				.returning({
					id: appointments.id,
					offerId: appointments.offerId,
					startsAt: appointments.startsAt,
					kind: appointments.kind
				});
			if (!chosen) return { ok: false, refusal: 'no_longer_offered' };
			if (chosen.offerId) {
				await tx
					.update(appointments)
					.set({ status: 'released', updatedAt: now })
					.where(
						and(eq(appointments.offerId, chosen.offerId), inArray(appointments.status, ['offered']))
					);
			}
			await recordBooking(tx, request, { kind: 'family' }, chosen.id, chosen, now);
			return { ok: true, appointmentId: chosen.id };
		});
	} catch (error) {
		// Refused move; or a booking that got past the request's lock (23505): either way the
		// slot is not the family's any more, and the page says so rather than failing.
		if (error instanceof ChoiceRefused) return { ok: false, refusal: 'no_longer_offered' };
		const code = pgErrorCode(error);
		if (code === PG_UNIQUE_VIOLATION || code === PG_EXCLUSION_VIOLATION)
			return { ok: false, refusal: 'no_longer_offered' };
		throw error;
	}
}

const stillOffered = (requestId: string, appointmentId: string, now: Date) =>
	and(
		eq(appointments.id, appointmentId),
		eq(appointments.requestId, requestId),
		eq(appointments.status, 'offered'),
		gt(appointments.offerExpiresAt, now)
	);

/** Releases the offer the chosen slot belongs to, if it is still offered; returns that slot. */
async function releaseOffer(tx: Db, requestId: string, appointmentId: string, now: Date) {
	const [chosen] = await tx
		.select()
		.from(appointments)
		.where(stillOffered(requestId, appointmentId, now))
		.for('update');
	if (!chosen) return null;
	await tx
		.update(appointments)
		.set({ status: 'released', updatedAt: now })
		.where(
			and(
				eq(appointments.requestId, requestId),
				eq(appointments.status, 'offered'),
				chosen.offerId ? eq(appointments.offerId, chosen.offerId) : eq(appointments.id, chosen.id)
			)
		);
	return chosen;
}
