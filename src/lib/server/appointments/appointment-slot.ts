import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { receptionPlaces, staffUsers, type appointmentKinds } from '../db/schema';
import type { Db } from '../db/types';

export type AppointmentKind = (typeof appointmentKinds)[number];

/**
 * A time with an animator, as the booking code receives it: a free slot from
 * `loadFreeSlots` has this shape (it is assignable to it), and so does a slot typed by hand.
 */
export interface AppointmentSlot {
	animatorId: string;
	kind: AppointmentKind;
	placeId: string | null;
	startsAt: Date;
	endsAt: Date;
}

/** The audit log's entity for everything done to an appointment. */
export const APPOINTMENT_ENTITY = 'appointment';

/** The statuses that hold the animator's time (the exclusion constraint's own list). */
export const holdingStatuses = ['offered', 'booked', 'attended', 'no_show'] as const;

/** A calendar UID, stable for the life of the appointment (RFC 5545: globally unique). */
export const newIcalUid = () => `${randomUUID()}@guichet`;

/** Why a slot itself cannot be used, whoever asks. */
export type SlotRefusal =
	| 'invalid_range'
	| 'in_the_past'
	| 'animator_not_found'
	| 'place_required'
	| 'place_not_found'
	| 'phone_required';

/**
 * Checks a slot against the relay: an active staff member of the relay, an active place of
 * the relay for a physical appointment, a number for a phone one, a future time.
 */
export async function checkSlot(
	tx: Db,
	relayId: string,
	slot: AppointmentSlot,
	phone: string | null,
	now: Date
): Promise<SlotRefusal | null> {
	if (!(slot.endsAt.getTime() > slot.startsAt.getTime())) return 'invalid_range';
	if (slot.startsAt.getTime() <= now.getTime()) return 'in_the_past';
	const [animator] = await tx
		.select({ id: staffUsers.id })
		.from(staffUsers)
		.where(
			and(
				eq(staffUsers.id, slot.animatorId),
				eq(staffUsers.relayId, relayId),
				eq(staffUsers.active, true)
			)
		);
	if (!animator) return 'animator_not_found';
	if (slot.kind === 'place') {
		if (!slot.placeId) return 'place_required';
		const [place] = await tx
			.select({ id: receptionPlaces.id })
			.from(receptionPlaces)
			.where(
				and(
					eq(receptionPlaces.id, slot.placeId),
					eq(receptionPlaces.relayId, relayId),
					eq(receptionPlaces.active, true)
				)
			);
		if (!place) return 'place_not_found';
	} else if (!phone?.trim()) {
		return 'phone_required';
	}
	return null;
}
