import { and, eq, lte } from 'drizzle-orm';
import { appointments } from '../db/schema';
import type { Db } from '../db/types';
import { overlapping } from './overlapping';

/**
 * Offered slots not chosen within their 48 hours go back to the animator's free time.
 *
 * Expiry is read-side: whatever reads free slots or a family's offers treats an offer past
 * `offer_expires_at` as gone (load-free-slots.ts, request-appointments.ts), so no page load
 * writes. The rows are released by the hourly housekeeping (this function), and by a booking,
 * offer or move that needs the very time an expired offer still holds under the exclusion
 * constraint (`releaseExpiredOffersOverlapping`, inside its transaction). Idempotent.
 */
export async function releaseExpiredOffers(db: Db, now = new Date()): Promise<number> {
	const released = await db
		.update(appointments)
		.set({ status: 'released', updatedAt: now })
		.where(and(eq(appointments.status, 'offered'), lte(appointments.offerExpiresAt, now)))
		.returning({ id: appointments.id });
	return released.length;
}

/**
 * Releases the expired offers of one relay's animator that overlap a slot about to be taken:
 * the constraint still counts them, the people booking no longer see them. Nothing else.
 */
export async function releaseExpiredOffersOverlapping(
	tx: Db,
	relayId: string,
	slot: { animatorId: string; startsAt: Date; endsAt: Date },
	now: Date
): Promise<void> {
	await tx
		.update(appointments)
		.set({ status: 'released', updatedAt: now })
		.where(
			and(
				eq(appointments.relayId, relayId),
				eq(appointments.animatorId, slot.animatorId),
				eq(appointments.status, 'offered'),
				lte(appointments.offerExpiresAt, now),
				overlapping(slot.startsAt, slot.endsAt)
			)
		);
}
