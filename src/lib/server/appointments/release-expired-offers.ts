import { and, eq, lte } from 'drizzle-orm';
import { appointments } from '../db/schema';
import type { Db } from '../db/types';

/**
 * Offered slots not chosen within their 48 hours go back to the animator's free time. Called
 * before slots are computed or booked (so an expired hold never blocks anyone) and by the
 * hourly housekeeping. Idempotent.
 */
export async function releaseExpiredOffers(db: Db, now = new Date()): Promise<number> {
	const released = await db
		.update(appointments)
		.set({ status: 'released', updatedAt: now })
		.where(and(eq(appointments.status, 'offered'), lte(appointments.offerExpiresAt, now)))
		.returning({ id: appointments.id });
	return released.length;
}
