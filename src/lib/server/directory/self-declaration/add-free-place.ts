import { count, eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { childminderAvailabilities } from '../../db/schema';
import { availabilityAgeBands } from '$lib/directory/directory-options';
import type { FreePlaceInput } from '$lib/forms/childminder';
import { lockOwnChildminder, recordOwnChange } from './own-childminder';
import { renewDeclaration } from './renew-declaration';
import { declarationValidUntil } from '../availability-campaigns';
import { todayInParis } from '$lib/time/paris';

/** More free places than a licence can hold (10) is a mistake, not a declaration. */
export const MAX_FREE_PLACES = 10;

export type AddPlaceResult =
	| { ok: true; placeId: string; validUntil: string }
	| { ok: false; reason: 'not_found' | 'too_many' };

/** She declares one free place; her whole declaration is renewed with it. */
export async function addFreePlace(
	db: Database,
	childminderId: string,
	place: FreePlaceInput,
	now = new Date()
): Promise<AddPlaceResult> {
	return db.transaction(async (tx) => {
		const own = await lockOwnChildminder(tx, childminderId);
		if (!own) return { ok: false, reason: 'not_found' };
		const [held] = await tx
			.select({ n: count() })
			.from(childminderAvailabilities)
			.where(eq(childminderAvailabilities.childminderId, own.id));
		if ((held?.n ?? 0) >= MAX_FREE_PLACES) return { ok: false, reason: 'too_many' };
		const band = availabilityAgeBands[place.ageBand];
		const [row] = await tx
			.insert(childminderAvailabilities)
			.values({
				childminderId: own.id,
				ageMinMonths: band.min,
				ageMaxMonths: band.max,
				availableFrom: place.availableFrom,
				regularity: place.regularity,
				weeklySchedule: place.weeklySchedule,
				declaredOn: now,
				validUntil: declarationValidUntil(todayInParis(now))
			})
			.returning({ id: childminderAvailabilities.id });
		if (!row) throw new Error('addFreePlace: the insert returned no row');
		const validUntil = await renewDeclaration(tx, own.id, now);
		await recordOwnChange(tx, own, 'childminder.place_added', {
			placeId: row.id,
			ageBand: place.ageBand,
			availableFrom: place.availableFrom,
			regularity: place.regularity
		});
		return { ok: true, placeId: row.id, validUntil };
	});
}
