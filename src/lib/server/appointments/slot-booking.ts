import { retriedTransaction } from '../db/retried-transaction';
import type { Db } from '../db/types';
import { findRelayRequestByReference } from '../queue/relay-request';
import type { StaffActor } from '../queue/staff-actor';
import { lockTrackedRequest } from './appointment-request';
import { bookAppointment, type BookingRefusal } from './book-appointment';
import { nextFreeSlots } from './booking-page';
import {
	rescheduleAppointment,
	rescheduleByFamily,
	type ChangeRefusal,
	type ChangeResult
} from './change-appointment';
import type { FreeSlot } from './free-slots';
import { OFFER_MAX_SLOTS, OFFER_MIN_SLOTS, offerSlots, type OfferRefusal } from './offer-slots';
import { findFreeSlot, freeAnimatorsAt, type SlotOption } from './slot-choice';

/**
 * What the pages that book call: slot keys in, one transaction, a typed answer out. The keys
 * are found again among the relay's free slots inside the transaction (never trusted as a
 * time), then the booking, offer or move runs in a savepoint of it; a slot taken meanwhile
 * (not free any more, or the exclusion constraint) comes back as `slot_taken` with the next
 * free slots to choose from.
 */

export type SlotBookingRefusal =
	| BookingRefusal
	| OfferRefusal
	| ChangeRefusal
	/** Booking and moving take exactly one ticked slot. */
	| 'one_slot';

export type SlotBookingResult =
	| { ok: true; done: 'booked' | 'bookedAgain' | 'offered' | 'rescheduled' }
	| { ok: false; refusal: SlotBookingRefusal; nextSlots: SlotOption[] };

type Done = Extract<SlotBookingResult, { ok: true }>['done'];
type Attempt = { ok: true; done: Done } | { ok: false; refusal: SlotBookingRefusal };

export interface TickedSlots {
	/** Keys of the relay's booking page (`slotKey`: an animator and a start). */
	slotKeys: readonly string[];
	/** Phone appointments: the number to call; the family's (or the one set) when left out. */
	phone?: string | null;
}

/** The animator books the one ticked slot (a second booking of the request moves the first). */
export const bookTickedSlot = (
	db: Db,
	actor: StaffActor,
	reference: string,
	ticked: TickedSlots,
	now = new Date()
) =>
	withTickedSlots(
		db,
		actor,
		reference,
		ticked.slotKeys,
		{ min: 1, max: 1 },
		now,
		async (tx, id, [slot]) => {
			const result = await bookAppointment(
				tx,
				actor,
				{ requestId: id, ...slot, phone: ticked.phone },
				now
			);
			return result.ok ? { ok: true, done: result.moved ? 'bookedAgain' : 'booked' } : result;
		}
	);

/** The animator offers the family the 3 to 5 ticked slots. */
export const offerTickedSlots = (
	db: Db,
	actor: StaffActor,
	reference: string,
	ticked: TickedSlots,
	now = new Date()
) =>
	withTickedSlots(
		db,
		actor,
		reference,
		ticked.slotKeys,
		{ min: OFFER_MIN_SLOTS, max: OFFER_MAX_SLOTS },
		now,
		async (tx, id, slots) => {
			const result = await offerSlots(tx, actor, id, slots, now);
			return result.ok ? { ok: true, done: 'offered' } : result;
		}
	);

/** The animator moves a booked appointment of the request to the one ticked slot. */
export const moveToTickedSlot = (
	db: Db,
	actor: StaffActor,
	reference: string,
	appointmentId: string,
	ticked: TickedSlots,
	now = new Date()
) =>
	withTickedSlots(
		db,
		actor,
		reference,
		ticked.slotKeys,
		{ min: 1, max: 1 },
		now,
		async (tx, _id, [slot]) => {
			const result = await rescheduleAppointment(
				tx,
				actor,
				appointmentId,
				{ ...slot, phone: ticked.phone },
				now
			);
			return result.ok ? { ok: true, done: 'rescheduled' } : result;
		}
	);

/** The part every booking by the relay shares: the request, the count, the keys found again. */
async function withTickedSlots(
	db: Db,
	actor: StaffActor,
	reference: string,
	keys: readonly string[],
	allowed: { min: number; max: number },
	now: Date,
	run: (tx: Db, requestId: string, slots: [FreeSlot, ...FreeSlot[]]) => Promise<Attempt>
): Promise<SlotBookingResult> {
	const result = await retriedTransaction(db, async (tx): Promise<Attempt> => {
		const request = await findRelayRequestByReference(tx, actor, reference);
		if (!request) return { ok: false, refusal: 'not_found' };
		if (keys.length < allowed.min || keys.length > allowed.max)
			return { ok: false, refusal: allowed.max === 1 ? 'one_slot' : 'slot_count' };
		const slots: FreeSlot[] = [];
		for (const key of keys) {
			const slot = await findFreeSlot(tx, actor.relayId, key, now);
			if (!slot) return { ok: false, refusal: 'slot_taken' };
			slots.push(slot);
		}
		const [first, ...rest] = slots;
		if (!first) return { ok: false, refusal: allowed.max === 1 ? 'one_slot' : 'slot_count' };
		return run(tx, request.id, [first, ...rest]);
	});
	if (result.ok) return result;
	return {
		ok: false,
		refusal: result.refusal,
		nextSlots: result.refusal === 'slot_taken' ? await nextFreeSlots(db, actor.relayId, now) : []
	};
}

/**
 * The family moves its appointment to a time and way of their choosing (`timeKey`: no
 * animator in it). Inside one transaction the free animators at that time are tried in
 * turn, the least busy that day first (slot-choice.ts), each in a savepoint: if one was
 * taken meanwhile (the exclusion constraint refuses), the next free one is used, and the
 * answer is `slot_taken` only when none is left.
 */
export async function moveByFamily(
	db: Db,
	trackingToken: string,
	appointmentId: string,
	timeKey: string,
	now = new Date()
): Promise<ChangeResult> {
	return retriedTransaction(db, async (tx): Promise<ChangeResult> => {
		const request = await lockTrackedRequest(tx, trackingToken);
		if (!request) return { ok: false, refusal: 'not_found' };
		const candidates = await freeAnimatorsAt(tx, request.relayId, timeKey, now);
		for (const slot of candidates) {
			const result = await rescheduleByFamily(tx, trackingToken, appointmentId, slot, now);
			if (result.ok || result.refusal !== 'slot_taken') return result;
		}
		return { ok: false, refusal: 'slot_taken' };
	});
}
