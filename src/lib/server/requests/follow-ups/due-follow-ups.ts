import { and, asc, eq, inArray, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { FollowUpStage } from '$lib/requests/outcome-options';
import { addDays } from '$lib/time/calendar-date';
import { parisToUtc, todayInParis } from '$lib/time/paris';
import { childcareRequests, requestFollowUps } from '../../db/schema';
import type { Db } from '../../db/types';
import { firstHeldAppointments, hasNoCurrentOutcome } from './awaiting-outcome';

/** The statuses a follow-up is sent in: met the relay, or reopened, and no outcome yet. */
export const followUpStatuses = ['appointment_held', 'in_progress'] as const;

export interface DueFollowUp {
	requestId: string;
	stage: FollowUpStage;
}

/**
 * The first instant that is no longer `days` calendar days (in Paris) before `now`: an
 * appointment that started before it was held on a Paris date at least `days` days ago.
 * Counting Paris days, not 24-hour periods, makes "30 days after" the same morning for every
 * run of the day, whatever the hour of the appointment or a change of clocks between.
 */
export const heldCutoff = (now: Date, days: number): Date =>
	parisToUtc(addDays(todayInParis(now), 1 - days), '00:00');

/**
 * The requests due for a follow-up at `now`, at most `limit`, oldest first appointment first.
 * A request is due for stage S when its first appointment held (the earliest `attended`
 * one) is at least S Paris days old, it is still open (held or in progress, never anonymised),
 * has no current outcome, has an email, and has had no follow-up of stage S. Past 90 days
 * only the 90-day one is due: a family not asked at 30 days is asked once, not twice in an
 * hour. Read-only: the sender's insert is the guard against sending twice.
 */
export async function dueFollowUps(db: Db, now: Date, limit: number): Promise<DueFollowUp[]> {
	const firstHeld = firstHeldAppointments(db);
	// As text cast in SQL: a subquery's column handed to raw `sql` carries no mapper to turn a
	// Date into a parameter, and postgres.js refuses a bare Date there (PGlite takes either).
	const cutoff30 = sql`${heldCutoff(now, 30).toISOString()}::timestamptz`;
	const cutoff90 = sql`${heldCutoff(now, 90).toISOString()}::timestamptz`;
	const stage = sql<number>`case when ${firstHeld.heldAt} < ${cutoff90} then 90 else 30 end`;
	const rows = await db
		.select({ requestId: childcareRequests.id, stage })
		.from(childcareRequests)
		.innerJoin(firstHeld, eq(firstHeld.requestId, childcareRequests.id))
		.where(
			and(
				inArray(childcareRequests.status, [...followUpStatuses]),
				isNull(childcareRequests.anonymisedAt),
				isNotNull(childcareRequests.email),
				sql`${firstHeld.heldAt} < ${cutoff30}`,
				hasNoCurrentOutcome(db),
				notExists(
					db
						.select({ one: sql`1` })
						.from(requestFollowUps)
						.where(
							and(
								eq(requestFollowUps.requestId, childcareRequests.id),
								eq(requestFollowUps.stage, stage)
							)
						)
				)
			)
		)
		.orderBy(asc(firstHeld.heldAt), asc(childcareRequests.id))
		.limit(limit);
	return rows.map((row) => ({
		requestId: row.requestId,
		stage: Number(row.stage) === 90 ? 90 : 30
	}));
}
