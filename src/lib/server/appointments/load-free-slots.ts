import { and, eq, gt, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import {
	appointments,
	availabilityRules,
	relayClosures,
	staffAbsences,
	staffUsers
} from '../db/schema';
import type { Db } from '../db/types';
import { computeFreeSlots, type FreeSlot } from './free-slots';
import { overlapping } from './overlapping';
import { addDays } from '$lib/time/calendar-date';
import { parisDate } from '$lib/time/paris';

/**
 * The free slots of a relay (or of one of its animators) starting in [from, to): the active
 * rules of its active animators and admins, minus their appointments, the offers still held,
 * their absences, the relay's closures and public holidays.
 */
export async function loadFreeSlots(
	db: Db,
	relayId: string,
	range: { from: Date; to: Date; animatorId?: string },
	now = new Date()
): Promise<FreeSlot[]> {
	// Paris dates, a day wider on each side: the computation checks the exact instants.
	const firstDay = addDays(parisDate(range.from), -1);
	const lastDay = addDays(parisDate(range.to), 1);

	const rules = await db
		.select({
			animatorId: availabilityRules.animatorId,
			weekday: availabilityRules.weekday,
			startTime: availabilityRules.startTime,
			endTime: availabilityRules.endTime,
			kind: availabilityRules.kind,
			placeId: availabilityRules.placeId,
			slotMinutes: availabilityRules.slotMinutes,
			validFrom: availabilityRules.validFrom,
			validUntil: availabilityRules.validUntil,
			active: availabilityRules.active
		})
		.from(availabilityRules)
		.innerJoin(staffUsers, eq(staffUsers.id, availabilityRules.animatorId))
		.where(
			and(
				eq(availabilityRules.relayId, relayId),
				eq(availabilityRules.active, true),
				eq(staffUsers.relayId, relayId),
				eq(staffUsers.active, true),
				inArray(staffUsers.role, ['animator', 'admin']),
				range.animatorId ? eq(availabilityRules.animatorId, range.animatorId) : undefined,
				lte(availabilityRules.validFrom, lastDay),
				or(isNull(availabilityRules.validUntil), gte(availabilityRules.validUntil, firstDay))
			)
		);
	const animatorIds = [...new Set(rules.map((rule) => rule.animatorId))];
	if (animatorIds.length === 0) return [];

	const [busy, absences, closures] = await Promise.all([
		// Every appointment of these animators, whatever the relay: a person is in one place.
		db
			.select({
				animatorId: appointments.animatorId,
				startsAt: appointments.startsAt,
				endsAt: appointments.endsAt
			})
			.from(appointments)
			.where(
				and(
					inArray(appointments.animatorId, animatorIds),
					overlapping(range.from, range.to),
					or(
						inArray(appointments.status, ['booked', 'attended', 'no_show']),
						and(eq(appointments.status, 'offered'), gt(appointments.offerExpiresAt, now))
					)
				)
			),
		db
			.select({
				staffId: staffAbsences.staffId,
				startsOn: staffAbsences.startsOn,
				endsOn: staffAbsences.endsOn
			})
			.from(staffAbsences)
			.where(
				and(
					inArray(staffAbsences.staffId, animatorIds),
					lte(staffAbsences.startsOn, lastDay),
					gte(staffAbsences.endsOn, firstDay)
				)
			),
		db
			.select({ startsOn: relayClosures.startsOn, endsOn: relayClosures.endsOn })
			.from(relayClosures)
			.where(
				and(
					eq(relayClosures.relayId, relayId),
					lte(relayClosures.startsOn, lastDay),
					gte(relayClosures.endsOn, firstDay)
				)
			)
	]);

	return computeFreeSlots({ rules, busy, absences, closures, from: range.from, to: range.to, now });
}
