import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import {
	availabilityRules,
	receptionPlaces,
	staffUsers,
	type appointmentKinds
} from '../db/schema';
import type { Db } from '../db/types';
import { isoWeekday } from '$lib/time/calendar-date';
import { parisDate, parisToUtc } from '$lib/time/paris';

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
	/** No active weekly rule of the animator covers this time, this way (place or phone). */
	| 'outside_opening_hours'
	| 'place_required'
	| 'place_not_found'
	| 'phone_required';

/**
 * Checks a slot against the relay: an active staff member of the relay, inside one of their
 * opening hours (an active weekly rule of that day, the same way and place), an active place
 * of the relay for a physical appointment, a number for a phone one, a future time.
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
	if (!(await insideOpeningHours(tx, relayId, slot))) return 'outside_opening_hours';
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

/**
 * Whether an active weekly rule of the animator holds the whole slot: its Paris day, its
 * weekday, its way (and place), both ends inside the rule's hours. The rule's hours are read
 * on the slot's own day, so this is right on both daylight-saving Sundays.
 */
async function insideOpeningHours(tx: Db, relayId: string, slot: AppointmentSlot) {
	const day = parisDate(slot.startsAt);
	const rules = await tx
		.select({ startTime: availabilityRules.startTime, endTime: availabilityRules.endTime })
		.from(availabilityRules)
		.where(
			and(
				eq(availabilityRules.relayId, relayId),
				eq(availabilityRules.animatorId, slot.animatorId),
				eq(availabilityRules.active, true),
				eq(availabilityRules.weekday, isoWeekday(day)),
				eq(availabilityRules.kind, slot.kind),
				slot.kind === 'place' && slot.placeId
					? eq(availabilityRules.placeId, slot.placeId)
					: undefined,
				lte(availabilityRules.validFrom, day),
				or(isNull(availabilityRules.validUntil), gte(availabilityRules.validUntil, day))
			)
		);
	return rules.some(
		(rule) =>
			parisToUtc(day, rule.startTime.slice(0, 5)).getTime() <= slot.startsAt.getTime() &&
			slot.endsAt.getTime() <= parisToUtc(day, rule.endTime.slice(0, 5)).getTime()
	);
}
