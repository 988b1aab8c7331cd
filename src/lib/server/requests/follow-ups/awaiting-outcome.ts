import { and, asc, eq, isNull, notExists, sql } from 'drizzle-orm';
import { appointments, childcareRequests, requestOutcomes } from '../../db/schema';
import type { Db } from '../../db/types';

/**
 * What a follow-up is about, said once for the sender and the animators' list: a request's
 * first appointment held, and a request still without a current outcome.
 */

/** Each request's first appointment held (the earliest `attended` one): `requestId`, `heldAt`. */
export const firstHeldAppointments = (db: Db) =>
	db
		.selectDistinctOn([appointments.requestId], {
			requestId: appointments.requestId,
			heldAt: appointments.startsAt
		})
		.from(appointments)
		.where(eq(appointments.status, 'attended'))
		.orderBy(asc(appointments.requestId), asc(appointments.startsAt))
		.as('first_held');

/** The request has no current outcome (none recorded, or every one reopened). */
export const hasNoCurrentOutcome = (db: Db) =>
	notExists(
		db
			.select({ one: sql`1` })
			.from(requestOutcomes)
			.where(
				and(eq(requestOutcomes.requestId, childcareRequests.id), isNull(requestOutcomes.reopenedAt))
			)
	);
