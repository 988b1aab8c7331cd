import { and, eq, inArray, lte } from 'drizzle-orm';
import { appointments } from '../db/schema';
import type { Db } from '../db/types';

/**
 * Held and no-show are said of an appointment once it has begun, never before: whether the
 * request has an appointment (booked, or already held) whose start has come. The queue's
 * "appointment held" step asks this too (queue/transition-request.ts), so that a request is
 * never held before its appointment is.
 */
export async function hasStartedAppointment(db: Db, requestId: string, now: Date) {
	const [started] = await db
		.select({ id: appointments.id })
		.from(appointments)
		.where(
			and(
				eq(appointments.requestId, requestId),
				inArray(appointments.status, ['booked', 'attended']),
				lte(appointments.startsAt, now)
			)
		)
		.limit(1);
	return started !== undefined;
}
