import { and, asc, eq, inArray } from 'drizzle-orm';
import { availabilityRules, receptionPlaces, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import { demoAccounts } from './demo-territory';

/** From this date the demo rules apply: before the demo's requests, so every week has slots. */
export const DEMO_AVAILABILITY_FROM = '2025-01-01';

/**
 * A week of each demo admin and animator: Monday, Tuesday and Thursday 9:00–12:00 at the
 * relay's first place (by name), Wednesday 14:00–17:00 by phone, 45-minute appointments.
 * Idempotent: a person who has any rule, even deactivated, is left as the admin set them.
 */
export async function seedDemoAvailability(db: Db): Promise<void> {
	const people = await db
		.select({ id: staffUsers.id, relayId: staffUsers.relayId })
		.from(staffUsers)
		.where(
			and(
				inArray(
					staffUsers.email,
					demoAccounts
						.filter((a) => a.role === 'admin' || a.role === 'animator')
						.map((a) => a.email)
				),
				inArray(staffUsers.role, ['admin', 'animator'])
			)
		)
		.orderBy(asc(staffUsers.email));
	if (people.length === 0) return;
	const withRules = new Set(
		(
			await db
				.selectDistinct({ animatorId: availabilityRules.animatorId })
				.from(availabilityRules)
				.where(
					inArray(
						availabilityRules.animatorId,
						people.map((p) => p.id)
					)
				)
		).map((r) => r.animatorId)
	);
	for (const { id, relayId } of people) {
		if (withRules.has(id) || !relayId) continue;
		const person = { id, relayId };
		const [place] = await db
			.select({ id: receptionPlaces.id })
			.from(receptionPlaces)
			.where(and(eq(receptionPlaces.relayId, person.relayId), eq(receptionPlaces.active, true)))
			.orderBy(asc(receptionPlaces.name), asc(receptionPlaces.id))
			.limit(1);
		const common = {
			relayId: person.relayId,
			animatorId: person.id,
			slotMinutes: 45,
			validFrom: DEMO_AVAILABILITY_FROM
		};
		const atPlace = place
			? [1, 2, 4].map((weekday) => ({
					...common,
					weekday,
					startTime: '09:00:00',
					endTime: '12:00:00',
					kind: 'place' as const,
					placeId: place.id
				}))
			: [];
		await db.insert(availabilityRules).values([
			...atPlace,
			{
				...common,
				weekday: 3,
				startTime: '14:00:00',
				endTime: '17:00:00',
				kind: 'phone' as const,
				placeId: null
			}
		]);
	}
}
